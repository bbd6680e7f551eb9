// Page context (subject, thread, record, the user's own address) and detection on a freshly
// added subtree, which learns its To/Cc/thread context from above with closest().

import { describe, expect, it } from 'vitest';
import { adapterFor, detectPage, pageContext } from '../../../lib/detect/index';
import { fixture, parseWithLinkedom } from './helpers';

function contextOf(name: string) {
  const f = fixture(name);
  return pageContext(parseWithLinkedom(f.html), new URL(f.url));
}

describe('page context', () => {
  it('Gmail: subject, thread id and the signed-in user', () => {
    expect(contextOf('gmail-thread')).toEqual({ subject: 'Q3 renewal: revised quote for 40 seats', threadId: '18fe4a7c2b9d0e11', recordName: null, recordId: null, selfEmail: 'alex.rep@acme-sales.com' });
    expect(contextOf('gmail-thread-zh').subject).toBe('关于5月发票与回款进度的确认');
    expect(contextOf('gmail-inbox')).toMatchObject({ subject: null, threadId: null, selfEmail: 'alex.rep@acme-sales.com' });
  });

  it('Gmail: the account button names the user when the title does not', () => {
    const doc = parseWithLinkedom('<html><head><title>Gmail</title></head><body><a aria-label="Google Account: Alex Rep  (alex.rep@acme-sales.com)" href="https://accounts.google.com/SignOutOptions">AR</a></body></html>');
    expect(pageContext(doc, new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkLnqTbWcPdHsJvMnXtPqRs'))).toMatchObject({ selfEmail: 'alex.rep@acme-sales.com', threadId: 'FMfcgzQVxRkLnqTbWcPdHsJvMnXtPqRs' });
  });

  it('Outlook: subject, conversation id and the mailbox owner', () => {
    expect(contextOf('outlook-reading-pane')).toMatchObject({ subject: 'Follow-up: spare parts framework agreement', threadId: 'AAQkAGI2YjE4NWFlLTk3ZDAtNDQ5MS1hZjcwLTNhYzQ4YjRmMmI0ZgAQAJv8kX7/zWtNpFLc6vR0B2E=', selfEmail: 'alex.rep@acme-sales.com' });
    expect(contextOf('outlook-thread-cc')).toMatchObject({ subject: 'Re: Trial extension and pricing for 3 clinics', threadId: 'AQQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAL7fW2h9mUxHtZ4b6vJq3Ck=', selfEmail: 'alex.rep@outlook.com' });
  });

  it('CRMs: record name and id', () => {
    expect(contextOf('salesforce-contact')).toMatchObject({ recordName: 'Ms. Hanna Schneider', recordId: '0035g00000AbCdEAAV' });
    expect(contextOf('salesforce-opportunity')).toMatchObject({ recordName: 'Brightwater – EU Warehouse Rollout', recordId: '0065g00000XyZ12AAB' });
    expect(contextOf('hubspot-contact')).toMatchObject({ recordName: 'Rita Okonkwo', recordId: '51807' });
    expect(contextOf('pipedrive-person')).toMatchObject({ recordName: 'Tom Becker', recordId: '1842' });
    expect(contextOf('zoho-lead')).toMatchObject({ recordName: 'Arjun Mehta', recordId: '4876876000000412001' });
    expect(contextOf('dynamics-contact')).toMatchObject({ recordName: "Liam O'Connor", recordId: '5f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b', selfEmail: 'alex.rep@acme-sales.com' });
  });

  it('an unknown site has an empty context', () => {
    expect(pageContext(parseWithLinkedom('<html><body></body></html>'), new URL('https://example.org/'))).toEqual({ subject: null, threadId: null, recordName: null, recordId: null, selfEmail: null });
  });
});

describe('detection on a freshly added subtree', () => {
  it('Gmail: a Cc line added alone still reads "cc" from its own label', () => {
    const f = fixture('gmail-thread');
    const doc = parseWithLinkedom(f.html);
    const line = doc.querySelector('table.ajC tr:nth-child(3)')!;
    const out = detectPage(line, new URL(f.url));
    expect(out.contacts.map(({ email, role }) => ({ email, role }))).toEqual([{ email: 'marcus.lee@northwind-traders.com', role: 'cc' }]);
  });

  it('Gmail: a message body added alone yields the signature person inside it, and its sender as the body completes them', () => {
    const f = fixture('gmail-thread');
    const doc = parseWithLinkedom(f.html);
    const body = doc.querySelectorAll('div.a3s')[2]!;
    const out = detectPage(body, new URL(f.url));
    expect(out.contacts.map(({ name, role }) => ({ name, role }))).toEqual([{ name: 'Northwind Procurement', role: 'sender' }, { name: 'Jordan Patel', role: 'signature' }]);
    // The sender stays at their header (outside the body), where their button already is.
    expect(body.contains(out.contacts[0]!.anchor)).toBe(false);
    expect(body.contains(out.contacts[1]!.anchor)).toBe(true);
  });

  it('Gmail: a list row added alone yields its sender', () => {
    const f = fixture('gmail-inbox');
    const doc = parseWithLinkedom(f.html);
    const row = doc.querySelectorAll('tr.zA')[1]!;
    expect(detectPage(row, new URL(f.url)).contacts.map((c) => c.email)).toEqual(['h.schneider@brightwater-logistics.de']);
  });

  it('Outlook: a Cc well added alone keeps its role', () => {
    const f = fixture('outlook-thread-cc');
    const doc = parseWithLinkedom(f.html);
    const well = doc.querySelectorAll('[aria-label^="Cc:"]')[1]!;
    const out = detectPage(well, new URL(f.url));
    expect(out.site).toBe('outlook');
    expect(out.contacts.map(({ email, role }) => ({ email, role }))).toEqual([{ email: 'lena.fischer@lumen-dental.com', role: 'cc' }]);
  });

  it('adapterFor picks by host only', () => {
    expect(adapterFor(new URL('https://mail.google.com/anything?x=1'))?.id).toBe('gmail');
  });
});

describe('messageText', () => {
  it('Gmail: the body of the message holding the contact, or the list row', () => {
    const f = fixture('gmail-thread-zh');
    const doc = parseWithLinkedom(f.html);
    const [sender] = detectPage(doc, new URL(f.url)).contacts;
    const text = adapterFor(new URL(f.url))!.messageText!(sender!.anchor)!;
    expect(text).toContain('回款');
    expect(text).toContain('发票');
    const inbox = fixture('gmail-inbox');
    const inboxDoc = parseWithLinkedom(inbox.html);
    const row = detectPage(inboxDoc, new URL(inbox.url)).contacts.find((c) => c.email === 'h.schneider@brightwater-logistics.de')!;
    expect(adapterFor(new URL(inbox.url))!.messageText!(row.anchor)).toContain('Pricing for the EU rollout');
  });

  it('Outlook: the message body, bounded', () => {
    const f = fixture('outlook-thread-cc');
    const doc = parseWithLinkedom(f.html);
    const omar = detectPage(doc, new URL(f.url)).contacts.find((c) => c.name === 'Omar Haddad')!;
    const text = adapterFor(new URL(f.url))!.messageText!(omar.anchor)!;
    expect(text).toContain('per-seat price');
    expect(text).not.toContain('Cambridge clinic');
    const hostile = fixture('hostile-names');
    const hdoc = parseWithLinkedom(hostile.html);
    const mallory = detectPage(hdoc, new URL(hostile.url)).contacts[0]!;
    expect(adapterFor(new URL(hostile.url))!.messageText!(mallory.anchor)!.length).toBeLessThanOrEqual(4000);
  });
});

