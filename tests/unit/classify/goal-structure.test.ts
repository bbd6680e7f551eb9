// The goal's structural layer: who the sender is to us and what they ask, combined with the
// keywords (brief K, issue 15). Each case names the cue that must decide, so a rule that stops
// firing, or fires for the wrong reason, fails here.
import { describe, expect, it } from 'vitest';
import { scanText } from '@/lib/classify/scan-text';
import { askOf, standingOf } from '@/lib/classify/signals/goal-structure';
import { reason, run } from './helpers';

const goal = (input: Parameters<typeof run>[0]) => reason(run(input), 'goal');

describe('who the sender is', () => {
  it('reads service history and more of what they have as an existing relationship', () => {
    expect(standingOf(scanText('', 'Thanks again for getting the sync issue fixed.'), null)).toMatchObject({ kind: 'existing', ownWords: true });
    expect(standingOf(scanText('', "We've had your tills in our cafés for two years."), null)?.cue).toBe("we've had your");
    expect(standingOf(scanText('', '我们用你们的打包机三年了'), null)?.kind).toBe('existing');
    expect(standingOf(scanText('', '师傅上周来装的热水器'), null)?.kind).toBe('existing');
  });

  it('reads an introduction or how they came to us as a first contact', () => {
    expect(standingOf(scanText('', 'Great to meet you at the packaging show in Hamburg.'), null)).toMatchObject({ kind: 'first', ownWords: true });
    expect(standingOf(scanText('', '是华南物流的周总让我联系您的'), null)?.kind).toBe('first');
    expect(standingOf(scanText('', '之前没合作过，想先拿200个'), null)?.kind).toBe('first');
  });

  it('lets the sender\'s own words of history beat an introduction, and words beat the record', () => {
    const both = scanText('', 'We met at the fair in 2019 and we have had your kilns ever since.');
    expect(standingOf(both, null)?.kind).toBe('existing');
    const lead = { kind: 'lead', detail: 'salesforce' } as const;
    expect(standingOf(scanText('', 'Thanks for fixing the login.'), lead)?.kind).toBe('existing');
    expect(standingOf(scanText('', 'Hello'), lead)).toEqual({ kind: 'first', cue: 'salesforce', ownWords: false });
  });

  it('reads nothing from no earlier tasks: customers from before the install have none', () => {
    expect(standingOf(scanText('', 'Hello'), null)).toBeNull();
  });
});

describe('what is asked', () => {
  it.each([
    ['What would a run of 20,000 cost us?', 'buy'],
    ['想问一下有没有1.5米宽的', 'buy'],
    ['The dishwasher stops halfway and shows E4. Could someone come by?', 'care'],
    ['Our bank shows the transfer as completed on Monday.', 'payment'],
    ['上个月那笔钱要到15号才能安排', 'payment'],
    ["I'm preparing a report on how dental clinics choose sterilisers.", 'research'],
    ['不涉及实际采购，能否提供一份参考报价？', 'research'],
  ])('%s → %s', (text, kind) => {
    expect(askOf(scanText('', text))?.kind).toBe(kind);
  });

  it('finds no ask in a greeting', () => {
    expect(askOf(scanText('Hello', 'Hope you had a good weekend.'))).toBeNull();
  });
});

