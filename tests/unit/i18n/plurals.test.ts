// Counts in both languages go through the browser's plural rules: "1 task", never "1 tasks".
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pluralKey, translator, type Messages } from '@/lib/i18n';

const EN = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Messages;
const ZH = JSON.parse(readFileSync('public/_locales/zh_CN/messages.json', 'utf8')) as Messages;

/** A count placeholder followed by a countable English noun. */
const COUNTED = /\$(P\d|COUNT)\$ (?:\S+ )?(tasks|rows|days|weeks|problems|characters|keywords|items|people|records)\b/;
/** A plural form's own key (`k_one`…), not a message of its own. */
const FORM = /_(zero|one|two|few|many)$/;
/** Messages whose count is never 1 (their singular is a different message). */
const NEVER_ONE = new Set(['remindersArrived']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('plural forms', () => {
  it('every English count message has a singular form', () => {
    // Keys with an underscore too (importStep_check): only the forms themselves are left out.
    const counted = Object.keys(EN).filter((key) => !FORM.test(key) && COUNTED.test(EN[key]!.message) && !NEVER_ONE.has(key));
    expect(counted.length).toBeGreaterThan(10);
    expect(counted.filter((key) => !EN[`${key}_one`])).toEqual([]);
    // …and no singular form speaks of plurals.
    for (const key of counted) expect(EN[`${key}_one`]!.message, key).not.toMatch(/\b1 (tasks|rows|days|weeks|problems|characters|keywords)\b/);
  });

  it('chooses the form by the locale’s rules and writes the number the locale’s way', () => {
    const en = translator(EN, 'en');
    expect(en.tn('taskCount', 1, 1)).toBe('1 task');
    expect(en.tn('taskCount', 0, 0)).toBe('0 tasks');
    expect(en.tn('taskCount', 1234, 1234)).toBe('1,234 tasks');
    expect(en.tn('deleteTasksTitle', 1, 1)).toBe('Delete 1 task?');
    expect(en.tn('valueDeleted', 1, 'Retail', 1)).toBe('Deleted Retail; 1 task moved.');
    expect(en.tn('valueDeleted', 3, 'Retail', 3)).toBe('Deleted Retail; 3 tasks moved.');
    const zh = translator(ZH, 'zh-CN');
    expect(zh.tn('taskCount', 1, 1)).toBe('1 个任务');
    expect(zh.tn('taskCount', 1234, 1234)).toBe('1,234 个任务');
  });

  it('falls back to the general form where a locale has no other', () => {
    const has = (key: string) => key in EN;
    expect(pluralKey('taskCount', 1, 'en', has)).toBe('taskCount_one');
    expect(pluralKey('taskCount', 2, 'en', has)).toBe('taskCount');
    expect(pluralKey('taskCount', 1, 'zh-CN', has)).toBe('taskCount');
    expect(pluralKey('unused', 1, 'en', has)).toBe('unused');
  });

  it('no code shows a count message without its plural rule', () => {
    const plural = Object.keys(EN).filter((key) => key.endsWith('_one')).map((key) => key.slice(0, -4));
    const offenders: string[] = [];
    for (const file of ['components', 'entrypoints', 'lib'].flatMap(sourceFiles)) {
      const text = readFileSync(file, 'utf8');
      for (const key of plural) {
        if (new RegExp(`\\b(t|getMessage)\\(\\s*'${key}'`).test(text)) offenders.push(`${file}: ${key}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
