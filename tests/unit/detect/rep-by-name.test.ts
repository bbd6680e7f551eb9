// The rep known by name only, as a CRM user, as a conversation's sender, as a mailing's reader
// (issue 14, round 7): the account's display name in the chrome makes a person of that exact
// name the rep; a CRM's User records are its own people; a composer's From picker lists the
// rep's identities; a mailing footer's "sent to <addr>" is the reader. Each kind's guard too.
import { describe, expect, it } from 'vitest';
import { detectPage, pageContext } from '@/lib/detect/index';
import { makeContact } from '@/lib/detect/contact';
import { mailedTo } from '@/lib/detect/mailing-footer';
import { withoutRep } from '@/lib/detect/own-side';
import { parseWithHappyDom, parseWithLinkedom } from './helpers';

const doc = (html: string, title = '') => parseWithLinkedom(`<html><head><title>${title}</title></head><body>${html}</body></html>`);
const emails = (d: Document, url: URL) => detectPage(d, url).contacts.map((c) => c.email);

const OUTLOOK = new URL('https://outlook.office.com/mail/inbox/id/AAQkAGQ3');
const pane = (persona: string) =>
  `<div role="main" id="ReadingPaneContainerId"><div aria-label="Email message"><span aria-label="From: Ivo Petrov">Ivo Petrov&lt;ivo.petrov@client.example&gt;</span><div class="rcpt">To: ${persona}</div><div role="document"><p>Hi, the order is confirmed.</p><p>Ivo Petrov</p></div></div></div>`;
const persona = (name: string) => `<span title="nadia.okafor@brightwave.example">${name}</span>`;

describe('Outlook: the account known by name only', () => {
  it.each([
    ['an account button in French', '<header role="banner"><button id="mectrl_main_trigger" aria-label="Gestionnaire de comptes pour Nadia Okafor">NO</button></header>', '', 'Nadia Okafor'],
    ['an account button, the persona written "Last, First"', '<header role="banner"><button id="mectrl_main_trigger" aria-label="Account manager for Nadia Okafor">NO</button></header>', '', 'Okafor, Nadia'],
    ['a Chinese label, the name first', '<header role="banner"><button id="mectrl_main_trigger" aria-label="Nadia Okafor 的帐户管理器">NO</button></header>', '', 'Nadia Okafor'],
    ['a button without its id: the title, accents and case aside', '<header role="banner"><button aria-label="Account manager">NO</button></header>', 'Calendar - Nádia OKAFOR - Outlook', 'Nadia Okafor'],
    ['the title in Japanese', '', 'メール - Nadia Okafor - Outlook', 'Okafor, Nadia'],
  ])('%s', (_, chrome, title, name) => {
    const d = doc(chrome + pane(persona(name)), title);
    expect(pageContext(d, OUTLOOK).selfEmail).toBe('nadia.okafor@brightwave.example');
    expect(emails(d, OUTLOOK)).toEqual(['ivo.petrov@client.example']);
  });

  it("a one-word name, a button that is not the account's, another title and a body's sentence never name the rep", () => {
    for (const [chrome, title] of [
      ['<header role="banner"><button id="mectrl_main_trigger" aria-label="Account manager for Nadia">N</button></header>', ''],
      ['<header role="banner"><button aria-label="Settings for Nadia Okafor">S</button></header>', ''],
      ['', 'Mail - Outlook'],
      ['', 'Nadia Okafor - Project plan.docx'],
    ]) {
      const d = doc(chrome! + pane(persona('Nadia Okafor')).replace('<p>Hi,', '<p>Account manager for Nadia Okafor. Hi,'), title);
      expect(pageContext(d, OUTLOOK).selfEmail).toBeNull();
      expect(emails(d, OUTLOOK)).toContain('nadia.okafor@brightwave.example');
    }
  });
});

describe('a CRM: its users are never its customers', () => {
  const CLASSIC = new URL('https://fjord.my.salesforce.com/0068d00000LmNoP');
  it('a person whose name links to a User record (Classic /005…) is not offered; a contact whose row shows its owner is', () => {
    const d = doc(`<table><tr><th>Name</th><th>Email</th><th>Owner</th></tr>
      <tr><td><a href="/0038d00000HjKlM">Ingrid Solberg</a></td><td><a href="mailto:ingrid@fjord.example">ingrid@fjord.example</a></td><td><a href="/0058d00000ZyXwV">Nadia Okafor</a></td></tr>
      <tr><td><a href="/0058d00000ZyXwV">Nadia Okafor</a></td><td><a href="mailto:nadia@brightwave.example">nadia@brightwave.example</a></td><td></td></tr></table>`);
    expect(emails(d, CLASSIC)).toEqual(['ingrid@fjord.example']);
  });

  it('a link to a 005… id inside a longer word is no User link', () => {
    const d = doc(`<ul><li><a href="/lightning/r/Contact/0038d00000HjKlM/view">Nadia Okafor</a> <a href="mailto:nadia@client.example">nadia@client.example</a></li><li><a href="/files/00512345.pdf">Nadia Okafor</a></li></ul>`);
    expect(emails(d, new URL('https://fjord.lightning.force.com/lightning/r/Opportunity/0068d00000LmNoPAA1/view'))).toEqual(['nadia@client.example']);
  });
});

