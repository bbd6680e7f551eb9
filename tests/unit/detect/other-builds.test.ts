// Cues seen on builds we did not write fixtures from: salutations in record names, Chinese labels
// padded with a full-width space (QQ Mail), an adapter that can only say "mentioned" beside a
// header label, a HubSpot deal whose title is not a person, and Roundcube's message frame.

import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/detect/index';
import { lastLabelIn } from '../../../lib/detect/labels';
import { normaliseName } from '../../../lib/detect/normalize';
import { parseWithLinkedom } from './helpers';

const people = (html: string, url: string) => {
  const res = detectPage(parseWithLinkedom(html), new URL(url));
  return { site: res.site, contacts: res.contacts.map(({ name, email, role }) => ({ name, email, role })) };
};

describe('salutations', () => {
  it.each([['Ms. Sofia Rossi', 'Sofia Rossi'], ['Mr Ahmed Haddad', 'Ahmed Haddad'], ['Herr Klaus Schneider', 'Klaus Schneider'], ['Dr. Mei Lin', 'Mei Lin'], ['Mme Claire Petit', 'Claire Petit']])('%s is %s', (raw, name) => {
    expect(normaliseName(raw)).toBe(name);
  });
  it.each(['Ms', 'Drake Bell', 'Misty Ray', 'Herrera Luis', 'Prof.'])('%s keeps its name', (raw) => {
    expect(normaliseName(raw)).toBe(raw);
  });
});

describe('labels padded to width', () => {
  it.each([[['抄\u3000送：'], 'cc'], [['收 件 人：'], 'recipient'], [['发件人：'], 'sender']] as const)('%j reads as %s', (segments, role) => {
    expect(lastLabelIn(segments)).toBe(role);
  });
  it('"时\u3000间：" is no person label', () => {
    expect(lastLabelIn(['时\u3000间：'])).toBeNull();
  });
});

describe('QQ Mail, classic reading view', () => {
  const html = `<html lang="zh-CN"><body><div id="useraddr">&lt;28344@qq.com&gt;</div>
    <span id="subject">关于代理政策</span>
    <table><tr><td>发件人：</td><td><span e="zhou@xinghe.example" n="周敏">周敏</span></td></tr>
    <tr><td>收件人：</td><td><span e="28344@qq.com" n="刘洋">刘洋</span></td></tr>
    <tr><td>抄\u3000送：</td><td><span e="sun@xinghe.example" n="孙浩">孙浩</span></td></tr></table>
    <div id="contentDiv"><div id="mailContentContainer">刘经理：您好！请发一份价格表。<br>周敏<br>电话：0755-8888-6666</div></div></body></html>`;
  it('takes the roles from the header labels the core reads, and the phone goes to the sender', () => {
    const res = detectPage(parseWithLinkedom(html), new URL('https://mail.qq.com/cgi-bin/readmail?mailid=ZL01&sid=x'));
    expect(res.site).toBe('qqmail');
    const byEmail = Object.fromEntries(res.contacts.map((c) => [c.email, c]));
    expect(byEmail['zhou@xinghe.example']?.role).toBe('sender');
    expect(byEmail['sun@xinghe.example']?.role).toBe('cc');
    expect(byEmail['zhou@xinghe.example']?.phone).toMatch(/8888/);
    expect(byEmail['sun@xinghe.example']?.phone ?? null).toBeNull();
    expect(byEmail['28344@qq.com']).toBeUndefined();
  });
});

describe('HubSpot records that are not contacts', () => {
  const html = `<html><body><h1 data-selenium-test="highlightTitle">Acme – 2026 expansion</h1>
    <section><h2>Contacts (1)</h2><div><a href="/contacts/1/record/0-1/9">Priya Shah</a><div>priya@acme.example</div></div></section></body></html>`;
  it('a deal\'s title is not a person; its associated contact is', () => {
    const { contacts } = people(html, 'https://app.hubspot.com/contacts/1/record/0-3/77');
    expect(contacts.map((c) => c.name)).toEqual(['Priya Shah']);
  });
  it('a contact record\'s title still is', () => {
    const contact = `<html><body><h1 data-selenium-test="highlightTitle">Priya Shah</h1><div data-test-id="property-email">priya@acme.example</div></body></html>`;
    expect(people(contact, 'https://app.hubspot.com/contacts/1/record/0-1/9').contacts).toEqual([{ name: 'Priya Shah', email: 'priya@acme.example', role: 'record' }]);
  });
});

describe('Roundcube message frame on a company domain', () => {
  const html = `<html lang="de"><body class="iframe"><div class="topright"><span class="username">j.rep@northwind.example</span></div>
    <table class="headers-table"><tr><td class="header-title">Von</td><td class="header from"><span class="adr"><a href="mailto:k@kunde.example" class="rcmContactAddress" onclick="return rcmail.command('compose','k@kunde.example',this)" title="k@kunde.example">Klaus Schneider</a></span></td></tr></table>
    <div id="messagebody"><div class="message-part">Bitte um ein Angebot.</div></div></body></html>`;
  it('is recognised by its app, not its host', () => {
    expect(people(html, 'https://webmail.northwind.example/?_task=mail&_uid=42&_action=show')).toEqual({
      site: 'roundcube',
      contacts: [{ name: 'Klaus Schneider', email: 'k@kunde.example', role: 'sender' }],
    });
  });
  it('a page that only looks alike (no rcmail hooks, no task classes) stays generic', () => {
    const lookalike = html.replace(/ onclick="[^"]*"/, '');
    expect(people(lookalike, 'https://webmail.northwind.example/?_task=mail&_uid=42').site).toBe('generic');
  });
});

describe('record fields on a page no adapter knows', () => {
  const page = (labelCell: (text: string) => string) => `<html><body><div id="top"><span class="userName" title="rep@northwind.example">Jamie Rep</span></div>
    <table><tr>${labelCell('Account Name')}<td><a href="/accounts/7">Konkan Spices Exports</a></td></tr>
    <tr>${labelCell('Email')}<td><a href="mailto:priya@konkan.example">priya@konkan.example</a></td></tr>
    <tr>${labelCell('Phone')}<td>+91 832 245 6789</td></tr></table></body></html>`;
  const read = (html: string) => people(html, 'https://crm.northwind.example/contacts/42').contacts;

  it('a label wrapped in its own element is one field, so the page keeps one record person', () => {
    const wrapped = read(page((t) => `<td><div>${t}</div></td>`));
    expect(wrapped).toHaveLength(1);
    expect(wrapped[0]).toMatchObject({ email: 'priya@konkan.example', role: 'record' });
  });
  it('neither the account link nor the signed-in user in the top bar names the person', () => {
    for (const html of [page((t) => `<td>${t}</td>`), page((t) => `<td><div>${t}</div></td>`)]) {
      const [person] = read(html);
      expect(person?.name ?? null).not.toBe('Konkan Spices Exports');
      expect(person?.name ?? null).not.toBe('Jamie Rep');
    }
  });
});
