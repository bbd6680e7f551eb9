// The pieces of layered detection on their own: header labels in many languages, role
// mailboxes, whom the rep is offered, the account in a page's chrome, phones that belong to people.

import { describe, expect, it } from 'vitest';
import { offeredTo } from '../../../lib/detect/audience';
import { makeContact } from '../../../lib/detect/contact';
import { lastLabelIn, roleFromLeadingLabel } from '../../../lib/detect/labels';
import { isRoleMailbox } from '../../../lib/detect/mailboxes';
import { attachToPeople } from '../../../lib/detect/ownership';
import { selfFromChrome } from '../../../lib/detect/self';
import { parseWithLinkedom } from './helpers';

describe('header labels', () => {
  it.each([
    [['to '], 'recipient'], [['An'], 'recipient'], [['À :'], 'recipient'], [['宛先:'], 'recipient'], [['收件人'], 'recipient'],
    [['Cc'], 'cc'], [['抄送：'], 'cc'], [['Kopie:'], 'cc'], [['копия:'], 'cc'], [['to ', 'me', ', cc: '], 'cc'],
    [['Von:'], 'sender'], [['发件人'], 'sender'], [['De :'], 'sender'], [['差出人'], 'sender'],
  ] as const)('%j reads as %s', (segments, role) => {
    expect(lastLabelIn(segments)).toBe(role);
  });

  it.each([[['Thanks to ']], [['To be sure, write to ']], [['de la part de']], [['a ']], [['Dana ']]])('%j is no label', (segments) => {
    expect(lastLabelIn(segments)).toBeNull();
  });

  it('reads a label leading an aria-label, weak words only alone or with a colon', () => {
    expect(roleFromLeadingLabel('To: Alex Rep; Dana')).toBe('recipient');
    expect(roleFromLeadingLabel('Cc')).toBe('cc');
    expect(roleFromLeadingLabel('An')).toBe('recipient');
    expect(roleFromLeadingLabel('An Dana Okafor')).toBeNull();
    expect(roleFromLeadingLabel('Email message')).toBeNull();
  });
});

describe('role mailboxes', () => {
  it.each(['no-reply@accounts.google.com', 'noreply-942@plus.google.com', 'notifications@github.com', 'mailer-daemon@mx.example', 'bounces+12@list.example', 'donotreply@bank.cn', 'postmaster@acme.example'])('%s cannot answer', (email) => {
    expect(isRoleMailbox(email)).toBe(true);
  });
  it.each(['sales@acme.example', 'billing@acme.example', 'nora@acme.example', 'notably.late@acme.example', 'support@acme.example'])('%s is read by someone', (email) => {
    expect(isRoleMailbox(email)).toBe(false);
  });
  it('knows robots by their display name', () => {
    expect(isRoleMailbox('x@acme.example', 'Mail Delivery Subsystem')).toBe(true);
    expect(isRoleMailbox('x@acme.example', '自动回复')).toBe(true);
    expect(isRoleMailbox('x@acme.example', 'Dana Okafor')).toBe(false);
  });
});

describe('whom the rep is offered', () => {
  const doc = parseWithLinkedom('<html><body><p id="a"></p></body></html>');
  const at = doc.getElementById('a')!;
  const people = [
    makeContact({ email: 'alex.rep@acme.example', name: 'Alex Rep' }, 'recipient', at),
    makeContact({ email: 'sam@acme.example', name: 'Sam Taylor' }, 'cc', at),
    makeContact({ email: 'dana@northwind.example', name: 'Dana' }, 'sender', at),
    makeContact({ email: 'no-reply@northwind.example' }, 'sender', at),
    makeContact({ email: 'me@home.example' }, 'cc', at),
  ];
  it('never the rep (page account or My addresses), no robots, colleagues last', () => {
    const out = offeredTo(people, 'Alex.Rep@acme.example', { self: ['me@home.example'], internalDomains: ['acme.example'], colleagues: 'last', roleMailboxes: false });
    expect(out.map((c) => [c.email, c.internal ?? false])).toEqual([['dana@northwind.example', false], ['sam@acme.example', true]]);
  });
  it('colleagues hidden, robots offered when the rep asks', () => {
    const out = offeredTo(people, null, { self: [], internalDomains: ['acme.example'], colleagues: 'hide', roleMailboxes: true });
    expect(out.map((c) => c.email)).toEqual(['dana@northwind.example', 'no-reply@northwind.example', 'me@home.example']);
  });
});

describe('the account in a page\'s chrome', () => {
  it('reads it from a banner, a user menu or a labelled account button', () => {
    expect(selfFromChrome(parseWithLinkedom('<html><body><div role="banner"><span>alex@acme.example</span></div><main><p>dana@northwind.example</p></main></body></html>'))).toBe('alex@acme.example');
    expect(selfFromChrome(parseWithLinkedom('<html><body><div><button title="View profile: alex@acme.example">AR</button></div><main>x</main></body></html>'))).toBe('alex@acme.example');
  });
  it('does not take people from the content, or a list of addresses', () => {
    expect(selfFromChrome(parseWithLinkedom('<html><body><main><div class="user">dana@northwind.example</div></main></body></html>'))).toBeNull();
    expect(selfFromChrome(parseWithLinkedom('<html><body><nav>a@x.example b@y.example</nav></body></html>'))).toBeNull();
  });
});

describe('phones belong to people', () => {
  it('a lone phone in a message goes to its sender, not to the last recipient', () => {
    const doc = parseWithLinkedom('<html><body><div id="m"><span id="s">S</span><span id="r">R</span><div><p id="p">Tel +1 415 555 0142</p></div></div></body></html>');
    const out = attachToPeople([
      makeContact({ email: 's@x.example', name: 'S' }, 'sender', doc.getElementById('s')!),
      makeContact({ email: 'r@x.example', name: 'R' }, 'recipient', doc.getElementById('r')!),
      makeContact({ phone: '+1 415 555 0142' }, 'mentioned', doc.getElementById('p')!),
    ]);
    expect(out.map((c) => [c.email, c.phone])).toEqual([['s@x.example', '+1 415 555 0142'], ['r@x.example', null]]);
  });
  it('a phone with nobody near stays a contact of its own', () => {
    const doc = parseWithLinkedom('<html><body><section><p id="p">Call (617) 555-0100</p></section><aside><span id="s">x</span></aside></body></html>');
    const out = attachToPeople([makeContact({ phone: '(617) 555-0100' }, 'mentioned', doc.getElementById('p')!)]);
    expect(out).toHaveLength(1);
  });
});