describe("HubSpot's conversations inbox: the rep known by the avatar's name and the From picker", () => {
  const INBOX = new URL('https://app.hubspot.com/live-messages/4417325/inbox/8830412/thread/5521907733');
  const msg = (name: string, email: string) => `<div data-test-id="message"><div><span>From:</span> <span>${name}</span> <span>&lt;${email}&gt;</span> · Dec 3</div><div><p>The pricing is attached.</p></div></div>`;
  const picker = '<div data-test-id="composer"><label>From</label><select><option>Nadia Okafor (sales@brightwave.example)</option><option>Nadia Okafor (nadia@brightwave.example)</option></select></div>';
  const nav = (alt: string) => `<div id="hs-nav-v4"><button><img alt="${alt}" src="data:,"></button></div>`;
  const thread = (parts: string) => `<div data-test-id="thread-view">${msg('Ingrid Solberg', 'ingrid@fjord.example')}${parts}</div>`;

  it.each([
    ['the composer after the reply', nav('Nadia Okafor') + thread(msg('Nadia Okafor', 'nadia@brightwave.example') + picker)],
    ['the composer before the reply', nav('Nadia Okafor') + thread(picker + msg('Nadia Okafor', 'nadia@brightwave.example'))],
  ])('%s', (_, html) => {
    for (const d of [doc(html), parseWithHappyDom(`<html><body>${html}</body></html>`, INBOX.href)]) {
      expect(pageContext(d, INBOX).selfEmail).toBe('nadia@brightwave.example');
      expect(emails(d, INBOX)).toEqual(['ingrid@fjord.example']);
    }
  });

  it("an avatar of one word names nobody; without one, the picker's identities are still never offered", () => {
    const d = doc(nav('Nadia') + thread(msg('Nadia Okafor', 'nadia@brightwave.example') + picker));
    expect(pageContext(d, INBOX).selfEmail).toBeNull();
    expect(emails(d, INBOX)).toEqual(['ingrid@fjord.example', 'nadia@brightwave.example']);
  });

  it('the account menu button\'s avatar names the rep; their address is that name\'s tooltip on a list (a sequence\'s enrolments)', () => {
    const LIST = new URL('https://app.hubspot.com/sequences/4417325/sequence/88/enrollments');
    const html = `<div><button data-test-id="account-menu-button"><img alt="Nadia Okafor" src="data:,"><span>Brightwave GmbH</span></button></div>
      <div class="meta">Sent from: <span title="nadia@brightwave.example">Nadia Okafor</span></div>
      <table><thead><tr><th>Contact</th><th>Stage</th></tr></thead><tbody>
      <tr><td><a href="/contacts/4417325/record/0-1/901">Ingrid Solberg</a><div>ingrid@fjord.example</div></td><td>Step 2</td></tr></tbody></table>`;
    const d = doc(html);
    expect(pageContext(d, LIST).selfEmail).toBe('nadia@brightwave.example');
    expect(emails(d, LIST)).not.toContain('nadia@brightwave.example');
    // Another person's tooltip never names the rep.
    const other = doc(html.replace('>Nadia Okafor</span>', '>Lena Roth</span>'));
    expect(pageContext(other, LIST).selfEmail).toBeNull();
  });
});

describe("a mailing's footer names its reader", () => {
  it.each([
    ['This email was sent to nadia@brightwave.example. Unsubscribe', 'en'],
    ['You are receiving this email because nadia@brightwave.example subscribed to our list.', 'en, subscribed'],
    ['Cet e-mail a été envoyé à nadia@brightwave.example.', 'fr'],
    ['Este correo electrónico fue enviado a nadia@brightwave.example.', 'es'],
    ['Este e-mail foi enviado para nadia@brightwave.example.', 'pt'],
    ['Diese E-Mail wurde an <a href="mailto:nadia@brightwave.example">nadia@brightwave.example</a> gesendet.', 'de, in a link'],
    ['本邮件发送给 nadia@brightwave.example，如需退订请点击这里。', 'zh'],
    ['このメールは nadia@brightwave.example 宛に送信されています。', 'ja'],
    ['تم إرسال هذه الرسالة إلى nadia@brightwave.example', 'ar'],
  ])('%s (%s)', (footer) => {
    expect(mailedTo(doc(`<div><p>Hello,</p><p class="footer">${footer}</p></div>`))).toEqual(['nadia@brightwave.example']);
  });

  it("a body's sentence about sending is nobody's footer", () => {
    expect(mailedTo(doc('<p>I sent the quote to omar@client.example yesterday; the invoice was sent to billing@client.example.</p>'))).toEqual([]);
  });
});

describe("a custom site's chrome names the rep by name (lib/detect/own-side.ts)", () => {
  const left = (chrome: string, name: string) => {
    const d = doc(`${chrome}<main><p>Hello</p></main>`);
    const people = [makeContact({ name, email: 'nadia@brightwave.example' }, 'recipient', d.body), makeContact({ name: 'Ivo Petrov', email: 'ivo@client.example' }, 'sender', d.body)];
    return withoutRep(people, d, null).map((c) => c.email);
  };
  it.each([
    ['an account button\'s avatar, the person "Last, First" with accents', '<header><button><img alt="Nadia Okafor" src="data:,"></button></header>', 'Okafor, Nádia'],
    ['a Chinese account label, the name first', '<nav><button aria-label="Nadia Okafor 的帐户管理器">NO</button></nav>', 'Nadia Okafor'],
  ])('%s', (_, chrome, name) => {
    expect(left(chrome, name)).toEqual(['ivo@client.example']);
  });
  it("a logo's one-word alt and an avatar in the page's content name nobody", () => {
    expect(left('<header><button><img alt="Brightwave" src="data:,"></button></header>', 'Brightwave')).toHaveLength(2);
    expect(left('<main><button><img alt="Nadia Okafor" src="data:,"></button></main>', 'Nadia Okafor')).toHaveLength(2);
  });
});
