// Reasons as they cross to a page: validated and bounded in the background, worded in the UI's
// language in the panel (every code's message in en and zh_CN), page text kept as text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REASON_MESSAGES, reasonFor, reasonText } from '@/components/reason-text';
import { MAX_REASONS, MAX_REASON_DETAIL, boundReasons } from '@/lib/messages/suggestion';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const locales = Object.fromEntries(
  ['en', 'zh_CN'].map((l) => [l, JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8')) as Messages]),
);

/** chrome.i18n.getMessage's substitution, enough for these messages. */
const translate = (messages: Messages) => (key: string, sub: string) => {
  const entry = messages[key];
  if (!entry) return '';
  return entry.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => (entry.placeholders?.[name.toLowerCase()]?.content === '$1' ? sub : ''));
};

describe('boundReasons', () => {
  it('keeps well-formed reasons and cuts long evidence', () => {
    const reasons = boundReasons([
      { dimension: 'goal', value: 'new_customer', code: 'keyword', detail: '  quote\n request ' },
      { dimension: 'due', value: '2026-12-04', detail: 'x'.repeat(5_000) },
    ]);
    expect(reasons[0]).toEqual({ dimension: 'goal', value: 'new_customer', code: 'keyword', detail: 'quote request' });
    expect(reasons[1]!.detail).toHaveLength(MAX_REASON_DETAIL);
    expect(reasons[1]!.code).toBeUndefined();
  });

  it('drops what is malformed and never returns more than the cap', () => {
    const junk = [null, 'text', { dimension: 'mood', value: 'x', detail: '' }, { dimension: 'goal', value: 1, detail: '' }, { dimension: 'goal', value: 'x', detail: 'y', code: '<b>' }];
    expect(boundReasons(junk)).toEqual([]);
    expect(boundReasons('nope')).toEqual([]);
    const many = Array.from({ length: 100 }, () => ({ dimension: 'cycle', value: 'daily', detail: 'd' }));
    expect(boundReasons(many)).toHaveLength(MAX_REASONS);
  });
});

describe('reasonText', () => {
  it('has every code\'s message in English and Chinese, with the evidence where it has a place', () => {
    for (const [locale, messages] of Object.entries(locales)) {
      for (const key of Object.values(REASON_MESSAGES)) {
        expect(messages[key]?.message, `${key} in ${locale}`).toBeTruthy();
        expect(Object.keys(messages[key]!.placeholders ?? {}), `${key} placeholders in ${locale}`).toEqual(Object.keys(locales.en![key]!.placeholders ?? {}));
      }
    }
  });

  it('words a reason in the UI\'s language, with the page\'s evidence as plain text', () => {
    const keyword = { code: 'keyword', detail: 'quote' };
    expect(reasonText(keyword, translate(locales.en!))).toBe('“quote” in the email');
    expect(reasonText(keyword, translate(locales.zh_CN!))).toBe('邮件中有“quote”');
    expect(reasonText({ code: 'signature-company', detail: 'Acme Ltd' }, translate(locales.en!))).toBe('Acme Ltd in the signature');
    expect(reasonText({ code: 'deadline-passed', detail: '12月1日前（2026-12-01，已过）' }, translate(locales.zh_CN!))).toBe('12月1日前（2026-12-01，已过）：改为今天');
    expect(reasonText({ code: 'earlier-choice', detail: 'your earlier choice for this company' }, translate(locales.zh_CN!))).toBe('你之前的选择');
    const hostile = { code: 'keyword', detail: '<img src=x onerror=alert(1)>' };
    expect(reasonText(hostile, translate(locales.en!))).toBe('“<img src=x onerror=alert(1)>” in the email');
  });

  it('shows the evidence itself for a code it does not know, or a message a locale lacks', () => {
    expect(reasonText({ code: 'signature-rule-9', detail: 'Acme Ltd in the signature' }, translate(locales.en!))).toBe('Acme Ltd in the signature');
    expect(reasonText({ detail: 'quote request in subject' }, translate(locales.en!))).toBe('quote request in subject');
    expect(reasonText({ code: 'keyword', detail: 'invoice' }, () => '')).toBe('invoice');
  });

  it('shows beside a field only the reason for the value it holds', () => {
    const reasons = [
      { dimension: 'goal' as const, value: 'new_customer', detail: 'quote', code: 'keyword' },
      { dimension: 'due' as const, value: '2026-12-04', detail: 'by Friday', code: 'date-in-text' },
    ];
    expect(reasonFor(reasons, 'goal', 'new_customer')?.detail).toBe('quote');
    expect(reasonFor(reasons, 'goal', 'existing_customer')).toBeUndefined();
    expect(reasonFor(reasons, 'goal', undefined)).toBeUndefined();
    expect(reasonFor(reasons, 'due', '2026-12-04')?.detail).toBe('by Friday');
  });
});
