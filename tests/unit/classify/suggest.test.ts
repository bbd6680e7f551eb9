import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { suggest } from '@/lib/classify';
import type { ClassifyInput } from '@/lib/classify';
import { isValidLocalDate, isValidLocalTime } from '@/lib/dates/local-date';
import { ZONE, reason, run } from './helpers';

const ENGLISH_THREAD = `Hi Sam,

Thanks for the call on Monday. Our finance team noticed invoice INV-2291 is still unpaid.
Could you confirm the payment by Friday?

Best,
Anna Li | Accounts Receivable | Acme Corp

On Mon, Feb 2, 2026 at 9:14 AM Sam <sam@seller.com> wrote:
> Let's schedule a demo for 2026-02-10 and discuss the quarterly targets.`;

const CHINESE_EMAIL = `王经理您好：

感谢贵司上周的支持。我们对贵司的产品很有合作意向，想申请一个月的试用，
并请在下周二前发送正式报价。

此致
张伟 | 采购部`;

describe('suggest — whole emails', () => {
  it('an English payment reminder in Gmail', () => {
    const s = run({
      contact: { name: 'Anna Li', email: 'anna.li@acme-corp.com', company: 'Acme Corp' },
      subject: 'RE: Invoice INV-2291',
      text: ENGLISH_THREAD,
      site: 'gmail',
      url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQ',
    });
    expect(s.categories).toEqual({ goal: 'payment_collection', cycle: 'daily', customer: 'b2b', channel: 'direct' });
    expect(s.due).toEqual({ date: '2026-03-06' });
    expect(s.title).toBe('Follow up: Invoice INV-2291');
    expect(reason(s, 'due')).toEqual({ dimension: 'due', value: '2026-03-06', code: 'date-in-text', detail: 'by Friday' });
    // One reason per decided dimension, plus the due date.
    expect(s.reasons.map((r) => r.dimension).sort()).toEqual(['channel', 'customer', 'cycle', 'due', 'goal']);
  });

  it('reads dates and milestone words only in the newest message, the goal in the whole thread', () => {
    const text = 'Sure, attached.\n\nOn Tue, Mar 3, 2026 at 9:14 AM Sam <sam@seller.com> wrote:\n> Please send the invoice for the Q3 launch by 2026-04-10.';
    const s = run({ subject: 'Re: documents', text });
    expect(reason(s, 'due')?.code).toBe('default-offset');
    expect(s.categories.cycle).toBe('daily');
    expect(s.categories.goal).toBe('payment_collection');
    const outlook = 'OK\n\n-----Original Message-----\nFrom: Sam\nNext Tuesday works.';
    expect(reason(run({ text: outlook }), 'due')?.code).toBe('default-offset');
    const chinese = '好的\n\n在2026年3月3日，张伟写道：\n> 下周二前发报价';
    expect(reason(run({ text: chinese }), 'due')?.code).toBe('default-offset');
    expect(reason(run({ text: 'ok\n> by Friday please' }), 'due')?.code).toBe('default-offset');
  });

  it('a Chinese inquiry from a free-mail address, zh-CN UI', () => {
    const s = run({
      contact: { name: '张伟', email: 'zhangwei@vip.163.com' },
      subject: '回复：关于产品试用',
      text: CHINESE_EMAIL,
      site: 'outlook',
      locale: 'zh-CN',
    });
    // A consumer on free mail with no word about a shop or a reseller: no reason for a channel.
    expect(s.categories).toEqual({ goal: 'new_customer', cycle: 'daily', customer: 'b2c' });
    expect(s.due).toEqual({ date: '2026-03-10' });
    expect(reason(s, 'due')?.detail).toBe('请在下周二前');
    expect(s.title).toBe('跟进：关于产品试用');
  });

  it('a Chinese payment reminder with a month-end deadline', () => {
    const s = run({ contact: { email: 'cw@huaxin-tech.cn' }, subject: '三月对账', text: '请于月底前完成回款，谢谢。', locale: 'zh-CN' });
    expect(s.categories.goal).toBe('payment_collection');
    expect(s.categories.customer).toBe('b2b');
    expect(s.due).toEqual({ date: '2026-03-31' });
  });

  it('keeps a time named in the text', () => {
    expect(run({ text: 'Can we talk tomorrow at 3pm?' }).due).toEqual({ date: '2026-03-05', time: '15:00' });
  });

  it('a reseller writing about a campaign', () => {
    const s = run(
      { contact: { email: 'lee@asia.partnerco.com' }, subject: 'Q2 campaign for distributors', site: 'gmail' },
      { resellerDomains: ['partnerco.com'] },
    );
    expect(s.categories.channel).toBe('distribution');
    expect(s.categories.cycle).toBe('phased');
  });

  it('a CRM record without text', () => {
    const s = run({ contact: { name: 'Carol Diaz', email: 'carol@globex.com' }, site: 'salesforce', url: 'https://globex.lightning.force.com/lightning/r/Contact/003/view' });
    expect(s.categories).toEqual({ goal: 'existing_customer', cycle: 'daily', customer: 'b2b', channel: 'direct' });
    expect(s.title).toBe('Follow up with Carol Diaz');
  });
});

