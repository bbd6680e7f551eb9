// The generic detector: near misses yield nothing, structured data and links are read, and it
// serves whenever a site adapter finds nothing (with a drift report when the site's landmarks
// are present).

import { describe, expect, it, vi } from 'vitest';
import { detectGeneric } from '../../../lib/detect/generic';
import { ALL_READERS } from '../../../lib/detect/generic/records';
import { detectPage } from '../../../lib/detect/index';
import { fixture, parseWithHappyDom, parseWithLinkedom } from './helpers';

describe('generic detector', () => {
  it('finds no contacts on the near-miss page (before any phone validation)', () => {
    const f = fixture('generic-near-misses');
    for (const doc of [parseWithLinkedom(f.html), parseWithHappyDom(f.html, f.url)]) {
      expect(detectGeneric(doc, new Set(), undefined, ALL_READERS)).toEqual([]);
      expect(detectPage(doc, new URL(f.url)).contacts).toEqual([]);
    }
  });

  it("names nobody by a list row's several names joined by semicolons under one address's title", () => {
    const doc = parseWithLinkedom(`<html><body>
      <div role="option"><span title="ana.souza@example.org">Ana Souza; Bruno Lima</span></div>
      <p><span title="carla.dias@example.org">Carla Dias</span></p></body></html>`);
    expect(detectGeneric(doc, new Set(), undefined, ALL_READERS).map((c) => [c.email, c.name])).toEqual([
      ['ana.souza@example.org', null],
      ['carla.dias@example.org', 'Carla Dias'],
    ]);
  });

  it('skips script, style, code, pre, textarea and noscript text', () => {
    const doc = parseWithLinkedom(`<html><body>
      <script>var a = "js@example.org";</script><style>/* css@example.org */</style>
      <code>code@example.org</code><pre>pre@example.org</pre><textarea>ta@example.org</textarea>
      <noscript>ns@example.org</noscript><p>Visible: seen@example.org</p></body></html>`);
    expect(detectGeneric(doc, new Set(), undefined, ALL_READERS).map((c) => c.email)).toEqual(['seen@example.org']);
  });

  it('reads schema.org microdata, JSON-LD, hCard, mailto: and tel:', () => {
    const f = fixture('generic-contact-page');
    const out = detectPage(parseWithLinkedom(f.html), new URL(f.url));
    expect(out.site).toBe('generic');
    expect(out.contacts.map((c) => c.name)).toEqual(expect.arrayContaining(['Rita Okonkwo', 'Samuel Ortiz', 'Kevin Nguyen']));
    expect(out.contacts.every((c) => c.role === 'mentioned')).toBe(true);
  });

  it('treats an h-card (microformats 2) like an hCard', () => {
    const doc = parseWithLinkedom('<html><body><div class="h-card"><a class="p-name u-url" href="/lee">Lee Chen</a> <a class="u-email" href="mailto:lee@chen.example">email</a> <span class="p-org">Chen Imports</span></div></body></html>');
    expect(detectGeneric(doc, new Set(), undefined, ALL_READERS).map(({ name, email, company }) => ({ name, email, company }))).toContainEqual({ name: 'Lee Chen', email: 'lee@chen.example', company: 'Chen Imports' });
  });

  it('survives broken JSON-LD', () => {
    const doc = parseWithLinkedom('<html><head><script type="application/ld+json">{"@type": "Person", "name": </script></head><body><p>ok@example.org</p></body></html>');
    expect(detectGeneric(doc, new Set(), undefined, ALL_READERS).map((c) => c.email)).toEqual(['ok@example.org']);
  });

  it('serves on a site page where the adapter finds nothing, and reports drift (the page is still the site)', () => {
    const html = '<html><head><title>Inbox - alex.rep@acme-sales.example - Gmail</title></head><body><h2 class="hP">Renewal</h2><div class="adn"><div class="a3s">Please loop in dana.okafor@northwind.example</div></div></body></html>';
    const onDrift = vi.fn();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const out = detectPage(parseWithLinkedom(html), new URL('https://mail.google.com/mail/u/0/#inbox/abc'), { onDrift });
    expect(out.site).toBe('gmail');
    expect(out.contacts.map((c) => c.email)).toEqual(['dana.okafor@northwind.example']);
    expect(onDrift).toHaveBeenCalledWith('gmail');
    // In development the drift is also logged to the console.
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('gmail: page landmarks found but no contacts'));
    warn.mockRestore();
  });

  it('does not report drift when the page has none of the site\'s landmarks', () => {
    const onDrift = vi.fn();
    detectPage(parseWithLinkedom('<html><body><p>Loading…</p></body></html>'), new URL('https://mail.google.com/mail/u/0/'), { onDrift });
    expect(onDrift).not.toHaveBeenCalled();
  });

  it('drops the signed-in user from generic finds too', () => {
    const doc = parseWithLinkedom('<html><body><p>alex.rep@acme-sales.example and bob@northwind.example</p></body></html>');
    expect(detectPage(doc, new URL('https://crm.example-selfhosted.com/'), { selfEmail: 'alex.rep@acme-sales.example' }).contacts.map((c) => c.email)).toEqual(['bob@northwind.example']);
  });

  it('genericOnly skips the site adapter (custom domains)', () => {
    const f = fixture('gmail-inbox');
    const out = detectPage(parseWithLinkedom(f.html), new URL(f.url), { genericOnly: true });
    expect(out.site).toBe('generic');
  });
});
