// QQ Mail's reading frame knows the signed-in user only from its script state or from the
// recipient it shows as "我" (issue 14, kind 3): the rep is learnt there and never offered.

import { describe, expect, it } from 'vitest';
import { detectPage, pageContext } from '../../../lib/detect/index';
import { parseWithLinkedom } from './helpers';

const URL_QQ = new URL('https://mail.qq.com/cgi-bin/readmail?folderid=1&mailid=ZC3318&sid=x');
const frame = (head: string, me: string) => `<html lang="zh-CN"><head>${head}</head><body><div id="mainmail"><span id="subject">报价</span>
  <table><tr><td>发件人：</td><td><span e="liu.yang@hongtai-group.com" n="刘洋">刘洋</span></td></tr>
  <tr><td>收件人：</td><td>${me}</td></tr></table><div id="contentDiv">请报价。</div></div></body></html>`;

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
});
