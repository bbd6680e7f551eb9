import { describe, expect, it } from 'vitest';
import { subjectKey } from '@/lib/follow-up/subject-key';

describe('subjectKey', () => {
  it('strips reply and forward prefixes in English and German', () => {
    expect(subjectKey('Re: Pricing for Q1')).toBe('pricing for q1');
    expect(subjectKey('RE: Pricing for Q1')).toBe('pricing for q1');
    expect(subjectKey('Fwd: Pricing for Q1')).toBe('pricing for q1');
    expect(subjectKey('FW: Pricing for Q1')).toBe('pricing for q1');
    expect(subjectKey('AW: Angebot')).toBe('angebot');
    expect(subjectKey('WG: Angebot')).toBe('angebot');
  });

  it('strips stacked prefixes and counters', () => {
    expect(subjectKey('RE: Fwd: re: Pricing')).toBe('pricing');
    expect(subjectKey('Re[2]: Pricing')).toBe('pricing');
    expect(subjectKey('RE(3): Pricing')).toBe('pricing');
  });

  it('strips Chinese prefixes with half- and full-width colons', () => {
    expect(subjectKey('回复: 报价单')).toBe('报价单');
    expect(subjectKey('回复：报价单')).toBe('报价单');
    expect(subjectKey('答复：转发：报价单')).toBe('报价单');
    expect(subjectKey('转发: Re: 报价单')).toBe('报价单');
  });

  it('trims, lower-cases and collapses spaces', () => {
    expect(subjectKey('  Pricing   for\tQ1  ')).toBe('pricing for q1');
    expect(subjectKey('Re:   PRICING  for Q1')).toBe('pricing for q1');
  });

  it('keeps words that only start like a prefix', () => {
    expect(subjectKey('Review: contract')).toBe('review: contract');
    expect(subjectKey('Fwdx: contract')).toBe('fwdx: contract');
    expect(subjectKey('Renewal')).toBe('renewal');
  });

  it('gives the same key for a subject and its replies, and empty for nothing', () => {
    expect(subjectKey('Re: Renewal terms')).toBe(subjectKey('Renewal terms'));
    expect(subjectKey('Re:')).toBe('');
    expect(subjectKey(null)).toBe('');
    expect(subjectKey(undefined)).toBe('');
  });
});
