// Every string the UI can show exists in both languages with the same placeholders, and every
// key a background error names is one of them: a Chinese rep never reads an English fallback.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Messages } from '@/lib/i18n';
import { FIELD_NAME_KEYS, ISSUE_REASONS, OTHER_FIELD_KEY } from '@/lib/model/field-issue';

const EN = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Messages;
const ZH = JSON.parse(readFileSync('public/_locales/zh_CN/messages.json', 'utf8')) as Messages;

/** Placeholders a message uses ($NAME$), in a stable order. */
const used = (message: string) => [...new Set(message.match(/\$[A-Za-z0-9_]+\$/g) ?? [])].map((p) => p.toLowerCase()).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('locales', () => {
  it('zh_CN has every English key but the English-only singular forms, and nothing else', () => {
    const missing = Object.keys(EN).filter((key) => !key.endsWith('_one') && !(key in ZH));
    expect(missing).toEqual([]);
    expect(Object.keys(ZH).filter((key) => !(key in EN))).toEqual([]);
  });

  it('a key’s messages use the same placeholders in both languages', () => {
    const differ = Object.keys(ZH).filter((key) => used(ZH[key]!.message).join() !== used(EN[key]!.message).join());
    expect(differ).toEqual([]);
    for (const [name, messages] of [['en', EN], ['zh_CN', ZH]] as const) {
      const undefinedPlaceholders = Object.entries(messages).filter(([, m]) =>
        used(m.message).some((p) => !m.placeholders?.[p.slice(1, -1)]));
      expect(undefinedPlaceholders.map(([key]) => `${name}: ${key}`)).toEqual([]);
    }
  });

  it('every key an error names in the code is in both locales', () => {
    const keys = new Set<string>();
    for (const file of ['lib', 'components', 'entrypoints'].flatMap(sourceFiles)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bkey: '(error\w+)'/g)) keys.add(match[1]!);
      // Keys made from a kind (`errorSync_${kind}`): every kind of that error's type.
      for (const match of text.matchAll(/\bkey: `(error\w+_)\$\{/g)) keys.add(`${match[1]!}*`);
    }
    expect(keys.size).toBeGreaterThan(15);
    const kinds: Record<string, string[]> = {
      'errorSync_*': ['offline', 'auth', 'permission', 'not_found', 'server', 'bad_answer', 'setup'],
      'errorCrm_*': ['auth', 'rate', 'server', 'offline', 'gone', 'rejected', 'permission'],
    };
    const all = [...keys].flatMap((key) => (key.endsWith('*') ? (kinds[key] ?? ['?']).map((k) => key.replace('*', k)) : [key]));
    expect(all.filter((key) => !EN[key] || !ZH[key])).toEqual([]);
  });

  it('every field problem and field name an import or a sync can say is in both locales', () => {
    const keys = [...ISSUE_REASONS.map((reason) => `issue_${reason}`), ...Object.values(FIELD_NAME_KEYS), OTHER_FIELD_KEY];
    expect(keys.filter((key) => !EN[key] || !ZH[key])).toEqual([]);
  });
});
