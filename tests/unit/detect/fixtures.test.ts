// Every adapter against its saved pages: detectPage (the content script's code) must produce the
// fixture's expected JSON, under linkedom (the CLI's DOM) and happy-dom (a browser-like DOM).

import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/detect/index';
import { listFixtures, parseWithHappyDom, parseWithLinkedom, toCliOutput } from './helpers';

const fixtures = listFixtures();

const REQUIRED = [
  'gmail-thread', 'gmail-inbox', 'gmail-compose', 'gmail-thread-zh', 'outlook-reading-pane', 'outlook-thread-cc',
  'salesforce-contact', 'salesforce-opportunity', 'hubspot-contact', 'pipedrive-person', 'zoho-lead', 'dynamics-contact',
  'generic-near-misses', 'hostile-names',
];

describe('fixtures', () => {
  it('has every required view with an expected JSON', () => {
    const names = fixtures.map((f) => f.name);
    for (const name of REQUIRED) expect(names).toContain(name);
  });

  for (const f of fixtures) {
    describe(f.name, () => {
      it('matches the expected JSON (linkedom)', () => {
        const doc = parseWithLinkedom(f.html);
        expect(toCliOutput(detectPage(doc, new URL(f.url)), doc)).toEqual(f.expected);
      });

      it('matches the expected JSON (happy-dom)', () => {
        const doc = parseWithHappyDom(f.html, f.url);
        expect(toCliOutput(detectPage(doc, new URL(f.url)), doc)).toEqual(f.expected);
      });

      it('anchors every contact to an element of the page', () => {
        const doc = parseWithLinkedom(f.html);
        for (const c of detectPage(doc, new URL(f.url)).contacts) {
          expect(c.anchor.nodeType).toBe(1);
          expect(doc.documentElement.contains(c.anchor)).toBe(true);
        }
      });
    });
  }

  it('uses the site adapter, not the generic detector, on every site fixture', () => {
    for (const f of fixtures) {
      const expectedSite = f.name.split('-')[0];
      if (f.name.startsWith('generic')) expect(f.expected.site).toBe('generic');
      else if (f.name !== 'hostile-names') expect(f.expected.site).toBe(expectedSite);
      else expect(f.expected.site).toBe('gmail');
    }
  });
});
