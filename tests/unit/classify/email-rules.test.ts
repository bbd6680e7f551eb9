// The issue-15 rules, one at a time: channel only with a reason, customer type from the
// signature and personal signals, goal from the subject and the newest message first.
import { describe, expect, it } from 'vitest';
import { reason, run } from './helpers';

describe('channel', () => {
  it.each([
    ['We would like to become an authorised reseller in Norway.', 'reseller'],
    ['Our dealer network has sold through the winter stock.', 'dealer'],
    ['我们想成为华南区的经销商。', '经销'],
    ['作为你们的华北代理商，我们整理了竞品价格。', '代理商'],
  ])('distribution: %s', (text, detail) => {
    expect(reason(run({ text }), 'channel')).toEqual({ dimension: 'channel', value: 'distribution', code: 'channel-word', detail });
  });

  it.each([
    ['I saw it on your website and wanted to ask about the oven.', 'website'],
    ['I ordered from your online store last week.', 'online store'],
    ['我在你们天猫旗舰店买的净水器漏水。', '天猫'],
    ['在你们微信小程序下单买了两盒茶叶。', '小程序'],
  ])('online: %s', (text, detail) => {
    expect(reason(run({ text }), 'channel')).toEqual({ dimension: 'channel', value: 'online', code: 'channel-word', detail });
  });

  it('ignores the sender\'s own website, a life partner, 线上渠道 and the signature\'s web address', () => {
    expect(run({ text: 'Please visit our website for the catalogue.' }).categories.channel).toBeUndefined();
    expect(run({ text: 'My partner and I are renovating the flat.' }).categories.channel).toBeUndefined();
    expect(run({ text: '尤其是线上渠道，价格比去年低了15%。' }).categories.channel).toBeUndefined();
    expect(run({ text: 'Thanks for the call.', signature: 'Anna\nWebsite: www.anna-shop.com' }).categories.channel).toBeUndefined();
    const lawyer = run({ contact: { email: 'jane@smithllp.com' }, text: 'Please send the quote.', signature: 'Jane Smith\nPartner\nSmith & Hale LLP' });
    expect(lawyer.categories.channel).toBe('direct');
    const dealer = run({ contact: { email: 'jo@alpen.de' }, text: 'Please send the quote.', signature: 'Jo Huber\nAuthorised Dealer\nAlpen Rad GmbH' });
    expect(reason(dealer, 'channel')).toMatchObject({ value: 'distribution', detail: 'dealer' });
  });

  it('direct needs a reason: a CRM record or a named company contact', () => {
    expect(reason(run({ site: 'roundcube', fromCrm: true }), 'channel')).toMatchObject({ value: 'direct', code: 'crm-record' });
    const company = run({ contact: { email: 'x@gmail.com' }, text: 'Quote please.\n\nBest,\nLi Wei\nHengda Trading Ltd' });
    expect(reason(company, 'channel')).toEqual({ dimension: 'channel', value: 'direct', code: 'company-contact', detail: 'Hengda Trading Ltd' });
    expect(run({ contact: { email: 'amy@gmail.com' }, site: 'gmail', text: 'Is it in stock?' }).categories.channel).toBeUndefined();
  });
});

describe('customer type', () => {
  it('free mail with a company in the signature is B2B (common in China)', () => {
    const s = run({ contact: { email: 'liuqiang1982@qq.com' }, text: '请报价。', signature: '刘强\n采购部\n佛山市鸿兴五金制品厂' });
    expect(reason(s, 'customer')).toEqual({ dimension: 'customer', value: 'b2b', code: 'signature-company', detail: '佛山市鸿兴五金制品厂' });
  });

  it('"Sent from my iPhone" from gmail.com with a city in the signature is B2C', () => {
    const text = 'I saw it on your website. Does it fit a 56 cm niche?\n\nThanks, Jenny\n\nPortland, OR\n\nSent from my iPhone';
    const s = run({ contact: { email: 'jenny.walsh88@gmail.com' }, text });
    expect(reason(s, 'customer')).toEqual({ dimension: 'customer', value: 'b2c', code: 'personal-signal', detail: 'Sent from my iPhone' });
  });

  it('a city given as the company is not a company', () => {
    expect(run({ contact: { email: 'jenny@gmail.com', company: 'Portland, OR' } }).categories.customer).toBe('b2c');
  });

  it('personal signals: home, family, 家里', () => {
    expect(reason(run({ contact: { email: 'c@hotmail.com' }, text: 'My husband and I want panels on our house.' }), 'customer')).toMatchObject({ value: 'b2c', code: 'personal-signal' });
    expect(reason(run({ contact: { email: '9988@qq.com' }, text: '家里的空调制冷效果很差。' }), 'customer')).toMatchObject({ value: 'b2c', detail: '家里' });
    // From a work address about their own kitchen: still a consumer.
    expect(run({ contact: { email: 'tom@bigbank.com' }, text: 'We are renovating our kitchen at home.' }).categories.customer).toBe('b2c');
    // But a company domain with a device footer is a business.
    expect(run({ contact: { email: 'k.adams@harlowbuild.com' }, text: 'Tuesday works.\n\nSent from my iPhone' }).categories.customer).toBe('b2b');
  });
});

