// Brief U: on a forward (Gmail's quote block, Roundcube's inline "Original Message") the page's
// main person is the one who forwarded it (the newest message's sender), not the original sender
// named in the forwarded header block — and so is the dedupe key. The original sender can still be
// chosen by hand (--person), with a key of their own.
import { describe, expect, it } from 'vitest';
import { classifyHtml } from '../../../scripts/classify-page';
import { savedPage } from '../../helpers/page-message';

const TODAY = '2026-12-02';

describe('a forward', () => {
  it('follows up the person who forwarded it, with their dedupe key', () => {
    const page = savedPage('context/gmail-forward-en');
    const out = classifyHtml(page.document, { url: page.url, today: TODAY });
    // Both are on the page: the original sender is detected from the forwarded header.
    expect(out.contacts.map((c) => c.email)).toEqual(expect.arrayContaining(['dana.whitfield@northwind-retail.example', 'sam.ortiz@northwind-retail.example']));
    expect(out.person).toBe('dana.whitfield@northwind-retail.example');
    expect(out.source?.dedupeKey).toMatch(/:dana\.whitfield@northwind-retail\.example$/u);
    // Her own ask, not the forwarded one: a quote by Friday.
    expect(out.suggestion?.due).toEqual({ date: '2026-12-04' });
  });

  it('still classifies the original sender when asked for, under another key', () => {
    const page = savedPage('context/gmail-forward-en');
    const dana = classifyHtml(page.document, { url: page.url, today: TODAY });
    const sam = classifyHtml(page.document, { url: page.url, today: TODAY, person: 'sam.ortiz@northwind-retail.example' });
    expect(sam.person).toBe('sam.ortiz@northwind-retail.example');
    expect(sam.source?.dedupeKey).not.toBe(dana.source?.dedupeKey);
  });

  it('on Roundcube, where the forward is inline text with no quote element, it is the one who forwarded it too', () => {
    const page = savedPage('context/roundcube-forward-inline');
    const out = classifyHtml(page.document, { url: page.url, today: '2026-11-03' });
    expect(out.contacts.find((c) => c.email === 'sam.ortiz@kestrel-freight.example')).toBeTruthy();
    expect(out.person).toBe('elena.petrov@kestrel-freight.com');
    expect(out.source?.dedupeKey).toBe('roundcube:INBOX/21:elena.petrov@kestrel-freight.com');
    expect(out.suggestion?.due).toEqual({ date: '2026-11-04' });
  });
});
