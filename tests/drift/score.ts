// Scoring detection against a fixture's expected people: recall (expected people found) and
// precision (people found that were expected). A person matches by address, else by phone
// (E.164), else by name — the order the product itself merges people in.
import type { CliContact } from '../unit/detect/helpers';

export interface Score {
  expected: number;
  found: number;
  matched: number;
  recall: number;
  precision: number;
}

function key(c: CliContact): string {
  if (c.email) return `e:${c.email.toLowerCase()}`;
  if (c.phone) return `p:${c.phone.replace(/\D/g, '').slice(-9)}`;
  return `n:${(c.name ?? '').toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

export function score(expected: readonly CliContact[], found: readonly CliContact[]): Score {
  const want = new Set(expected.map(key));
  const got = new Set(found.map(key));
  let matched = 0;
  for (const k of want) if (got.has(k)) matched++;
  let correct = 0;
  for (const k of got) if (want.has(k)) correct++;
  return {
    expected: want.size,
    found: got.size,
    matched,
    // A page where nobody is expected is read perfectly when nobody is found.
    recall: want.size ? matched / want.size : 1,
    precision: got.size ? correct / got.size : want.size ? 0 : 1,
  };
}

/** Totals over several pages: people counted, not pages averaged. */
export function total(scores: readonly Score[]): Score {
  const expected = scores.reduce((n, s) => n + s.expected, 0);
  const found = scores.reduce((n, s) => n + s.found, 0);
  const matched = scores.reduce((n, s) => n + s.matched, 0);
  const correct = scores.reduce((n, s) => n + s.precision * s.found, 0);
  return { expected, found, matched, recall: expected ? matched / expected : 1, precision: found ? correct / found : 1 };
}
