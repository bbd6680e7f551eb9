// @vitest-environment happy-dom
// The page report learns the rep's account from the adapter's own reader of it. The whole page
// context also looks for an open conversation's subject and thread: on a 5,000-row inbox with no
// thread open, a walk of the whole document (~2 ms in the bench's stream, once per view).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import type { Detector } from '@/lib/detect/detector';
import type { SiteAdapter } from '@/lib/detect/types';
import { gmailAdapter } from '@/lib/detect/sites/gmail';
import { outlookAdapter } from '@/lib/detect/sites/outlook';
import type { Timers } from '@/lib/content/timers';
import { listFixtures } from '../detect/helpers';

const sent: unknown[] = [];
vi.mock('@/lib/messages/client', () => ({
  request: (type: string, payload: unknown) => {
    if (type === 'page.seen') sent.push(payload);
    return Promise.reject(new Error('no background in this test'));
  },
}));

const { pageReport } = await import('@/lib/content/page-report');

afterEach(() => {
  sent.length = 0;
});

describe('page report', () => {
  it("reads the account with the adapter's own reader, not the whole page context", () => {
    const context = vi.fn(() => ({ subject: null, threadId: null, recordName: null, recordId: null, selfEmail: 'wrong@acme.example' }));
    const adapter: SiteAdapter = { id: 'gmail', matches: () => true, detect: () => [], context, selfEmail: () => 'alex.rep@acme-sales.com' };
    const detector = { adapterFor: () => adapter } as unknown as Detector;
    let later: (() => void) | null = null;
    const timers: Timers = { frame: () => {}, soon: () => {}, after: (_ms, run) => (later = run) };
    const report = pageReport(detector, timers, new URL('https://mail.google.com/mail/u/0/#inbox'));
    report.found('gmail');
    later!();
    expect(context).not.toHaveBeenCalled();
    expect(sent).toEqual([{ site: 'gmail', recognised: false, people: 1, self: 'alex.rep@acme-sales.com' }]);
  });

  it('gets from Gmail and Outlook readers the account their context names, on every fixture of theirs', () => {
    const pages = listFixtures().filter((f) => ['gmail', 'outlook'].includes(f.expected.site));
    expect(pages.length).toBeGreaterThan(10);
    let named = 0;
    for (const page of pages) {
      const { document } = parseHTML(page.html);
      const url = new URL(page.url);
      const adapter = page.expected.site === 'gmail' ? gmailAdapter : outlookAdapter;
      const self = adapter.selfEmail!(document, url);
      expect(self, page.name).toBe(adapter.context(document, url).selfEmail);
      if (self) named++;
    }
    expect(named).toBeGreaterThan(3);
  });
});
