import { describe, expect, it } from 'vitest';
import { buildTitle, MAX_TITLE_CHARS, stripReplyPrefixes } from '@/lib/classify';
import { reason, run } from './helpers';

describe('title', () => {
  it('follows up on the subject, without reply and forward prefixes', () => {
    expect(buildTitle({ subject: 'Re: Fwd: RE: Pricing for Q3' })).toBe('Follow up: Pricing for Q3');
    expect(buildTitle({ subject: '回复：转发: 关于报价' }, 'zh-CN')).toBe('跟进：关于报价');
    expect(buildTitle({ subject: 'AW: WG: Angebot' })).toBe('Follow up: Angebot');
    expect(buildTitle({ subject: 'Re[2]: Demo' })).toBe('Follow up: Demo');
    expect(stripReplyPrefixes('Return policy')).toBe('Return policy');
  });

  it('falls back to the name, the address, the company, then a bare verb', () => {
    expect(buildTitle({ subject: '  Re:  ', name: 'Anna Li' })).toBe('Follow up with Anna Li');
    expect(buildTitle({ email: 'a@acme.com' })).toBe('Follow up with a@acme.com');
    expect(buildTitle({ name: '张伟' }, 'zh-CN')).toBe('跟进：张伟');
    expect(buildTitle({ company: 'Acme' })).toBe('Follow up with Acme');
    expect(buildTitle({})).toBe('Follow up');
    expect(buildTitle({}, 'zh-CN')).toBe('跟进');
  });

  it('collapses whitespace and drops control and bidi characters', () => {
    expect(buildTitle({ subject: 'Quote\n\n\tfor   \u202eAcme\u0000 ' })).toBe('Follow up: Quote for Acme');
  });

  it('keeps HTML as plain text (rendering escapes it)', () => {
    expect(buildTitle({ subject: '<img src=x onerror=alert(1)>' })).toBe('Follow up: <img src=x onerror=alert(1)>');
  });

  it('caps the title at 200 characters without splitting an emoji', () => {
    const t = buildTitle({ subject: '😀'.repeat(500) });
    expect(Array.from(t)).toHaveLength(MAX_TITLE_CHARS);
    expect(t.endsWith('…')).toBe(true);
    expect(t).not.toMatch(/[\ud800-\udbff]…$/);
  });

  it('suggest() uses the locale for the title', () => {
    expect(run({ subject: 'Fwd: 续约', locale: 'zh-CN' }).title).toBe('跟进：续约');
    expect(run({ contact: { name: 'Anna' } }).title).toBe('Follow up with Anna');
  });
});

describe('cycle', () => {
  it.each([
    ['Q3 sales target', 'target'],
    ['Product launch checklist', 'launch'],
    ['Annual campaign plan', 'campaign'],
    ['本季度销售目标', '季度销售'],
    ['Quarterly review prep', 'quarterly review'],
    ['新品发布会', '发布'],
    ['年度合同', '年度'],
  ])('%s → phased', (subject, word) => {
    const s = run({ subject });
    expect(s.categories.cycle).toBe('phased');
    expect(reason(s, 'cycle')).toEqual({ dimension: 'cycle', value: 'phased', code: 'milestone-word', detail: word });
  });

  it('is daily otherwise', () => {
    const s = run({ subject: 'Quick question', text: 'Can you call me back?' });
    expect(s.categories.cycle).toBe('daily');
    expect(reason(s, 'cycle')?.code).toBe('default');
  });

  it('does not take a quarter alone for a milestone: a deadline or a routine order', () => {
    for (const subject of ['Quarterly reorder - filter cartridges', '二季度前请报价', '第二季度新开两家门店', 'Analytics add-on for campaign attribution']) {
      expect(run({ subject }).categories.cycle, subject).toBe('daily');
    }
  });

  it('reads milestone words in the body too', () => {
    expect(run({ text: 'This is for the quarterly review.' }).categories.cycle).toBe('phased');
  });
});