describe('goal from the sender and the ask', () => {
  it('makes a quote from an existing customer an upsell, even a quote in the subject', () => {
    expect(goal({ subject: 'Quote for six more seats', text: 'Thanks again for getting the sync issue fixed last week. Could you send a quote?' }))
      .toMatchObject({ value: 'existing_customer', code: 'existing-relationship' });
    expect(goal({ subject: '再加10个账号的报价', text: '上次系统卡顿的问题你们处理得很及时。麻烦按现在的价格报个价。' })?.value).toBe('existing_customer');
    // A renewal is of what they have with us: a revised quote before signing it is an upsell.
    expect(goal({ subject: 'Q3 renewal: revised quote for 40 seats', text: 'Before we sign the renewal, could you send a revised quote for 40 seats (up from 32)?' })?.value).toBe('existing_customer');
    expect(goal({ subject: '续约报价', text: '明年续约前，麻烦发一份新的报价，我们想加到50个账号。' })?.value).toBe('existing_customer');
  });

  it('makes a first contact asking a price for "support" a lead', () => {
    const text = 'A colleague recommended your team. Our IT provider is closing; could you take over our laptops?';
    expect(goal({ subject: 'Support for 30 remote staff', text })).toEqual({ dimension: 'goal', value: 'new_customer', code: 'first-contact', detail: 'recommended your” over “support' });
  });

  it('does not let no earlier tasks outweigh a keyword', () => {
    const text = 'Our licence renewal is due. Could you send the price for another year?';
    expect(goal({ text, history: { openTasks: 0, totalTasks: 0 } })).toMatchObject({ value: 'existing_customer', code: 'keyword' });
  });

  it('gives an email with no keyword the goal its ask supports, with the cue as the reason', () => {
    expect(goal({ text: 'Great to meet you at the show. What would 500 trays cost us?' })).toMatchObject({ value: 'new_customer', code: 'first-contact' });
    expect(goal({ text: 'Do you make it in a round shape, about 2 m across?' })).toMatchObject({ value: 'new_customer', code: 'asked-for' });
    expect(goal({ text: 'Our bank shows the transfer as completed. Has it reached you?' })).toMatchObject({ value: 'payment_collection', code: 'asked-for' });
    expect(goal({ text: '师傅上周来装的热水器，现在水温忽高忽低，能再派人来看看吗？' })).toMatchObject({ value: 'existing_customer', code: 'existing-relationship' });
    expect(goal({ text: '热水器水温忽高忽低，能派人来看看吗？' })).toMatchObject({ value: 'existing_customer', code: 'asked-for' });
  });

  it('makes a distributor who introduces themselves new business, one who does not account care', () => {
    const intro = '我们是成都蓉通科技，在西南地区做安防产品分销十多年，对贵司的门禁系统很感兴趣，希望探讨渠道合作。';
    // Its proposal (希望探讨渠道合作) is the reason now: a distributor asking to start distributing (brief Q).
    expect(goal({ subject: '渠道合作', text: intro })).toMatchObject({ value: 'new_customer', code: 'reseller-onboarding' });
    expect(goal({ text: 'We distribute lab equipment in the Nordics. Would you be open to a call?' })?.value).toBe('new_customer');
    expect(goal({ text: '这个月的分销数据见附件。' })).toMatchObject({ value: 'existing_customer', code: 'existing-relationship' });
  });

  it('makes someone studying the market research, whatever price word they use', () => {
    expect(goal({ subject: '能否提供一份参考报价', text: '我们是一家市场研究公司，不涉及实际采购。' })).toMatchObject({ value: 'market_research', code: 'asked-for' });
  });

  it('keeps payment keywords and a customer\'s fault report over the structure', () => {
    expect(goal({ text: 'Thanks for fixing the login bug. The invoice for November is attached.' })?.value).toBe('payment_collection');
    expect(goal({ subject: 'Some feedback', text: 'The dishwasher you installed stops halfway through. Could someone come by?' })?.value).toBe('existing_customer');
    expect(goal({ subject: 'Feedback survey', text: 'Could you fill in our short survey?' })?.value).toBe('market_research');
  });

  it('makes money owed to us collection whoever asks, a customer record included', () => {
    const url = 'https://acme.lightning.force.com/lightning/r/Contact/003XX/view';
    expect(goal({ site: 'salesforce', url, text: 'Notes: says they still owe us for October, cheque next week.' })?.value).toBe('payment_collection');
    expect(goal({ site: 'salesforce', url, text: 'Notes: asked about the amount of space the unit needs.' })?.value).toBe('existing_customer');
  });

  it('leaves the goal unset when nothing supports any', () => {
    expect(goal({ subject: 'Hello', text: 'Hope you had a good weekend.' })).toBeUndefined();
    expect(goal({ subject: 'Our marketing newsletter' })).toBeUndefined();
  });
});
