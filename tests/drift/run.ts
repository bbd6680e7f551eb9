// Runs detection on every fixture as written and under every drift rewrite.
import { detectPage } from '../../lib/detect/index';
import { listFixtures, parseWithLinkedom, toCliOutput, type Fixture } from '../unit/detect/helpers';
import { REWRITES, type Rewrite } from './rewrites';
import { score, type Score } from './score';

export interface DriftRow {
  fixture: string;
  site: string;
  rewrite: string;
  score: Score;
  siteFound: string;
}

export function runOne(f: Fixture, rewrite: Rewrite | null): DriftRow {
  const doc = parseWithLinkedom(f.html);
  rewrite?.apply(doc);
  const out = toCliOutput(detectPage(doc, new URL(f.url)), doc);
  return { fixture: f.name, site: f.expected.site, rewrite: rewrite?.id ?? 'original', score: score(f.expected.contacts, out.contacts), siteFound: out.site };
}

/** Fixtures the harness reads: every site view with people (the hostile page is a stress test). */
export function driftFixtures(): Fixture[] {
  return listFixtures().filter((f) => f.name !== 'hostile-names');
}

export function runAll(): DriftRow[] {
  return driftFixtures().flatMap((f) => [runOne(f, null), ...REWRITES.map((r) => runOne(f, r))]);
}
