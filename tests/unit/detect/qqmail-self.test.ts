// QQ Mail's reading frame knows the signed-in user only from its script state or from the
// recipient it shows as "我", or from the QQ mailbox a message from outside was delivered to
// (issue 14, kind 3): the rep is learnt there and never offered. NetEase's read frame likewise.

import { describe, expect, it } from 'vitest';
import { detectPage, pageContext } from '../../../lib/detect/index';
import { parseWithLinkedom } from './helpers';

const URL_QQ = new URL('https://mail.qq.com/cgi-bin/readmail?folderid=1&mailid=ZC3318&sid=x');
const frame = (head: string, me: string, from = '<span e="liu.yang@hongtai-group.com" n="刘洋">刘洋</span>') => `<html lang="zh-CN"><head>${head}</head><body><div id="mainmail"><span id="subject">报价</span>
  <table><tr><td>发件人：</td><td>${from}</td></tr>
  <tr><td>收件人：</td><td>${me}</td></tr></table><div id="contentDiv">请报价。</div></div></body></html>`;
const URL_163 = new URL('https://mail.163.com/js6/main.jsp?sid=x#module=read.ReadModule%7C%7B%22id%22%3A%22101%3A1tbi%22%7D');
const neteaseFrame = (from: string, to: string) => `<html lang="zh-CN"><body><div class="js-component-readmail">
  <h1 class="nui-title-subject">续约</h1>
  <dl><dt>发件人：</dt><dd><span class="nui-addr"><span class="nui-addr-name">${from.split('@')[0]}</span><span class="nui-addr-email">&lt;${from}&gt;</span></span></dd></dl>
  <dl><dt>收件人：</dt><dd><span class="nui-addr"><span class="nui-addr-name">${to.split('@')[0]}</span><span class="nui-addr-email">&lt;${to}&gt;</span></span></dd></dl>
  <div class="netease_mail_readhtml">您好，请确认续约。</div></div></body></html>`;

describe('QQ Mail signed-in user in the reading frame', () => {
  it.each([
    ['the frame script\'s g_uin', '<script>var g_uin="28344915";</script>', '<span e="28344915@qq.com" n="张伟">张伟</span>', '28344915@qq.com'],
    ['an address in the frame script', '<script>var g_useraddr = "chen.jing@yunqi-trade.cn";</script>', '<span e="chen.jing@yunqi-trade.cn" n="陈静">陈静</span>', 'chen.jing@yunqi-trade.cn'],
    ['the recipient shown as 我', '', '<span e="chen.jing@yunqi-trade.cn" n="我">我</span>', 'chen.jing@yunqi-trade.cn'],
  ])('%s', (_, head, me, self) => {
    const doc = parseWithLinkedom(frame(head, me));
    expect(pageContext(doc, URL_QQ).selfEmail).toBe(self);
    expect(detectPage(doc, URL_QQ).contacts.map((c) => c.email)).toEqual(['liu.yang@hongtai-group.com']);
  });
  it('a recipient named otherwise is a person, and no script means no account', () => {
    const doc = parseWithLinkedom(frame('', '<span e="sun.hao@hongtai-group.com" n="孙浩">孙浩</span>'));
    expect(pageContext(doc, URL_QQ).selfEmail).toBeNull();
    expect(detectPage(doc, URL_QQ).contacts.map((c) => c.email)).toEqual(['liu.yang@hongtai-group.com', 'sun.hao@hongtai-group.com']);
  });
  it('with no account cue, the QQ mailbox a message from outside was delivered to is the account', () => {
    const bold = '<b class="grn" e="liu.yang@hongtai-group.com" n="刘洋">刘洋</b>';
    const doc = parseWithLinkedom(frame('', '<span e="chenjie2026@qq.com" n="陈杰">陈杰</span>', bold));
    expect(pageContext(doc, URL_QQ).selfEmail).toBe('chenjie2026@qq.com');
    expect(detectPage(doc, URL_QQ).contacts.map((c) => c.email)).toEqual(['liu.yang@hongtai-group.com']);
  });
  it.each([
    ['the rep\'s own sent mail (the sender is a QQ mailbox): its recipient is a customer', '<span e="wangfang@foxmail.com" n="王芳">王芳</span>', '<span e="zhoulei@qq.com" n="周磊">周磊</span>'],
    ['a recipient on a company domain', '<span e="liu.yang@hongtai-group.com" n="刘洋">刘洋</span>', '<span e="sun.hao@hongtai-group.com" n="孙浩">孙浩</span>'],
    ['two QQ recipients', '<span e="liu.yang@hongtai-group.com" n="刘洋">刘洋</span>', '<span e="zhoulei@qq.com" n="周磊">周磊</span>, <span e="wangfang@qq.com" n="王芳">王芳</span>'],
  ])('no account learnt from %s', (_, from, to) => {
    const doc = parseWithLinkedom(frame('', to, from));
    expect(pageContext(doc, URL_QQ).selfEmail).toBeNull();
  });
  it('Tencent Exmail mailboxes are on customers\' domains: nothing is learnt from delivery there', () => {
    const doc = parseWithLinkedom(frame('', '<span e="zhoulei@qq.com" n="周磊">周磊</span>'));
    expect(pageContext(doc, new URL('https://exmail.qq.com/cgi-bin/readmail?mailid=ZL1&sid=x')).selfEmail).toBeNull();
  });
  it('NetEase: the 163 mailbox a message from outside was delivered to is the account; the rep\'s own sent mail teaches nothing', () => {
    const received = parseWithLinkedom(neteaseFrame('liu.yang@hongtai-group.com', 'chenjie88@163.com'));
    expect(pageContext(received, URL_163).selfEmail).toBe('chenjie88@163.com');
    expect(detectPage(received, URL_163).contacts.map((c) => c.email)).toEqual(['liu.yang@hongtai-group.com']);
    const sent = parseWithLinkedom(neteaseFrame('chenjie88@163.com', 'zhoulei@126.com'));
    expect(pageContext(sent, URL_163).selfEmail).toBeNull();
  });
});
