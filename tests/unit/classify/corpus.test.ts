// The labelled corpus (tests/fixtures/classify): accuracy per dimension, language and site,
// with a floor per dimension (issue 15). Prints the tables so a run shows where it stands.
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, accuracy, accuracyTable, loadCorpus, misses, runCase, type CorpusDimension } from './corpus';

const FLOOR: Record<CorpusDimension, number> = { goal: 0.9, customer: 0.9, channel: 0.85, due: 0.9, cycle: 0.85 };

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
