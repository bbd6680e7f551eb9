// The drift harness (tests/drift): every fixture rewritten the ways a site's next build changes
// its markup — class names stripped or renamed, wrappers inserted, attributes moved, header
// labels translated and colons dropped, header rows reordered. Detection that passes here does
// not depend on one build of one site in one language.

import { describe, expect, it } from 'vitest';
import { REWRITES } from '../../drift/rewrites';
import { driftFixtures, phonesOff, runOne } from '../../drift/run';
import { total } from '../../drift/score';
import { parseWithLinkedom } from './helpers';

const fixtures = driftFixtures();

/** Every fixture under every rewrite: ~10 s alone, several times that on a busy 2-core machine. */
const HEAVY = 240_000;

describe('drift harness', () => {
  it('reads every site view we keep a fixture of', () => {
    const sites = new Set(fixtures.map((f) => f.expected.site));
    for (const site of ['gmail', 'outlook', 'salesforce', 'hubspot', 'pipedrive', 'zoho', 'dynamics', 'generic']) expect(sites).toContain(site);
  });

  for (const rewrite of REWRITES) {
    it(`${rewrite.id}: each page keeps ≥ 0.95 of its recall (${rewrite.what})`, () => {
      for (const f of fixtures) {
        const before = runOne(f, null).score.recall;
        const after = runOne(f, rewrite);
        expect(after.score.recall, f.name).toBeGreaterThanOrEqual(0.95 * before);
        expect(after.siteFound, f.name).toBe(f.expected.site);
      }
    });
  }

  it('per site, over every rewrite: recall ≥ 0.95 and precision ≥ 0.97', () => {
    const rows = fixtures.flatMap((f) => REWRITES.map((r) => runOne(f, r)));
    const table: Record<string, string> = {};
    for (const site of new Set(rows.map((r) => r.site))) {
      const t = total(rows.filter((r) => r.site === site).map((r) => r.score));
      table[site] = `recall ${t.recall.toFixed(3)} precision ${t.precision.toFixed(3)}`;
      expect({ site, recall: t.recall >= 0.95, precision: t.precision >= 0.97 }).toEqual({ site, recall: true, precision: true });
    }
    console.log('drift, per site over all rewrites:', table);
  }, HEAVY);

  it('every phone keeps its country code under every rewrite (E.164 compared whole)', () => {
    const withPhones = fixtures.filter((f) => f.expected.contacts.some((c) => c.phone));
    expect(withPhones.length).toBeGreaterThan(10);
    const off = withPhones.flatMap((f) => [null, ...REWRITES].flatMap((r) => phonesOff(f, r).map((x) => `${f.name} (${r?.id ?? 'original'}) ${x}`)));
    expect(off).toEqual([]);
  }, HEAVY);

  it('the rewrites change the pages (a rewrite that does nothing proves nothing)', () => {
    const f = fixtures.find((x) => x.name === 'outlook-reading-pane-de')!;
    expect(runOne(f, null).score.recall).toBe(1);
    for (const rewrite of REWRITES) {
      // Serialise before and after: each rewrite must alter this page's markup.
      const doc = parseWithLinkedom(f.html);
      const before = doc.documentElement.outerHTML;
      rewrite.apply(doc);
      expect(doc.documentElement.outerHTML, rewrite.id).not.toBe(before);
    }
  });
});
