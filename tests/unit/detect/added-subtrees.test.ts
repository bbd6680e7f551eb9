// What the content script hands detectPage on a busy page: freshly added subtrees, not the
// whole document. The Gmail adapter's quick test skips person-less additions but keeps every
// addition that holds, or sits in a message that holds, a person.
import { describe, expect, it, vi } from 'vitest';
import { detectPage } from '../../../lib/detect/index';
import { gmailAdapter } from '../../../lib/detect/sites/gmail';
import { fixture, parseWithHappyDom } from './helpers';

const INBOX = new URL('https://mail.google.com/mail/u/0/#inbox');
const THREAD = new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkLnqTbWcPdHsJvMnXtPqRs');

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
