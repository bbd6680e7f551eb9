// Which company an address stands for (never a free-mail provider), and how remembered choices
// sit on a fresh suggestion.
import { describe, expect, it } from 'vitest';
import { applyChoices, companyDomain } from '@/lib/background/remembered';
import type { PageSuggestion } from '@/lib/messages';

const noOverrides = { freeMailDomains: [], companyMailDomains: [] };

describe('companyDomain', () => {
  it('is the registrable domain of a company address, subdomains included', () => {
    expect(companyDomain('lee@sales.northwind.example', noOverrides)).toBe('northwind.example');
    expect(companyDomain('wang@huaxin.com.cn', noOverrides)).toBe('huaxin.com.cn');
  });

  it('is null for free mail (gmail.com, qq.com, 163.com, outlook.com) and for no address', () => {
    for (const email of ['amy@gmail.com', 'wang@qq.com', 'li@163.com', 'kim@outlook.com']) expect(companyDomain(email, noOverrides)).toBeNull();
    expect(companyDomain(undefined, noOverrides)).toBeNull();
  });

  it('follows the rep\'s free-mail corrections', () => {
    expect(companyDomain('a@localmail.example', { freeMailDomains: ['localmail.example'], companyMailDomains: [] })).toBeNull();
    expect(companyDomain('a@163.com', { freeMailDomains: [], companyMailDomains: ['163.com'] })).toBe('163.com');
  });
});

describe('applyChoices', () => {
  const fresh: PageSuggestion = {
    categories: { goal: 'new_customer', cycle: 'daily', customer: 'b2b' },
    due: { date: '2026-12-01' },
    title: 'Follow up',
    reasons: [
      { dimension: 'goal', value: 'new_customer', code: 'keyword', detail: 'quote' },
      { dimension: 'customer', value: 'b2b', code: 'company-domain', detail: 'northwind.example' },
    ],
  };

  it('takes the person\'s choice over the company\'s, and leaves other dimensions alone', () => {
    const out = applyChoices(fresh, { contact: { goal: 'market_research' }, domain: { goal: 'payment_collection', channel: 'online' } }, 'en');
    expect(out.categories).toEqual({ goal: 'market_research', cycle: 'daily', customer: 'b2b', channel: 'online' });
    expect(out.reasons).toEqual([
      fresh.reasons[1],
      { dimension: 'goal', value: 'market_research', code: 'earlier-choice', detail: 'your earlier choice for this person' },
      { dimension: 'channel', value: 'online', code: 'earlier-choice', detail: 'your earlier choice for this company' },
    ]);
  });

  it('skips a remembered value the rep has since archived, falling back to the company\'s', () => {
    const active = (dimension: string, id: string) => !(dimension === 'goal' && id === 'market_research');
    const out = applyChoices(fresh, { contact: { goal: 'market_research' }, domain: { goal: 'payment_collection' } }, 'zh-CN', active);
    expect(out.categories.goal).toBe('payment_collection');
    expect(out.reasons.find((r) => r.dimension === 'goal')?.detail).toBe('你之前为这家公司的选择');
    expect(applyChoices(fresh, { contact: { goal: 'market_research' } }, 'en', active)).toEqual(fresh);
  });
});
