// One signature reader on every site (issue 14, kind 5): the same Chinese message, its signature
// ending in a company name, read the same on QQ Mail, NetEase and a page no adapter knows —
// whatever element holds the body, and with the header's 发件人 line above it.

import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/detect/index';
import { parseWithLinkedom } from './helpers';

const SIGNED = (company: string, extra = '') => `<div>您好！请在本周五前发一份报价单给我们。</div><div><br></div><div>谢谢！</div><div>刘洋</div>
  <div>采购部 高级经理</div>${extra}<div>${company}</div><div>手机：139 1088 2266</div>`;

const HEADER = (person: string) => `<table><tr><td>发件人：</td><td>${person}</td></tr><tr><td>时　间：</td><td>2026年12月4日 下午2:17</td></tr></table>`;

const PAGES: [string, string, (body: string) => string][] = [
  ['qqmail', 'https://mail.qq.com/cgi-bin/readmail?mailid=ZL77&sid=x', (b) => `<div id="mainmail">${HEADER('<span e="liu.yang@hongtai-group.com" n="刘洋">刘洋</span>')}<div id="contentDiv"><div class="qmbox">${b}</div></div></div>`],
  ['qqmail', 'https://wx.mail.qq.com/home/index?sid=zz#/read/ZC0801', (b) => `<div class="mail-detail">${HEADER('<span title="liu.yang@hongtai-group.com">刘洋</span>')}<div class="xm-body">${b}</div></div>`],
  ['netease', 'https://mail.163.com/js6/main.jsp?sid=x#module=read.ReadModule%7C%7B%22id%22%3A%221%22%7D', (b) => `<div class="js-component-readmail">${HEADER('<span class="nui-addr"><span class="nui-addr-name">刘洋</span><span class="nui-addr-email">&lt;liu.yang@hongtai-group.com&gt;</span></span>')}<div class="mail-text">${b}</div></div>`],
  ['generic', 'https://webmail.hongtai.example/read?id=9', (b) => `<div>${HEADER('刘洋 &lt;liu.yang@hongtai-group.com&gt;')}<section>${b}</section></div>`],
];

describe.each(PAGES)('%s signature (%s)', (site, url, page) => {
  const sender = (body: string) => {
    const res = detectPage(parseWithLinkedom(`<html lang="zh-CN"><body>${page(body)}</body></html>`), new URL(url));
    expect(res.site).toBe(site);
    return res.contacts.find((c) => c.email === 'liu.yang@hongtai-group.com');
  };
  it.each(['宏泰集团股份有限公司', '深圳市华腾科技有限公司', '宏泰集团'])('gives the sender the company %s', (company) => {
    expect(sender(SIGNED(company))).toMatchObject({ name: '刘洋', company, role: 'sender' });
  });
  it('reads a labelled company line (公司：…)', () => {
    expect(sender(SIGNED('公司：宏泰集团股份有限公司'))?.company).toBe('宏泰集团股份有限公司');
  });
  it('does not take an address line for the company', () => {
    expect(sender(SIGNED('宏泰集团股份有限公司', '<div>北京市朝阳区建国路 88 号</div>'))?.company).toBe('宏泰集团股份有限公司');
  });
});
