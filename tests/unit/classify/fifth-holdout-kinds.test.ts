// Brief K's kinds (issue 15's fifth held-out set), in words other than generalise-m's: who buys
// for what use decides the channel, a shop's signature makes a business, past stocking is resale,
// a multi-year renewal at a higher price is a milestone, and a deposit on a quote is collection.
import { describe, expect, it } from 'vitest';
import { reason, run } from './helpers';

describe('"wholesale" as a price tier', () => {
  it('is direct for a business buying for its own use', () => {
    const bakery = run({
      contact: { email: 'orders@hollowaybakeries.co.uk' },
      subject: 'Flour',
      text: "We're a chain of five bakeries and it all goes into our own bread. Could we get your wholesale prices for strong white flour?",
    });
    expect(reason(bakery, 'channel')).toMatchObject({ value: 'direct', code: 'company-contact' });
    const hotel = run({ contact: { email: 'caigou@jinjiang-hotel.com' }, subject: '洗漱用品', text: '您好，我们是一家连锁酒店，客房用的洗漱用品量很大，请问有批发价吗？' });
    expect(hotel.categories.channel).toBe('direct');
    const restaurant = run({ contact: { email: 'chef.li@163.com' }, subject: '食用油批发', text: '您好，我们每月用花生油大概500升，想问下批发价格，能送货吗？\n\n李师傅\n川味人家餐馆' });
    expect(restaurant.categories).toMatchObject({ customer: 'b2b', channel: 'direct' });
  });

  it('is distribution beside a resale sign, and from a wholesaler', () => {
    const shops = run({ contact: { email: 'buyer@pennyandpine.co.uk' }, text: 'Could you send your wholesale price list? We want to resell the candles in our two shops.' });
    expect(shops.categories.channel).toBe('distribution');
    const retail = run({ contact: { email: 'jo@oakleafgifts.com' }, text: 'Please send the wholesale price list and the recommended retail price for the mugs.' });
    expect(retail.categories.channel).toBe('distribution');
    expect(run({ contact: { email: 'a@b-trade.com' }, text: '我们是做厨具批发的，想问下你们的批发价。\n\n李强\n广州宏利批发部' }).categories.channel).toBe('distribution');
    expect(run({ contact: { email: 'sales@northbridge.com' }, text: 'We are a wholesale business supplying 200 garden centres.' }).categories.channel).toBe('distribution');
  });
});

describe('a livestream seller', () => {
  it('asking a supply price or samples is distribution and a business', () => {
    const kuaishou = run({ contact: { email: '3301928475@qq.com' }, text: '我是快手主播，专门带货厨房用品，你们的不粘锅供货价多少？' });
    expect(kuaishou.categories).toMatchObject({ channel: 'distribution', customer: 'b2b' });
    expect(reason(kuaishou, 'customer')).toMatchObject({ code: 'channel-word' });
    const whatnot = run({ contact: { email: 'pinqueen.live@gmail.com' }, text: 'I run live selling streams on Whatnot and would like to sell your enamel pins. Could you send a trade price?' });
    expect(whatnot.categories).toMatchObject({ channel: 'distribution', customer: 'b2b' });
  });

  it('offering to sell our goods in its streams is distribution without a price asked', () => {
    expect(run({ contact: { email: '6655443322@qq.com' }, text: '你好，我们在抖音做直播带货，想带你们家的空气炸锅，怎么合作？' }).categories.channel).toBe('distribution');
  });

  it('is not a consumer who bought in a stream or watched a host', () => {
    const bought = run({ contact: { email: '5566778899@qq.com' }, text: '我在你们的直播间买了一件外套，尺码不对，能换吗？' });
    expect(bought.categories).toMatchObject({ channel: 'online', customer: 'b2c' });
    expect(run({ contact: { email: '7788@qq.com' }, text: '看了你们主播的介绍，想买一台，还有货吗？' }).categories.channel).not.toBe('distribution');
  });
});

describe('a shop signature on a numeric qq.com address', () => {
  it('is a business, its one closing line the signature', () => {
    const tea = run({ contact: { email: '1234567890@qq.com' }, text: '你好，想订一批茶叶礼盒，麻烦报个价。\n\n利民茶行（安溪） 老板娘 苏梅' });
    expect(reason(tea, 'customer')).toMatchObject({ value: 'b2b', code: 'signature-company', detail: '利民茶行（安溪）' });
    const counter = run({ contact: { email: '987654321@qq.com' }, text: '电线再要50卷，麻烦安排发货。\n\n兴旺门市部【保定】 店长 赵刚' });
    expect(counter.categories.customer).toBe('b2b');
    expect(run({ contact: { email: '1122334455@qq.com' }, text: '你好，这款净水器家里能装吗？\n\n王芳（杭州）' }).categories.customer).toBe('b2c');
  });
});

