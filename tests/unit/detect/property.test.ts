// @vitest-environment happy-dom
// Property tests: detection never throws on random markup, whatever the site, and what it returns
// is always well-formed. Markup is built from the cues the adapters look for, so the random pages
// exercise the adapters' code paths, not just empty queries.

import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { findEmails } from '../../../lib/detect/email-scan';
import { detectPage } from '../../../lib/detect/index';
import { normaliseName } from '../../../lib/detect/normalize';
import { findPhones } from '../../../lib/detect/phone-scan';
import { signatureOf } from '../../../lib/detect/signature';
import { parseWithLinkedom } from './helpers';

const URLS = [
  'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkLnqTbWcPdHsJvMnXtPqRs',
  'https://outlook.office.com/mail/inbox/id/AAQk%3D',
  'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000XyZ12AAB/view',
  'https://app.hubspot.com/contacts/1/record/0-2/2',
  'https://acme.pipedrive.com/deal/1',
  'https://crm.zoho.com/crm/org1/tab/Leads/1',
  'https://acme.crm.dynamics.com/main.aspx?etn=lead&id=1',
  'https://example.org/page',
];

const TAGS = ['div', 'span', 'p', 'a', 'table', 'tr', 'td', 'h2', 'h3', 'blockquote', 'br', 'script', 'pre', 'input', 'article', 'tbody', 'th', 'code', 'lightning-formatted-email'];
const ATTRS = ['email', 'name', 'class', 'href', 'aria-label', 'title', 'data-hovercard-id', 'data-name', 'data-id', 'data-test-id', 'data-testid', 'data-zcqa', 'data-label', 'data-target-selection-name', 'itemscope', 'itemtype', 'itemprop', 'value', 'id', 'role', 'contenteditable'];
const CUE_VALUES = [
  'gD', 'g2', 'hb', 'zA', 'adn', 'a3s', 'hP', 'afV', 'vN', 'vcard', 'fn', 'email', 'tel', 'org', 'h-card',
  'mailto:bob@example.org', 'mailto:', 'tel:+1 415 555 0134', 'tel:', 'From: Bob', 'To: A; B', 'Cc:', 'Email message', 'Message body',
  'sfdc:RecordField.Contact.Email', 'Contact Roles', 'Email', 'header_title', 'emailaddress1.fieldControl-mail-text-input',
  'https://schema.org/Person', 'worksFor', 'record-highlight-title', 'person-email', 'detailView_Email',
  'bob@example.org', 'me', '<script>x</script>', '\u202E', '"', "'", '', '@', '@@', '+', '((', 'Best regards,', '--', '此致', '手机：',
];

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('Priya Raman', 'bob@example.org', '+1 (415) 555-0134', '2024-06-18', '4111 1111 1111 1111', 'Best regards,', '--', '谢谢', '王芳', 'Tel: 020 7946 0958', 'image@2x.png', '<CAF=x@mail.gmail.com>', '&lt;', '&amp;', '\u202E'),
);

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (s: string): string => s.replace(/&(?![a-z]+;)/g, '&amp;').replace(/</g, '&lt;');

const attr = fc.tuple(fc.constantFrom(...ATTRS), fc.oneof(fc.constantFrom(...CUE_VALUES), fc.string({ maxLength: 20 })))
  .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`);

const node: fc.Memo<string> = fc.memo((depth) => depth <= 1
  ? text.map(escapeText)
  : fc.oneof(
    { weight: 1, arbitrary: text.map(escapeText) },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...TAGS), fc.array(attr, { maxLength: 4 }), fc.array(node(depth - 1), { maxLength: 4 }))
      .map(([tag, attrs, kids]) => `<${tag}${attrs.join('')}>${kids.join('')}</${tag}>`) },
    // Unbalanced and broken markup too.
    { weight: 1, arbitrary: fc.constantFrom('<div', '</span>', '<a href="mailto:', '<!--', '<![CDATA[', '<td><tr>', '&#x202E;', '<br/>') },
  ));

const page = fc.tuple(fc.array(node(5), { maxLength: 6 }), fc.string({ maxLength: 30 }))
  .map(([body, title]) => `<!DOCTYPE html><html><head><title>${escapeText(title)}</title></head><body>${body.join('')}</body></html>`);

function wellFormed(result: ReturnType<typeof detectPage>): void {
  expect(['gmail', 'outlook', 'salesforce', 'hubspot', 'pipedrive', 'zoho', 'dynamics', 'generic']).toContain(result.site);
  for (const c of result.contacts) {
    expect(c.anchor.nodeType).toBe(1);
    if (c.email !== null) expect(c.email).toBe(c.email.toLowerCase());
    if (c.name !== null) expect(c.name.length).toBeLessThanOrEqual(200);
    expect(c.name !== null || c.email !== null || c.phone !== null).toBe(true);
  }
}

// Each property runs detection on a hundred random pages: seconds of work on a loaded 2-core CI
// machine, more than vitest's 5 s default allows.
describe('detectPage on random markup', { timeout: 30_000 }, () => {
  // Random pages often have a site's landmarks and no people: the drift warning is expected here.
  beforeAll(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('never throws (linkedom, every site)', () => {
    fc.assert(fc.property(page, fc.constantFrom(...URLS), (html, url) => {
      wellFormed(detectPage(parseWithLinkedom(html), new URL(url)));
    }), { numRuns: 300 });
  });

  it('never throws (happy-dom, every site, subtree roots too)', () => {
    fc.assert(fc.property(page, fc.constantFrom(...URLS), fc.nat(50), (html, url, pick) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      wellFormed(detectPage(doc, new URL(url)));
      const all = doc.querySelectorAll('*');
      const sub = all[pick % Math.max(1, all.length)];
      if (sub) wellFormed(detectPage(sub, new URL(url)));
    }), { numRuns: 150 });
  });
});

describe('scanners on random text', () => {
  it('never throw and only return valid, lower-cased addresses', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => {
      for (const hit of findEmails(s)) expect(hit.email).toMatch(/^[^@\sA-Z]+@[^@\sA-Z]+\.[a-z]{2,}$/);
      for (const hit of findPhones(s)) expect(hit.raw.replace(/\D/g, '').length).toBeGreaterThanOrEqual(7);
      const name = normaliseName(s);
      if (name !== null) expect(name.length).toBeLessThanOrEqual(200);
    }), { numRuns: 1000 });
  });

  it('signatureOf never throws on random bodies', () => {
    fc.assert(fc.property(fc.array(text, { maxLength: 12 }), (lines) => {
      const doc = parseWithLinkedom(`<html><body><div id="b">${lines.map((l) => `<div>${escapeText(l)}</div>`).join('')}</div></body></html>`);
      signatureOf(doc.getElementById('b')!);
    }), { numRuns: 300 });
  });
});
