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
  const out = outputOf(f, rewrite);
  return { fixture: f.name, site: f.expected.site, rewrite: rewrite?.id ?? 'original', score: score(f.expected.contacts, out.contacts), siteFound: out.site };
}

function outputOf(f: Fixture, rewrite: Rewrite | null) {
  const doc = parseWithLinkedom(f.html);
  rewrite?.apply(doc);
  return toCliOutput(detectPage(doc, new URL(f.url)), doc);
}

/** Expected phones (E.164, country code and all) that the rewritten page gives someone else or
 *  in another country: "who: expected → found" for each person found with a phone expected. The
 *  score above matches phones by their last digits; this is the strict check. */
export function phonesOff(f: Fixture, rewrite: Rewrite | null): string[] {
  const found = outputOf(f, rewrite).contacts;
  return f.expected.contacts.flatMap((want) => {
    if (!want.phone) return [];
    // A person with neither address nor name is known by their number's last digits only.
    const tail = (p: string | null) => (p ?? '').replace(/\D/g, '').slice(-9);
    const got = found.find((c) => (want.email ? c.email === want.email : want.name ? c.name === want.name && !c.email : !c.email && !c.name && tail(c.phone) === tail(want.phone)));
    return got && got.phone !== want.phone ? [`${want.email ?? want.name}: ${want.phone} → ${got.phone}`] : [];
  });
}

/** Fixtures the harness reads: every site view with people (the hostile page is a stress test). */
export function driftFixtures(): Fixture[] {
  return listFixtures().filter((f) => f.name !== 'hostile-names');
}

export function runAll(): DriftRow[] {
  return driftFixtures().flatMap((f) => [runOne(f, null), ...REWRITES.map((r) => runOne(f, r))]);
}