describe('suggest — default due date', () => {
  it('is the next business day in the user\'s zone', () => {
    expect(run({}).due).toEqual({ date: '2026-03-05' }); // Wed → Thu
    // Friday evening in LA is already Saturday in Shanghai: each zone gets its own next business day.
    const fridayEveningLA = new Date('2026-03-07T03:00:00Z');
    expect(suggest({ contact: null, now: fridayEveningLA, timeZone: 'America/Los_Angeles' }).due.date).toBe('2026-03-09');
    expect(suggest({ contact: null, now: fridayEveningLA, timeZone: ZONE }).due.date).toBe('2026-03-09');
    const thursdayEveningLA = new Date('2026-03-06T03:00:00Z');
    expect(suggest({ contact: null, now: thursdayEveningLA, timeZone: 'America/Los_Angeles' }).due.date).toBe('2026-03-06');
    expect(suggest({ contact: null, now: thursdayEveningLA, timeZone: ZONE }).due.date).toBe('2026-03-09');
  });

  it('has a reason that names the setting, in the UI language', () => {
    expect(reason(run({}), 'due')).toEqual({ dimension: 'due', value: '2026-03-05', code: 'default-offset', detail: 'next business day (default due date setting)' });
    expect(reason(run({ locale: 'zh-CN' }, { defaultDueOffsetDays: 3 }), 'due')?.detail).toBe('3 个工作日后（默认期限设置）');
  });

  it('counts the rep\'s offset in business days; 0 is today', () => {
    expect(run({}, { defaultDueOffsetDays: 0 }).due).toEqual({ date: '2026-03-04' });
    expect(run({}, { defaultDueOffsetDays: 3 }).due).toEqual({ date: '2026-03-09' }); // Wed → Thu, Fri, Mon
    expect(run({}, { defaultDueOffsetDays: 10 }).due).toEqual({ date: '2026-03-18' });
    // An offset the settings schema would refuse falls back to the shipped default.
    expect(run({}, { defaultDueOffsetDays: -2 }).due).toEqual({ date: '2026-03-05' });
  });
});

describe('suggest — hostile input', () => {
  it('handles huge text (only the first 20k characters are read)', () => {
    const huge = 'invoice '.repeat(10) + 'x'.repeat(3_000_000) + ' demo demo demo demo demo demo';
    const s = run({ subject: 'Re: '.repeat(10_000) + 'A'.repeat(100_000), text: huge });
    expect(s.categories.goal).toBe('payment_collection');
    expect(Array.from(s.title).length).toBeLessThanOrEqual(200);
  });

  it('treats markup and script as text', () => {
    const s = run({
      contact: { name: '<script>alert(1)</script>', email: '"><img src=x onerror=alert(1)>@evil.com' },
      subject: '<b onmouseover=alert(1)>Invoice</b>',
      text: '<iframe src=javascript:alert(1)>'.repeat(5_000),
    });
    expect(s.title).toBe('Follow up: <b onmouseover=alert(1)>Invoice</b>');
    expect(isValidLocalDate(s.due.date)).toBe(true);
  });

  it('survives wrong types from a forged message', () => {
    const forged = {
      contact: { name: 42, email: ['a@b.com'], company: { x: 1 } },
      subject: 123,
      text: null,
      site: 'not-a-site',
      url: { href: 'x' },
      history: { openTasks: 'many', totalTasks: Number.NaN },
      now: new Date(Number.NaN),
      locale: 'fr',
      timeZone: 'Not/AZone',
    } as unknown as ClassifyInput;
    const s = suggest(forged, { keywords: { new_customer: 'quote' } as never, resellerDomains: 'x' as never });
    expect(s.title).toBe('Follow up');
    expect(isValidLocalDate(s.due.date)).toBe(true);
    expect(() => suggest(null as unknown as ClassifyInput)).not.toThrow();
    expect(() => suggest(undefined as unknown as ClassifyInput, null as never)).not.toThrow();
  });

  it('survives pathological date-like and regex-hostile text', () => {
    const texts = ['1/'.repeat(20_000), 'Monday '.repeat(5_000), '下周二'.repeat(5_000), '\uD800'.repeat(30_000), 'past '.repeat(4_000) + ' '.repeat(10_000)];
    for (const text of texts) {
      const s = run({ subject: text.slice(0, 500), text });
      expect(isValidLocalDate(s.due.date)).toBe(true);
    }
  });
});

