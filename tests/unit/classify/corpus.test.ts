// The labelled corpus (tests/fixtures/classify): accuracy per dimension, language and site,
// with a floor per dimension (issue 15). Prints the tables so a run shows where it stands.
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, accuracy, accuracyTable, loadCorpus, misses, runCase, type CorpusDimension } from './corpus';

// Raised after issue 15's second round (the corpus then scored at least 0.99 on each); still below
// it, because every new case written blind should be allowed a miss or two before a fix.
const FLOOR: Record<CorpusDimension, number> = { goal: 0.95, customer: 0.95, channel: 0.92, due: 0.93, cycle: 0.92 };

describe('classifier corpus', () => {
  const corpus = loadCorpus();
  const outcomes = corpus.map(runCase);

  it('is the corpus the issue asks for', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    expect(corpus.filter((c) => c.lang === 'zh').length).toBeGreaterThanOrEqual(20);
    for (const site of ['gmail', 'outlook', 'roundcube', 'qqmail', 'generic']) {
      expect(corpus.some((c) => c.site === site), site).toBe(true);
    }
    expect(corpus.some((c) => c.input.fromCrm)).toBe(true);
    const values = (d: CorpusDimension) => new Set(corpus.map((c) => c.expected[d]));
    expect(values('goal').size).toBe(4);
    expect(values('customer')).toEqual(new Set(['b2b', 'b2c']));
    expect(values('channel')).toEqual(new Set(['direct', 'distribution', 'online', null]));
    expect(new Set(corpus.map((c) => c.id)).size).toBe(corpus.length);
  });

  it('reaches the floor on every dimension', () => {
    console.log(`\nClassifier corpus: ${corpus.length} cases`);
    console.table(accuracyTable(outcomes, () => 'all'));
    console.table(accuracyTable(outcomes, (o) => o.c.lang));
    console.table(accuracyTable(outcomes, (o) => o.c.site));
    console.table(accuracyTable(outcomes, (o) => `${o.c.set}${o.c.hard ? ' (hard)' : ''}`));
    const wrong = misses(outcomes);
    if (wrong.length > 0) console.log(`Misses:\n  ${wrong.join('\n  ')}`);
    for (const d of DIMENSIONS) expect(accuracy(outcomes, d), d).toBeGreaterThanOrEqual(FLOOR[d]);
  });
});
