// A mail page whose chrome has no class, id or label naming the account (a build that hashes its
// styles, a frame without the top bar) still shows who is signed in: headers call the account
// "me" in the UI's language, and the address written above the message is the one it is
// addressed to alone (issue 14, kind 3: the rep is never a contact).

import { describe, expect, it } from 'vitest';
import { detectPage, pageContext } from '../../../lib/detect/index';
import { mailSelf } from '../../../lib/detect/mail-self';
import { parseWithLinkedom } from './helpers';

const URL_MAIL = new URL('https://post.brenner-technik.example/webmail/?_task=mail&_uid=88');
const page = (chrome: string, to: string, body = '<p>Bitte um Rückruf.</p>') => `<html><body>
  <div>${chrome}</div>
  <div><table>
    <tr><td>From:</td><td><span title="m.hofer@brenner-technik.example">Markus Hofer</span></td></tr>
    <tr><td>To:</td><td>${to}</td></tr>
  </table><div>${body}</div></div></body></html>`;

describe('the signed-in account on a mail page with bare chrome', () => {
  it.each([
    ['English "me"', '<span title="ana.ruiz@ventas-norte.example">me</span>', 'ana.ruiz@ventas-norte.example'],
    ['Chinese 我', '<span title="sunpeng2019@qq.com">我</span>', 'sunpeng2019@qq.com'],
    ['French "moi" in an email attribute', '<span email="c.rep@lumiere-ventes.fr">moi</span>', 'c.rep@lumiere-ventes.fr'],
  ])('a recipient the header calls the account: %s', (_, to, self) => {
    const doc = parseWithLinkedom(page('', to));
    expect(mailSelf(doc)).toBe(self);
    expect(detectPage(doc, URL_MAIL).contacts.map((c) => c.email)).toEqual(['m.hofer@brenner-technik.example']);
  });

  it('the address written above the message, to which the message is addressed alone', () => {
    const doc = parseWithLinkedom(page('<span>einkauf@alpen-antriebe.example</span>', '<span title="einkauf@alpen-antriebe.example">Einkauf</span>'));
    expect(pageContext(doc, URL_MAIL).selfEmail).toBe('einkauf@alpen-antriebe.example');
    expect(detectPage(doc, URL_MAIL).contacts.map((c) => c.email)).toEqual(['m.hofer@brenner-technik.example']);
  });

  it.each([
    ['the message has a second recipient', '<span>einkauf@alpen-antriebe.example</span>', '<span title="einkauf@alpen-antriebe.example">Einkauf</span>, <span title="lager@alpen-antriebe.example">Lager</span>'],
    ['the address above is not the recipient', '<span>support@alpen-antriebe.example</span>', '<span title="einkauf@alpen-antriebe.example">Einkauf</span>'],
    ['two addresses are written above', '<span>einkauf@alpen-antriebe.example</span> <span>lager@alpen-antriebe.example</span>', '<span title="einkauf@alpen-antriebe.example">Einkauf</span>'],
    ['a recipient named like a person, not "me"', '', '<span title="meike@alpen-antriebe.example">Meike</span>'],
  ])('no account when %s', (_, chrome, to) => {
    expect(mailSelf(parseWithLinkedom(page(chrome, to)))).toBeNull();
  });

  it('an address in the message body below the headers is never taken for the account', () => {
    const doc = parseWithLinkedom(page('', '<span title="einkauf@alpen-antriebe.example">Einkauf</span>', '<p>Kontakt: einkauf@alpen-antriebe.example</p>'));
    expect(mailSelf(doc)).toBeNull();
  });
});