describe('past stocking in a money email', () => {
  it('is distribution', () => {
    expect(run({ contact: { email: '2233445566@qq.com' }, text: '这个季度我们拿了四批货，对账单金额对不上，麻烦核对一下。' }).categories.channel).toBe('distribution');
    const wine = run({
      contact: { email: 'accounts@thecellardoor.ie' },
      text: 'Your invoice 5512 covers the 12 cases of wine we stocked for Christmas; could you resend it with our VAT number?',
    });
    expect(wine.categories).toMatchObject({ channel: 'distribution', goal: 'payment_collection' });
  });
});

describe('a multi-year renewal', () => {
  it('at a higher price is a milestone', () => {
    expect(run({ text: "We're happy to sign a 3-year extension, but can you explain the uplift on the support fee?" }).categories.cycle).toBe('phased');
    expect(run({ text: '维保合同我们打算续签三年，不过今年报价上调了8%，能否再谈谈？' }).categories.cycle).toBe('phased');
  });

  it('priced as an option or at the same price stays routine', () => {
    expect(run({ text: 'The board approved the renewal but wants the 3-year option priced as well.' }).categories.cycle).toBe('daily');
    expect(run({ text: "We'd like to renew for another two years at the same price." }).categories.cycle).toBe('daily');
  });
});

describe('a deposit on a quote', () => {
  it('is payment collection even with the quote in the subject', () => {
    const down = run({ subject: 'Q-5530 accepted', text: 'Please issue the down payment invoice so we can get it paid.' });
    expect(reason(down, 'goal')).toMatchObject({ value: 'payment_collection', code: 'asked-for', detail: 'down payment invoice' });
    expect(run({ subject: '报价单QT-2207 预付款', text: '报价没问题，麻烦开一下30%预付款的发票。' }).categories.goal).toBe('payment_collection');
  });

  it('is not when the sender asks for a quote', () => {
    expect(run({ subject: 'Chairs', text: 'Could you send a quote for 200 chairs? We can pay a 30% deposit.' }).categories.goal).toBe('new_customer');
  });
});

describe('resale words that are not the sender’s', () => {
  it('leave a consumer a consumer', () => {
    const dealer = run({ contact: { email: 'tom.harris88@gmail.com' }, text: 'I bought the mower from your dealer in Leeds and the blade is bent.' });
    expect(dealer.categories.customer).toBe('b2c');
    expect(run({ contact: { email: 'k.lee@gmail.com' }, text: "What's the retail price of the X200?" }).categories.channel).not.toBe('distribution');
  });

  it('do not make a business buying samples for its own streams a reseller', () => {
    const lights = run({ contact: { email: 'admin@xingguang-media.com' }, text: '我们公司在抖音做直播，想采购一批补光灯，能先寄个样品试试吗？\n\n张磊\n星光传媒有限公司' });
    expect(lights.categories.channel).not.toBe('distribution');
  });
});

describe('the kinds in still other words', () => {
  it('a shop signed with any suffix, its city and role', () => {
    expect(run({ contact: { email: '2468013579@qq.com' }, text: '单页我们已经核过了，没问题。\n\n福记茶庄（潮州） 老板 林福' }).categories.customer).toBe('b2b');
  });

  it('a TikTok Live seller asking the wholesale price', () => {
    const r = run({ contact: { email: 'dealsbyjen@gmail.com' }, text: 'I sell kitchen gadgets on TikTok Live every night. What is your wholesale price for the garlic press?' });
    expect(r.categories).toMatchObject({ channel: 'distribution', customer: 'b2b' });
  });

  it('a 36-month renewal whose price goes from one figure to another', () => {
    expect(run({ text: 'We will sign another 36 months if the monthly fee only goes from £480 to £495.' }).categories.cycle).toBe('phased');
  });

  it('a bare deposit beside a quote number', () => {
    expect(run({ subject: 'Deposit - quote Q-1187', text: 'Please send your bank details so we can pay.' }).categories.goal).toBe('payment_collection');
    expect(run({ text: 'We would like to book the hall for 20 May. Do you need a deposit?' }).categories.goal).not.toBe('payment_collection');
  });
});

describe('a short extension', () => {
  it('is no multi-year term', () => {
    expect(run({ text: 'Could we extend for another month? The price increase is fine.' }).categories.cycle).toBe('daily');
  });
});
