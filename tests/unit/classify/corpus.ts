// Loading and scoring the labelled corpus of tests/fixtures/classify (see its README.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suggest, type ClassifyInput, type Suggestion } from '@/lib/classify';

export const DIMENSIONS = ['goal', 'cycle', 'customer', 'channel', 'due'] as const;
export type CorpusDimension = (typeof DIMENSIONS)[number];

export interface CorpusCase {
  id: string;
  site: string;
  lang: 'en' | 'zh';
  hard: boolean;
  /** Which file it came from: the corpus written with the rules in view, or the held-out set. */
  set: string;
  input: {
    subject: string;
    body: string;
    quoted?: string;
    signature?: string;
    sender: { name?: string; email?: string };
    company?: string;
    url?: string;
    sentDate?: string;
    today: string;
    tz: string;
    fromCrm?: boolean;
  };
  expected: { goal: string; cycle: string; customer: string; channel: string | null; due: string };
}

export interface Outcome {
  c: CorpusCase;
  got: Record<CorpusDimension, string | null>;
  suggestion: Suggestion;
}

const DIR = fileURLToPath(new URL('../../fixtures/classify/', import.meta.url));

export function loadCorpus(): CorpusCase[] {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
  return files.flatMap((file) => {
    const cases = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Omit<CorpusCase, 'set'>[];
    return cases.map((c) => ({ ...c, set: file.replace(/\.json$/u, '') }));
  });
}

/** The classifier's input for a case, as the background builds it from a page. */
export function toInput(c: CorpusCase): ClassifyInput {
  const i = c.input;
  return {
    contact: { name: i.sender.name ?? null, email: i.sender.email ?? null, company: i.company ?? null },
    subject: i.subject,
    text: i.body,
    quoted: i.quoted ?? null,
    signature: i.signature ?? null,
    site: c.site as ClassifyInput['site'],
    url: i.url ?? null,
    sentAt: i.sentDate ?? null,
    fromCrm: i.fromCrm ?? false,
    today: i.today,
    timeZone: i.tz,
    // Only a fallback: `today` decides the date.
    now: new Date(`${i.today}T12:00:00Z`),
    locale: c.lang === 'zh' ? 'zh-CN' : 'en',
  };
}

export function runCase(c: CorpusCase): Outcome {
  const suggestion = suggest(toInput(c));
  const cat = suggestion.categories;
  return {
    c,
    suggestion,
    got: {
      goal: cat.goal ?? null,
      cycle: cat.cycle ?? null,
      customer: cat.customer ?? null,
      channel: cat.channel ?? null,
      due: suggestion.due.date,
    },
  };
}

export function isRight(o: Outcome, d: CorpusDimension): boolean {
  return o.got[d] === (o.c.expected[d] ?? null);
}

/** Accuracy per dimension for each group (e.g. per language), as rows for console.table. */
export function accuracyTable(outcomes: Outcome[], groupOf: (o: Outcome) => string): Record<string, Record<string, string>> {
  const groups = new Map<string, Outcome[]>();
  for (const o of outcomes) groups.set(groupOf(o), [...(groups.get(groupOf(o)) ?? []), o]);
  const table: Record<string, Record<string, string>> = {};
  for (const [group, list] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const row: Record<string, string> = { n: String(list.length) };
    for (const d of DIMENSIONS) row[d] = accuracy(list, d).toFixed(2);
    table[group] = row;
  }
  return table;
}

export function accuracy(list: Outcome[], d: CorpusDimension): number {
  return list.length === 0 ? 0 : list.filter((o) => isRight(o, d)).length / list.length;
}

/** One line per wrong value, with the classifier's reason, to see why. */
export function misses(outcomes: Outcome[]): string[] {
  const lines: string[] = [];
  for (const o of outcomes) {
    for (const d of DIMENSIONS) {
      if (isRight(o, d)) continue;
      const why = o.suggestion.reasons.find((r) => r.dimension === d);
      lines.push(`${o.c.id} ${d}: expected ${o.c.expected[d]}, got ${o.got[d]}${why ? ` (${why.code}: ${why.detail})` : ''}`);
    }
  }
  return lines;
}
