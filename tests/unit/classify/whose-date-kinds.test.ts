// Brief U's kinds, each rule on its own: whose date a deadline is (deadline-owner.ts), an
// out-of-office reply (auto-reply.ts), the festivals before which a rep is asked to act
// (holidays.ts), billing words in a purchase (goal-billing.ts), returning clients, faults and
// supplier switches (goal-cues-returning.ts), dated events (cycle-event.ts), the sender's own
// marketplace shops (channel-own-shop.ts) and shop owners on free mail (signature.ts).
import { describe, expect, it } from 'vitest';
import { findDeadline } from '@/lib/classify/deadline';
import { withoutOwnShops } from '@/lib/classify/signals/channel-own-shop';
import { ownBusiness, signatureCompany } from '@/lib/classify/signature';
import { reason, run } from './helpers';

/** Sent Wednesday 2026-12-09. */
const WED = { sent: '2026-12-09' };
const at = (sent: string) => ({ sent });

describe('whose date it is', () => {
  it.each([
    // The sender's promise to send something is theirs; their need or an ask in the clause is the rep's.
    ["I'll send the signed forms next week once our director is back.", null],
    ['我下周整理好发给您。', null],
    ['参数我这两天整理一下，周五前发您。', null],
    ['We will need the signed forms by Friday.', '2026-12-11'],
    ["We'll send the drawings Monday; please quote by Friday.", '2026-12-11'],
    // A payment the sender proposes and asks the rep to agree to: the follow-up is the reply.
    ['剩下的余款年前付清，可以吗？', null],
    ['我们想延期至本月底前付清，请确认。', null],
    ['Could we settle the balance by the end of January instead? Let me know if that works.', null],
    ['Is it alright if we clear invoice 3320 by 20 January instead of this month?', null],
    // …but a payment promise alone, or an ask to pay, still counts.
    ['我司财务会在12月15日前付清。', '2026-12-15'],
    ['Please pay the balance by 18 December, and confirm once done.', '2026-12-18'],
    // Two cued dates: the one asked of the rep beats a tender's closing date, in either order.
    ['投标截止日期是12月22日，请贵司在12月15日前提供资质文件。', '2026-12-15'],
    ['请在12月15日前提供资质文件，投标截止日期是12月22日。', '2026-12-15'],
    ['The tender closes on 22 December; please get your certificates to us by 15 December.', '2026-12-15'],
    // A symptom's duration is no deadline; the asked one is.
    ['It stops within 20 minutes of starting. We need it fixed within 3 working days.', '2026-12-14'],
    ['开机十分钟之内就停机，请在三个工作日内派人处理。', '2026-12-14'],
    // A term asked of the rep is a deadline even when measured from an event.
    ['Please send the report within 2 days of the visit.', '2026-12-11'],
  ])('%s → %s', (text, date) => {
    expect(findDeadline(text, WED)?.date ?? null).toBe(date);
  });

  it('reads festivals a rep is asked to act before', () => {
    expect(findDeadline('请在元旦前把续签合同发过来。', at('2026-12-08'))?.date).toBe('2026-12-31');
    expect(findDeadline('中秋前请把报价发给我。', at('2026-09-07'))?.date).toBe('2026-09-24');
    expect(findDeadline('端午前请把样品寄过来。', at('2027-05-20'))?.date).toBe('2027-06-08');
    expect(findDeadline('麻烦国庆前把方案发我们看一下。', at('2026-08-10'))?.date).toBe('2026-09-30');
    expect(findDeadline('春节前请把对账单发给我们。', at('2027-01-11'))?.date).toBe('2027-02-04');
    // So long before it: 中秋节前两周 (the Friday two weeks before), never before the sending.
    expect(findDeadline('麻烦中秋节前两周把报价寄给我们。', at('2026-08-03'))?.date).toBe('2026-09-11');
    expect(findDeadline('麻烦中秋节前两周把报价寄给我们。', at('2026-09-20'))?.date).toBe('2026-09-20');
    expect(findDeadline('Can you get an engineer out before the weekend?', WED)?.date).toBe('2026-12-11');
    // 中秋节后 is after the festival, not after a generic 节.
    expect(findDeadline('中秋节后再联系。', at('2026-09-14'))?.date).toBe('2026-09-28');
  });
});

describe('out-of-office replies', () => {
  const due = (subject: string, text: string) => run({ subject, text, sentAt: '2026-12-09', today: '2026-12-09' }).due.date;
  it('never takes the return date for a deadline', () => {
    expect(due('Automatic reply: Renewal', "I'm out of the office until Monday 14 December.")).toBe('2026-12-10');
    expect(due('Re: Quote', 'I am currently on annual leave and will be back on Tuesday 5 January.')).toBe('2026-12-10');
    expect(due('自动回复：报价', '我目前正在休假，12月14日（周一）返回办公室。')).toBe('2026-12-10');
    expect(due('Re: Renewal', 'I am on maternity leave until 1 March 2027.')).toBe('2026-12-10');
    expect(due('Re: Order 5512', "I'm away until Wednesday 16 December and will respond on my return.")).toBe('2026-12-10');
    expect(due('回复：报价', '您好，我目前不在办公室，将于12月14日返回。')).toBe('2026-12-10');
    expect(due('回复：报价', '本人12月10日至18日休年假，期间不便回复邮件。')).toBe('2026-12-10');
    // An ordinary email with "until" still has its deadline.
    expect(due('Offer', 'The offer is open until Monday 14 December.')).toBe('2026-12-14');
  });
});

