// HubSpot knows the signed-in rep on every view, not only on records (issue 14, round 6): the
// account menu once opened, the conversations composer's From picker, or the badge ("You", "Du",
// "您") HubSpot puts beside the rep's own messages in a thread. The rep is never offered.

import { describe, expect, it } from 'vitest';
import { detectPage, pageContext } from '../../../lib/detect/index';
import { parseWithLinkedom } from './helpers';

const INBOX = new URL('https://app.hubspot.com/live-messages/4417325/inbox/8830412/thread/5521907733');
const RECORD = new URL('https://app-eu1.hubspot.com/contacts/26214441/record/0-1/51807');
const message = (name: string, badge: string, email: string, body: string) =>
  `<div data-test-id="message"><div><span>${name}</span> ${badge} <span>&lt;${email}&gt;</span> · Dec 3</div><div><p>${body}</p></div></div>`;
const page = (nav: string, thread: string) => `<html><body><div id="hs-nav-v4">${nav}</div><div data-test-id="thread-view">${thread}</div></body></html>`;
const customer = message('Leonie Brandt', '', 'l.brandt@kaelte-nord.example', 'Könnten Sie uns bis Freitag ein Angebot schicken? Thank you');

describe('HubSpot signed-in rep', () => {
  it.each([
    ['the badge on the rep\'s reply (German UI)', '', '<span class="b">Du</span>', 'lena.vogt@acme-sales.example'],
    ['the badge in brackets (Chinese UI)', '', '<span>(您)</span>', 'lena.vogt@acme-sales.example'],
    ['the opened account menu, in a dialog', '<div role="dialog" data-test-id="account-menu"><div>Lena Vogt</div><div>lena.vogt@acme-sales.example</div></div>', '', 'lena.vogt@acme-sales.example'],
  ])('%s', (_, nav, badge, self) => {
    const doc = parseWithLinkedom(page(nav, customer + message('Lena Vogt', badge, 'lena.vogt@acme-sales.example', 'Gern, das Angebot kommt heute.')));
    expect(pageContext(doc, INBOX).selfEmail).toBe(self);
    expect(detectPage(doc, INBOX).contacts.map((c) => c.email)).toEqual(['l.brandt@kaelte-nord.example']);
  });

  it('reads the account menu on a record page too', () => {
    const doc = parseWithLinkedom(page('<div data-test-id="account-menu" role="dialog">Lena Vogt lena.vogt@acme-sales.example</div>', ''));
    expect(pageContext(doc, RECORD).selfEmail).toBe('lena.vogt@acme-sales.example');
  });

  it('a "You:" preview or a "thank you" is no badge: without one nobody is the rep', () => {
    const doc = parseWithLinkedom(page('<div>You: Gern, das Angebot…</div>', customer + message('Lena Vogt', '', 'lena.vogt@acme-sales.example', 'Gern.')));
    expect(pageContext(doc, INBOX).selfEmail).toBeNull();
    expect(detectPage(doc, INBOX).contacts.map((c) => c.email)).toEqual(['l.brandt@kaelte-nord.example', 'lena.vogt@acme-sales.example']);
  });
});
