// An import's refusal reads in the rep's language: every error a bad CSV or backup produces
// names a UI string both locales have, with as many substitutions as the string has places.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '@/lib/data/backup';
import { parseTasksCsv } from '@/lib/data/csv-import';
import { capErrors, checkReferences } from '@/lib/data/plan';
import { translator, type Messages } from '@/lib/i18n';
import type { ImportError } from '@/lib/model';
import { DEFAULT_CATEGORIES } from '@/lib/taxonomy';

const EN = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Messages;
const ZH = JSON.parse(readFileSync('public/_locales/zh_CN/messages.json', 'utf8')) as Messages;
const zh = translator(ZH, 'zh-CN');
const en = translator(EN, 'en');

const csvOptions = {
  categories: DEFAULT_CATEGORIES,
  now: 1_764_000_000_000,
  newId: () => crypto.randomUUID(),
  normaliseContact: (c: { name?: string; email?: string; phone?: string; company?: string }) => c,
};

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const BAD_CSV = [
  'id,title,status,priority,due_date,due_time,goal,source_site,created_at,follow_up,close_on_reply,contact_email',
  ',Status,maybe,,,,,,,,,',
  ',Priority,,urgent,,,,,,,,',
  ',Date,,,2026-13-45,,,,,,,',
  ',Time,,,2026-11-28,25:99,,,,,,',
  ',Time only,,,,09:00,,,,,,',
  ',Goal,,,,,Golf,,,,,',
  ',Site,,,,,,myspace,,,,',
  ',Created,,,,,,,yesterday,,,',
  ',Follow-up,,,,,,,,later,,',
  ',Close,,,,,,,,waiting,perhaps,',
  'nope,Id,,,,,,,,,,',
  `${ID},First,,,,,,,,,,`,
  `${ID},Again,,,,,,,,,,`,
  ',,,,,,,,,,,',
  ',Contact,,,,,,,,,,not an address',
].join('\n');

/** Each error said in both languages, checked to be whole. */
function said(errors: ImportError[]): string[] {
  return errors.map((error) => {
    expect(error.key, error.message).toBeDefined();
    const key = error.key!;
    expect(EN[key], key).toBeDefined();
    expect(ZH[key], key).toBeDefined();
    const params = error.params ?? [];
    const places = new Set(EN[key]!.message.match(/\$[A-Z0-9_]+\$/g) ?? []);
    expect(params.length, key).toBe(places.size);
    const speak = (tr: typeof zh) => (error.count === undefined ? tr.t(key, ...params) : tr.tn(key, error.count, ...params));
    const chinese = speak(zh);
    expect(chinese, key).not.toMatch(/\$[A-Z0-9_]+\$/);
    expect(speak(en), key).not.toMatch(/\$[A-Z0-9_]+\$/);
    return chinese;
  });
}

describe('import errors in the rep’s language', () => {
  it('a CSV’s bad rows, each kind', () => {
    const { errors } = parseTasksCsv(BAD_CSV, csvOptions);
    const keys = new Set(errors.map((e) => e.key));
    for (const key of ['importMustBe', 'importNotDate', 'importNotTime', 'importTimeNeedsDate', 'importNotOneOf', 'importNotSite', 'importNotDateTime', 'importNotId', 'importIdRepeated', 'importInvalid']) {
      expect(keys, key).toContain(key);
    }
    const chinese = said(errors);
    expect(chinese).toContain('status 的值“maybe”必须是以下之一：open / done。');
    expect(chinese).toContain('goal 的值“Golf”不在你的分类值中。');
  });

  it('a file that is no task CSV, no backup, or a backup of another version', () => {
    said(parseTasksCsv('name,date\nDana,2026-11-28\n', csvOptions).errors);
    said(parseBackup('{not json').errors);
    said(parseBackup('{"app":"other"}').errors);
    expect(said(parseBackup('{"app":"tasklane","version":99}').errors)).toHaveLength(1);
  });

  it('“…and N more problems” by the plural rules', () => {
    const many = Array.from({ length: 102 }, (_, i) => ({ row: i + 2, message: `Row ${i + 2}: x.`, key: 'importTimeNeedsDate' }));
    const capped = capErrors(many);
    const more = capped.at(-1)!;
    expect(more).toMatchObject({ key: 'importMoreProblems', count: 2 });
    said(capped);
    const one = capErrors(many.slice(0, 101)).at(-1)!;
    expect(en.tn(one.key!, one.count!, ...one.params!)).toBe('…and 1 more problem.');
    expect(en.tn(more.key!, more.count!, ...more.params!)).toBe('…and 2 more problems.');
  });

  it('references to categories and contacts a backup does not have', () => {
    // Tasks whose goal the store no longer has, a target and a template likewise.
    const plan = parseTasksCsv('title,goal\nCall Dana,Payment collection\n', csvOptions).plan;
    plan.targets.push({ dimension: 'goal', value: 'ghost' } as never);
    plan.templates.push({ id: 'tpl', goal: 'ghost', cycle: 'gone' } as never);
    const errors = checkReferences(plan, { categories: new Set(), contactIds: new Set() });
    expect(errors.map((e) => e.key)).toEqual(['importNoCategory', 'importNoCategory', 'importNoCategory', 'importNoCategory']);
    expect(said(errors)[0]).toBe('“Call Dana”：goal 的值“payment_collection”不是已有的分类值。');
  });
});
