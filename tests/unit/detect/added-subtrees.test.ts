// What the content script hands detectPage on a busy page: freshly added subtrees, not the
// whole document. The Gmail adapter's quick test skips person-less additions but keeps every
// addition that holds, or sits in a message that holds, a person. A body added after its header
// (a webmail rendering it late; Firefox's parser adding it in a later batch) completes its
// sender: its signature is never read as someone new.
import { describe, expect, it, vi } from 'vitest';
import { detectPage, type DetectedContact } from '../../../lib/detect/index';
import { gmailAdapter } from '../../../lib/detect/sites/gmail';
import { fixture, parseWithHappyDom } from './helpers';

const INBOX = new URL('https://mail.google.com/mail/u/0/#inbox');
const THREAD = new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkLnqTbWcPdHsJvMnXtPqRs');
const SELF = 'alex.rep@acme-sales.com';

const fields = (c: DetectedContact) => ({ name: c.name, email: c.email, phone: c.phone, company: c.company, role: c.role });

describe('Gmail: detecting an added subtree', () => {
  it('skips the adapter for a label chip or a new date, and finds nothing there', () => {
    const doc = parseWithHappyDom(fixture('gmail-inbox').html, INBOX.href);
    const row = doc.querySelector('tr.zA')!;
    row.insertAdjacentHTML('beforeend', '<td class="xW"><span title="Jun 3, 2024">3:10 PM</span></td>');
    const date = row.lastElementChild!;
    const detect = vi.spyOn(gmailAdapter, 'detect');
    expect(gmailAdapter.mayHold!(date)).toBe(false);
    expect(detectPage(date, INBOX, { selfEmail: null }).contacts).toEqual([]);
    expect(detect).not.toHaveBeenCalled();
    detect.mockRestore();
  });

  it('reads the person in a re-rendered participants cell', () => {
    const doc = parseWithHappyDom(fixture('gmail-inbox').html, INBOX.href);
    const cell = doc.querySelector('tr.zA span[email]')!.parentElement!;
    const email = doc.querySelector('tr.zA span[email]')!.getAttribute('email');
    expect(gmailAdapter.mayHold!(cell)).toBe(true);
    expect(detectPage(cell, INBOX, { selfEmail: null }).contacts.map((c) => c.email)).toContain(email);
  });

  it('keeps the adapter for anything added inside a message (a body rendered after its header)', () => {
    const doc = parseWithHappyDom(fixture('gmail-thread').html, THREAD.href);
    const body = doc.querySelector('div.a3s')!;
    const inner = doc.createElement('div');
    inner.textContent = 'Thanks, talk soon';
    body.append(inner);
    expect(gmailAdapter.mayHold!(body)).toBe(true);
    expect(gmailAdapter.mayHold!(inner)).toBe(true);
    const detect = vi.spyOn(gmailAdapter, 'detect');
    detectPage(inner, THREAD, { selfEmail: null });
    expect(detect).toHaveBeenCalledTimes(1);
    detect.mockRestore();
  });
});

describe('a message body detected apart from its header', () => {
  const PRIYA = { name: 'Priya Raman', email: 'priya.raman@northwind-traders.com', phone: '+1 (415) 555-0134', company: 'Northwind Traders', role: 'sender' };

  it('Gmail: the body gives its sender (at their header) their phone and company, and no one else', () => {
    const doc = parseWithHappyDom(fixture('gmail-thread').html, THREAD.href);
    const header = doc.querySelector('h3 span.gD[email="priya.raman@northwind-traders.com"]')!;
    for (const root of [doc.querySelector('div.ii')!, doc.querySelector('div.a3s')!]) {
      const { contacts } = detectPage(root, THREAD, { selfEmail: SELF });
      expect(contacts.map(fields)).toEqual([PRIYA]);
      expect(contacts[0]!.anchor).toBe(header);
    }
  });

  it('Gmail: any line of the body added on its own (the company line last) reads the same', () => {
    const doc = parseWithHappyDom(fixture('gmail-thread').html, THREAD.href);
    for (const line of doc.querySelector('div.a3s')!.children) {
      expect(detectPage(line, THREAD, { selfEmail: SELF }).contacts.map(fields)).toEqual([PRIYA]);
    }
  });

  it('Gmail: the rep’s own reply body offers nobody new (their signature leaves with them)', () => {
    const doc = parseWithHappyDom(fixture('gmail-thread').html, THREAD.href);
    const reply = doc.querySelectorAll('div.a3s')[1]!;
    const offered = detectPage(reply, THREAD, { selfEmail: SELF }).contacts;
    expect(offered.filter((c) => c.role === 'signature' || c.name === 'Alex Rep')).toEqual([]);
  });

  it('Gmail: a header added on its own is still only the people in it', () => {
    const doc = parseWithHappyDom(fixture('gmail-thread').html, THREAD.href);
    const line = doc.querySelector('span.hb')!;
    expect(detectPage(line, THREAD, { selfEmail: SELF }).contacts.map((c) => c.email)).toEqual(['dana.okafor@northwind-traders.com', 'marcus.lee@northwind-traders.com']);
  });

  it('Outlook: the reading pane’s body completes its sender the same way', () => {
    const f = fixture('outlook-reading-pane');
    const doc = parseWithHappyDom(f.html, f.url);
    const body = doc.querySelector('[aria-label="Message body"]')!;
    const { contacts } = detectPage(body, new URL(f.url), { selfEmail: null });
    const sender = f.expected.contacts.find((c) => c.role === 'sender')!;
    expect(contacts.map((c) => [c.email, c.company, c.role])).toEqual([[sender.email, sender.company, 'sender']]);
  });
});
