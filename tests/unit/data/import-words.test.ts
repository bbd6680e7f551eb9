// An import's refusal reads in the rep's language: every error a bad CSV or backup produces
// names a UI string both locales have, with as many substitutions as the string has places.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '@/lib/data/backup';
import { parseTasksCsv } from '@/lib/data/csv-import';
import { capErrors, checkReferences } from '@/lib/data/plan';
import { fieldIssueText } from '@/components/field-issue-text';
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

/** Rows only the task schema refuses (lengths, web addresses, follow-up people). */
const SCHEMA_CSV = [
  'title,notes,source_url,follow_up,follow_up_people',
  `${'x'.repeat(201)},,,,`,
  'Link,,ftp://example.com/file,,',
  'People,,,waiting,not-an-address',
  `Notes,${'n'.repeat(5001)},,,`,
].join('\n');

const texts = (params: ImportError['params'], tr: typeof zh) => (params ?? []).map((p) => (typeof p === 'string' ? p : tr.t(p.key)));

/** Each error said in both languages, checked to be whole. */
function said(errors: ImportError[]): string[] {
  return errors.map((error) => {
    expect(error.key, error.message).toBeDefined();
    const key = error.key!;
    expect(EN[key], key).toBeDefined();
    expect(ZH[key], key).toBeDefined();
    // A list's or a field's name comes as its key, a field's problem is said in the string's
    // last place (components/options/data/import-errors.ts).
    const paramsIn = (tr: typeof zh) => [...texts(error.params, tr), ...(error.issue ? [fieldIssueText(error.issue, tr.t)] : [])];
    for (const param of error.params ?? []) if (typeof param !== 'string') expect(ZH[param.key] && EN[param.key], param.key).toBeTruthy();
    const places = new Set(EN[key]!.message.match(/\$[A-Z0-9_]+\$/g) ?? []);
    expect(paramsIn(zh).length, key).toBe(places.size);
    const speak = (tr: typeof zh) => (error.count === undefined ? tr.t(key, ...paramsIn(tr)) : tr.tn(key, error.count, ...paramsIn(tr)));
    const chinese = speak(zh);
    expect(chinese, key).not.toMatch(/\$[A-Z0-9_]+\$/);
    // valibot's English ("Invalid type: Expected string but received …") never reaches the rep.
    expect(chinese, key).not.toMatch(/Invalid|Expected|received/);
    expect(speak(en), key).not.toMatch(/\$[A-Z0-9_]+\$/);
    return chinese;
  });
}

describe('import errors in the rep’s language', () => {
  it('a CSV’s bad rows, each kind', () => {
    const { errors } = parseTasksCsv(BAD_CSV, csvOptions);
    const keys = new Set(errors.map((e) => e.key));
    for (const key of ['importMustBe', 'importNotDate', 'importNotTime', 'importTimeNeedsDate', 'importNotOneOf', 'importNotSite', 'importNotDateTime', 'importNotId', 'importIdRepeated', 'importRowIssue']) {
      expect(keys, key).toContain(key);
    }
    const chinese = said(errors);
    expect(chinese).toContain('status 的值“maybe”必须是以下之一：open / done。');
    expect(chinese).toContain('goal 的值“Golf”不在你的分类值中。');
  });

  it('a row the task schema refuses names the field and the problem in the rep’s words', () => {
    const { errors } = parseTasksCsv(SCHEMA_CSV, csvOptions);
    expect(errors.map((e) => e.row)).toEqual([2, 3, 4, 5]);
    const chinese = said(errors);
    expect(chinese).toEqual([
      '标题超过 200 个字符。',
      '来源链接不是网址（http 或 https）。',
      '跟进对象不是电子邮件地址。',
      '备注超过 5,000 个字符。',
    ]);
    const contact = parseTasksCsv('title,contact_email\nCall,not an address\n', csvOptions).errors;
    expect(said(contact)).toEqual(['联系人邮箱不是电子邮件地址。']);
    expect(errors[0]!.message).toMatch(/title/); // the English detail stays for the log
  });

  it('a backup’s bad records and settings, each field by name', () => {
    const task = { id: ID, title: 42, notes: '', priority: 'normal', categories: { goal: 'Not An Id' }, status: 'open', createdAt: 1, updatedAt: 1 };
    const backup = JSON.stringify({
      app: 'tasklane',
      version: 1,
      tasks: [task, { ...task, title: 'ok' }, { ...task, id: crypto.randomUUID(), title: 'ok', categories: {}, priority: 'urgent' }],
      contacts: [{ id: crypto.randomUUID(), name: 'Dana', company: '', email: 'nope', firstSeen: 1, lastSeen: 1 }],
      settings: { theme: 'purple' },
    });
    const chinese = said(parseBackup(backup).errors);
    expect(chinese).toEqual([
      '任务列表中的第 1 项：标题的值类型不对',
      '任务列表中的第 2 项：目标类型不是已有的分类值',
      '任务列表中的第 3 项：优先级的值不是 Tasklane 认识的选项',
      '联系人列表中的第 1 项：联系人邮箱不是电子邮件地址',
      '设置：某个字段的值不是 Tasklane 认识的选项。',
    ]);
  });

  it('a row the CSV reader cannot read, said without the reader’s English', () => {
    const { errors } = parseTasksCsv('title,notes\nOne,two,three\nFour\nFive,"unclosed\n', csvOptions);
    expect(said(errors)).toEqual([
      '该行有 3 个单元格，而第一行列出了 2 列。',
      '该行有 1 个单元格，而第一行列出了 2 列。',
      '无法读取该行：有带引号的单元格没有闭合，或引号出现在不该出现的位置。',
    ]);
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
    expect(en.tn(one.key!, one.count!, ...texts(one.params, en))).toBe('…and 1 more problem.');
    expect(en.tn(more.key!, more.count!, ...texts(more.params, en))).toBe('…and 2 more problems.');
  });

  it('references to categories and contacts a backup does not have', () => {
    // Tasks whose goal the store no longer has, a target and a template likewise.
    const plan = parseTasksCsv('title,goal\nCall Dana,Payment collection\n', csvOptions).plan;
    plan.targets.push({ dimension: 'goal', value: 'ghost' } as never);
    plan.templates.push({ id: 'tpl', goal: 'ghost', cycle: 'gone' } as never);
    const errors = checkReferences(plan, { categories: new Set(), contactIds: new Set() });
    expect(errors.map((e) => e.key)).toEqual(['importNoCategory', 'importNoCategory', 'importNoCategory', 'importNoCategory']);
    expect(said(errors)[0]).toBe('“Call Dana”：目标类型的值“payment_collection”不是已有的分类值。');
  });
});