describe('goal', () => {
  it('weighs the newest message over the quoted history', () => {
    const s = run({ subject: 'Re: hello', text: 'We filled in the survey; a competitor was cheaper.', quoted: '> The invoice is overdue.' });
    expect(s.categories.goal).toBe('market_research');
    expect(run({ subject: 'Re: hello', text: 'Thanks.', quoted: '> The invoice is overdue.' }).categories.goal).toBe('payment_collection');
  });

  it('a first contact is new-customer development', () => {
    expect(reason(run({ text: 'Carla Mendes referred us to you; we run twelve cafés.' }), 'goal')).toMatchObject({ value: 'new_customer', detail: 'referred' });
    expect(run({ text: '经四川的刘总介绍，了解到贵司的包装线。' }).categories.goal).toBe('new_customer');
  });

  it('a reseller\'s onboarding is new business, not existing-customer onboarding', () => {
    const s = run({ subject: 'Reseller onboarding', text: 'We would like to apply to become an authorised reseller of your range.' });
    expect(s.categories).toMatchObject({ goal: 'new_customer', channel: 'distribution' });
    expect(reason(s, 'goal')?.code).toBe('reseller-onboarding');
    expect(run({ subject: 'Onboarding session for our new hires', text: 'Could you run it this week?' }).categories.goal).toBe('existing_customer');
  });

  it('a reseller we already work with, or a customer who says they buy from us, is existing', () => {
    expect(run({ text: 'Our dealer network in Bavaria sold through the stock. PO attached.' }).categories.goal).toBe('existing_customer');
    const upsell = run({ subject: 'Quote for 10 more scanners', text: 'The scanners you supplied in spring work well.' });
    expect(reason(upsell, 'goal')).toMatchObject({ value: 'existing_customer', code: 'existing-relationship', detail: 'you supplied” over “quote' });
  });

  it('payment words stand even in a reseller\'s email', () => {
    expect(run({ text: '作为你们的总经销，上批货款已经转过去了，请核对。' }).categories.goal).toBe('payment_collection');
  });

  it('a CRM record of a deal still being won is new-customer work', () => {
    const record = { site: 'zoho' as const, url: 'https://crm.zoho.com/crm/org1/tab/Potentials/9', text: '阶段：合同谈判\n备注：客户要求下周开会。' };
    expect(reason(run(record), 'goal')).toEqual({ dimension: 'goal', value: 'new_customer', code: 'crm-lead', detail: 'zoho: 合同谈判' });
    // Without a pre-sale stage a record is a customer's, and one body word for a quote does not change that.
    expect(run({ ...record, text: '备注：要求提供报价。' }).categories.goal).toBe('existing_customer');
  });

  it('a record whose own relationship field says customer makes even a strong new-business word an upsell', () => {
    const record = {
      site: 'salesforce' as const,
      url: 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000XkQ2pAAF/view',
      subject: 'Proposal for two more sites',
      text: 'Next step: call him next Tuesday with a proposal and a quote to add the two new sites (about 60 units).',
    };
    expect(run(record).categories.goal).toBe('new_customer'); // a strong keyword, nothing stated
    expect(reason(run({ ...record, recordStage: 'Customer - Active' }), 'goal')).toMatchObject({ value: 'existing_customer', detail: 'salesforce: Customer - Active' });
    // Payment words still describe the task itself.
    expect(run({ ...record, recordStage: 'Customer - Active', text: 'Invoice INV-2291 is 45 days overdue; please chase the payment.' }).categories.goal).toBe('payment_collection');
  });
});