describe('goal kinds', () => {
  const goal = (subject: string, text: string, email = 'ops@brightwell.example') =>
    run({ subject, text, contact: { email } }).categories.goal ?? null;
  it('billing words in a purchase are not collection; money owed still is', () => {
    expect(goal('Analytics module', "We'd like to add the analytics module under the same billing entity as our existing subscription.")).toBe('existing_customer');
    expect(goal('Rowing machine', "I'm looking at the Aria 3 for my home gym. Can I pay in instalments?", 'chloe@gmail.com')).toBe('new_customer');
    expect(goal('按摩椅', '想买一台你们的按摩椅，付款以后能开个人发票吗？', 'wl@163.com')).toBe('new_customer');
    expect(goal('INV-2231', 'We would like to pay the overdue invoice in instalments.')).toBe('payment_collection');
    expect(goal('Monitors', 'We need six more of the monitors you supplied. Please raise the invoice against PO 44817 and our usual cost centre.')).toBe('existing_customer');
    expect(goal('图纸', '图纸还在改，您先按旧版本估个价。')).toBe('new_customer');
    expect(goal('发票', '上个月的货款还没付，发票抬头写错了，请重开。')).toBe('payment_collection');
  });
  it('a fault, a returning client and an expansion are existing customers; a switch away from a supplier is new', () => {
    expect(goal('Chiller 2', 'Chiller 2 is showing alarm A47 and we have taken it out of service.')).toBe('existing_customer');
    expect(goal('空压机', '空压机显示报警代码A05，已经停用了。')).toBe('existing_customer');
    expect(goal('Conference 2027', "After how smoothly last year's conference went, we are booking you again.")).toBe('existing_customer');
    expect(goal('年会', '去年的年会办得很成功，今年还想和你们再次合作。')).toBe('existing_customer');
    expect(goal('Clinics', "We've run your module at two clinics since 2024. Before we sign, can you confirm the price?")).toBe('existing_customer');
    expect(goal('Packaging', "We're unhappy with our present packaging supplier. Current usage is 12,000 cartons a month.")).toBe('new_customer');
    expect(goal('Payroll', "We're tired of our present payroll provider. Our usage is 140 payslips a month.")).toBe('new_customer');
    expect(goal('Cleaning', 'We are ending our arrangement with our current cleaning company in February.')).toBe('new_customer');
    expect(goal('Press 2', "Press 2 tripped its safety interlock and won't reset; the HMI shows code S-114.")).toBe('existing_customer');
    // 装修好了 is a finished home, not a repair: a consumer asking about instalments is buying.
    expect(goal('沙发', '新房装修好了想买一套沙发，可以免息分期吗？', 'a@qq.com')).toBe('new_customer');
    // Not every "from the old" is a supplier switch, nor every "for us" a service history.
    expect(goal('Upgrade', "We're migrating from the old version of your app and the upgrade keeps failing.")).toBe('existing_customer');
    expect(goal('Proposal', 'Thanks for the proposal you provided for our board. What would the pricing be for 20 users?')).toBe('new_customer');
  });
});

describe('cycle, channel and customer kinds', () => {
  it('a dated event is milestone work; quarterly sales data is not', () => {
    expect(run({ subject: 'Kick-off', text: 'Our sales kick-off is on 21 January; please send a run-of-show.' }).categories.cycle).toBe('phased');
    expect(run({ subject: '年会', text: '年会时间定在1月23日，人数200人左右。' }).categories.cycle).toBe('phased');
    expect(run({ subject: 'Event', text: 'Thanks for the event photos.' }).categories.cycle).toBe('daily');
    expect(run({ subject: 'Places', text: 'Could we add two delegate places for the March conference?' }).categories.cycle).toBe('phased');
    expect(run({ subject: 'Call', text: 'Can we move our conference call to 14 December?' }).categories.cycle).toBe('daily');
    expect(run({ subject: 'Cover', text: 'In the event of a failure on 3 March, who do we call?' }).categories.cycle).toBe('daily');
    const data = run({ subject: '数据', text: '麻烦把三季度的季度销售数据发我一份。' });
    expect(data.categories.cycle).toBe('daily');
  });
  it('the sender\'s own marketplace shops are not how they buy from us', () => {
    expect(withoutOwnShops('我们公司主要在京东和拼多多上开店卖家居用品，现在要采购货架')).not.toMatch(/京东|拼多多/u);
    expect(withoutOwnShops('we sell mostly through our amazon store and need a printer')).not.toMatch(/amazon/u);
    expect(withoutOwnShops('i bought it from your amazon store')).toMatch(/amazon/u);
    const s = run({ subject: '货架', text: '我们在京东上开店，现在给自己的仓库采购货架。', contact: { email: 'a@jiayi.example' } });
    expect(reason(s, 'channel')?.value).toBe('direct');
  });
  it('a shop owner on free mail is a business', () => {
    expect(signatureCompany('杨柳\n木语家居（Shopify 店铺）店主')).toBe('木语家居（Shopify 店铺）店主');
    expect(signatureCompany('Ellie Ward\nFounder, Nook & Cranny Candles')).toBe('Nook & Cranny Candles');
    expect(signatureCompany('Owner, London')).toBeNull();
    expect(ownBusiness('i run a small boutique in the high street')).toBeTruthy();
    expect(ownBusiness('我在县城开了家农资店')).toBeTruthy();
    expect(ownBusiness('i run a marathon every spring')).toBeNull();
  });
});