describe('suggest — properties', () => {
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const textish = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constantFrom('by Friday', '月底前', 'Re: invoice', '下周二', 'in 3 days'));
  const input = fc.record({
    contact: fc.option(
      fc.record({ name: maybe(fc.option(textish, { nil: null })), email: maybe(fc.option(fc.oneof(fc.emailAddress(), textish), { nil: null })), company: maybe(textish) }),
      { nil: null },
    ),
    subject: maybe(fc.option(textish, { nil: null })),
    text: maybe(fc.option(textish, { nil: null })),
    site: maybe(fc.constantFrom('gmail', 'outlook', 'salesforce', 'hubspot', 'pipedrive', 'zoho', 'dynamics', 'generic', null)),
    url: maybe(fc.option(fc.oneof(fc.webUrl(), textish), { nil: null })),
    history: maybe(fc.option(fc.record({ openTasks: fc.integer(), totalTasks: fc.integer() }), { nil: null })),
    now: maybe(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })),
    locale: maybe(fc.constantFrom('en', 'zh-CN')),
    timeZone: maybe(fc.constantFrom('America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati', 'Europe/London', 'UTC')),
    quoted: maybe(fc.option(textish, { nil: null })),
    signature: maybe(fc.option(fc.oneof(textish, fc.constantFrom('Sent from my iPhone', 'Anna\nAcme Ltd', '刘强\n鸿兴五金厂')), { nil: null })),
    sentAt: maybe(fc.option(fc.oneof(textish, fc.constantFrom('2026-12-01', '2026-12-05T20:00:00Z', '2099-01-01', 'yesterday')), { nil: null })),
    fromCrm: maybe(fc.option(fc.boolean(), { nil: null })),
    today: maybe(fc.option(fc.oneof(textish, fc.constantFrom('2026-12-07', '2026-02-30', '2027-01-01')), { nil: null })),
  }) as fc.Arbitrary<ClassifyInput>;
  const config = fc.record({
    keywords: maybe(fc.dictionary(fc.constantFrom('new_customer', 'existing_customer', 'payment_collection', 'market_research'), fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }))),
    resellerDomains: maybe(fc.array(fc.oneof(fc.domain(), fc.string({ maxLength: 20 })), { maxLength: 5 })),
  });

  it('never throws and always gives a valid due date, a non-empty title and consistent reasons', () => {
    fc.assert(
      fc.property(input, config, (i, c) => {
        const s = suggest(i, c);
        expect(isValidLocalDate(s.due.date)).toBe(true);
        if (s.due.time !== undefined) expect(isValidLocalTime(s.due.time)).toBe(true);
        expect(s.title.trim().length).toBeGreaterThan(0);
        expect(Array.from(s.title).length).toBeLessThanOrEqual(200);
        expect(s.title).not.toMatch(/[\n\r\t]/);
        for (const [dimension, value] of Object.entries(s.categories)) {
          expect(s.reasons.filter((r) => r.dimension === dimension).map((r) => r.value)).toEqual([value]);
        }
        expect(s.reasons.filter((r) => r.dimension === 'due').map((r) => r.value)).toEqual([s.due.date]);
        // Never a date already past: a passed deadline becomes today.
        if (isValidLocalDate(i.today)) expect(s.due.date >= i.today).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
