// Channel and goal kinds added for issue 15's second round: a retailer resells only when it
// stocks or promotes our line; a website or an app is online only where the customer found us
// or bought; service history, vendor evaluation and price questions decide the goal.
import { describe, expect, it } from 'vitest';
import { reason, run } from './helpers';

const company = { email: 'buyer@example-retail.co.uk' };

describe('channel: who resells, who buys online', () => {
  it.each([
    ['We have six homeware shops and would love to stock your bamboo range.', 'stock your'],
    ["We're launching the new X5 line to our retail staff in January.", "launching the new x5 line to our retail staff"],
    ['想进一批你们的婴儿推车放店里卖。', '进一批'],
    ['Could we order 40 to sell in our two outdoor shops?', 'sell in our two outdoor shops'],
    ['Our customers keep asking for your waterproof jackets.', 'our customers keep asking for your'],
    ['Our sell-out in November was 20% above plan; we would like to discuss the rebate tiers.', 'sell-out'],
    ['我们是贵司在山东的老代理了，今年想把区域扩大到河北。', '老代理'],
    ['We distribute laboratory equipment in Sweden and Norway.', 'we distribute'],
    ['请问是否有海外代理政策？', '代理政策'],
    ['这个月我们店里的货快卖完了，再补一批。', '店里的货'],
  ])('resale → distribution: %s', (text, detail) => {
    expect(reason(run({ contact: company, text }), 'channel')).toMatchObject({ value: 'distribution', code: 'channel-word', detail });
  });

  it.each([
    "We're an independent pharmacy retailer and need air conditioning in all three branches.",
    'We run a chain of 40 convenience stores and need 30 display fridges for the new ones.',
    '我们是一家连锁超市，第二季度要新开两家门店，需要采购一批收银设备。',
  ])('a retailer buying for its own shops → direct: %s', (text) => {
    expect(reason(run({ contact: company, text }), 'channel')).toMatchObject({ value: 'direct', code: 'company-contact' });
  });

  it.each([
    ['I bought the premium plan through your iPhone app yesterday.', 'app'],
    ['I saw it on your website and have a question.', 'website'],
    ['我上周在你们微店买的保温杯。', '微店'],
  ])('found or bought online → online: %s', (text, detail) => {
    expect(reason(run({ text }), 'channel')).toMatchObject({ value: 'online', detail });
  });

  it.each([
    'Your app keeps logging us out since the update.',
    'The contact form on the website you built for us has stopped sending enquiries.',
    '你们去年给我们做的那个小程序，最近用户反映下单页面加载很慢。',
    'APP经常连不上家里的wifi。',
  ])('the website or app as the product → not online: %s', (text) => {
    expect(run({ text }).categories.channel).toBeUndefined();
  });
});

describe('goal kinds', () => {
  it.each([
    ['Your engineer came on the 3rd and replaced the pump; the pressure drops again.', 'existing_customer'],
    ['The contact form on the website you built for us has stopped sending enquiries.', 'existing_customer'],
    ['Phase 2 is a go; please send the signed SOW back.', 'existing_customer'],
    ['上个月底你们发的那批滤芯还有三箱没到。', 'existing_customer'],
    ['节后请安排工程师过来调试。', 'existing_customer'],
    ["We're evaluating alternatives to our current helpdesk vendor; could you show us your ticket routing?", 'new_customer'],
    ["We'd like a rough idea of the cost of a heat pump.", 'new_customer'],
    ['想定做一个衣柜，再报个价。', 'new_customer'],
    ['Could you send a quote for 12 laptops with three-year support?', 'new_customer'],
    ['I placed an order on your website last Tuesday but never got a confirmation email.', 'existing_customer'],
    ['今年第四季度我们的采购量会比三季度翻一倍，请把新的阶梯价格发过来。', 'existing_customer'],
    ["We've been a customer for five years and want to add the warehouse module. Could you send pricing?", 'existing_customer'],
    ["I'm doing a short study on how facilities managers choose suppliers.", 'market_research'],
    ['这个月的钱我们要晚几天给，最近资金有点紧。', 'payment_collection'],
    ['我在你们抖音小店下单的那套茶具少发了一个杯子。', 'existing_customer'],
  ])('%s → %s', (text, goal) => {
    expect(run({ text }).categories.goal).toBe(goal);
  });

  it('a partner registering a deal is new business, even for an upgrade project', () => {
    const s = run({ subject: 'Deal registration submitted: Mall AV upgrade', text: 'Your partner Soundworks has registered a deal.' });
    expect(s.categories.goal).toBe('new_customer');
  });
});
