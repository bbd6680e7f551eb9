// The kinds of deadline phrase read through deadline-chrono-parsers.ts and holidays.ts, and the
// kinds of date that are not the rep's deadline (deadline-context.ts). Runs in the four zones
// of scripts/test-timezones.ts like deadline.test.ts.
import { describe, expect, it } from 'vitest';
import { findDeadline } from '@/lib/classify/deadline';

/** Sent Wednesday 2026-12-09. */
const WED = { sent: '2026-12-09' };
const at = (sent: string) => ({ sent });

describe('deadline kinds', () => {
  it.each([
    // Weekday with an ordinal day: the day where both agree, not this week's weekday.
    ['I need it before the party on Saturday the 19th.', WED, '2026-12-19'],
    ['We need your revised quote by Monday the 14th at the latest.', WED, '2026-12-14'],
    ['Could we meet on Thu 7th?', WED, '2027-01-07'],
    // A bare ordinal day, with a cue; rolled to next month when its day has passed.
    ['Our payment run closes on the 15th.', WED, '2026-12-15'],
    ['Please send it by the 5th.', WED, '2027-01-05'],
    // COB/EOD with a day is that day; alone it is the same day.
    ['Please send the SOW back by COB Thursday.', WED, '2026-12-10'],
    ['Can you confirm by EOD?', WED, '2026-12-09'],
    ['Please reply within three working days.', WED, '2026-12-14'],
    ['Could you send it by the end of the following week?', WED, '2026-12-18'],
    ['我们这边元旦后才上班，到时候再对账。', at('2026-12-28'), '2027-01-04'],
    ['请二十号之前盖章寄回。', WED, '2026-12-20'],
    ['The review is in two weeks; send samples before then.', WED, '2026-12-23'],
    ['Could you send the price list early next month?', at('2027-01-12'), '2027-02-01'],
    // Quarters as deadlines: before Qn is the end of the quarter before it.
    ['Please submit your proposal before the end of Q1.', at('2027-01-11'), '2027-03-31'],
    ['We need the signed contract by Q2.', at('2027-01-11'), '2027-03-31'],
    ['Please have it ready by the end of this quarter.', WED, '2026-12-31'],
    ['方案请在二季度前给到我们。', at('2027-01-18'), '2027-03-31'],
    ['一季度末之前签下来。', at('2027-01-18'), '2027-03-31'],
    // Chinese day of the month, with or without its weekday, and the start of next month.
    ['请15号前把发票寄过来。', WED, '2026-12-15'],
    ['请本月18号（周五）前把对账单发过来。', WED, '2026-12-18'],
    ['请5号前回复。', WED, '2027-01-05'],
    ['下月初发我就行。', at('2027-01-13'), '2027-02-01'],
    ['下礼拜五之前发给我。', at('2026-12-08'), '2026-12-18'],
    // A date in digits inside a Chinese sentence takes the Chinese cues around it.
    ['请于2026-12-11之前回复我们。', WED, '2026-12-11'],
    ['请于2026/12/15前付款。', WED, '2026-12-15'],
    ['截止日期：2026-12-18', WED, '2026-12-18'],
    ['付款期限为12月21日。', WED, '2026-12-21'],
    // A duration told as history is not a deadline; asked again in the same clause it is.
    ['Last time you fixed it within a week. Could you quote the upgrade before the end of the week?', WED, '2026-12-11'],
    ['Please make sure it is fixed within a week.', WED, '2026-12-16'],
    ['上次你们三天内就修好了，这次麻烦周五前给个答复。', WED, '2026-12-11'],
    ['请三天内修好。', WED, '2026-12-12'],
    // The message's own timestamp in the text it hands over is the sending, not a deadline.
    ['Anna Müller <anna@x.example>\nWed 12/9/2026 10:05 AM\nHi, please approve the invoice by Friday.', WED, '2026-12-11'],
    ['发件人: 王 2026/12/9 周三 10:15\n您好，我们计划明年1月8日前确定经销商。', WED, '2027-01-08'],
    // After the holiday: the first working day after its break.
    ['节后上班第一天请安排工程师过来。', at('2026-09-28'), '2026-10-08'],
    ['年后再安排发货吧。', at('2027-01-20'), '2027-02-15'],
    ["Let's pick this up after the holidays.", at('2026-12-18'), '2027-01-04'],
    // Before a holiday (with a request), within N days or weeks, "Friday week", before Christmas.
    ['春节前请把货款结清。', WED, '2027-02-04'],
    ['两周内给个方案。', WED, '2026-12-23'],
    ['Please reply by Friday week.', WED, '2026-12-18'],
    ['Can you send it before Christmas?', WED, '2026-12-24'],
  ])('%s → %s', (text, options, date) => {
    expect(findDeadline(text, options)?.date).toBe(date);
  });

  it.each([
    // A quarter alone is a time word.
    ['We are opening six more stores in Q2.', WED],
    ['我们第二季度要新开两家门店。', WED],
    // Availability and weekend days are the sender's time.
    ["I'm around Monday to Wednesday if you'd like to call.", at('2026-12-10')],
    ['下周一到周三白天我都在家，师傅可以上门安装。', WED],
    ['我周六周日都在家。', WED],
    ['这周我都在厂里，随时可以过来看看。', WED],
    ['Can I bring it into the shop on Saturday?', WED],
    // The past: a pronoun with a past verb, a morning already gone, last month's end.
    ['We wired the balance on Monday.', WED],
    ['一笔12月2日，一笔今天上午，合计¥128,000。', WED],
    ['上个月底你们发的那批货还有三箱没到。', WED],
    // A timestamp of the message itself, on the day it was sent.
    ['Wed 12/9/2026 10:05 AM', WED],
    ['2026/12/9 周三 10:15', WED],
    ['Your engineer came on the 3rd and replaced the pump.', WED],
    // A finished event without a pronoun: a bank's record, a CRM note.
    ['Our bank shows the transfer as completed on Monday.', WED],
    ['Notes: called on Tuesday asking about the chairs.', WED],
    // A delivery wish.
    ['We need 40 chairs delivered and assembled by 8 January.', WED],
    ['请在1月10日前到货。', WED],
    // "节后" with no holiday near is about a past one.
    ['节后发的那批货收到了吗？', at('2026-11-20')],
    // A holiday named for a state, not a request; a holiday too far off to be meant.
    ['国庆前我们这边人手不够。', at('2026-09-28')],
    ['国庆节后再联系。', WED],
  ])('no deadline in: %s', (text, options) => {
    expect(findDeadline(text, options)).toBeNull();
  });

  it('keeps a deadline told after a past clause that a conjunction ends', () => {
    expect(findDeadline("I've escalated it and expect the transfer to go out this week.", WED)?.date).toBe('2026-12-11');
  });

  it('keeps a cued weekday in an availability sentence; a window is no deadline', () => {
    expect(findDeadline("I'm around all week, but please reply by Thursday.", WED)?.date).toBe('2026-12-10');
    // Brief Q: an availability window is answered by the default offset, not on its first day.
    expect(findDeadline("We're free any afternoon next week.", at('2026-12-10'))).toBeNull();
    expect(findDeadline('Ben is free Tuesday or Wednesday afternoon next week if you want to walk him through it.', WED)).toBeNull();
    expect(findDeadline("I'm available Thursday or Friday morning next week for a call.", WED)).toBeNull();
    expect(findDeadline('王工下周二或者周三下午都有空，可以过来看一下。', WED)).toBeNull();
  });

  it('takes the deadline asked of the rep over the sender\'s own promise', () => {
    expect(findDeadline('The payment will be released by the end of the month. Please send us a statement by Friday.', WED)?.date).toBe('2026-12-11');
    expect(findDeadline('We will decide by 20 December. Could you send the revised quote by Monday?', WED)?.date).toBe('2026-12-14');
    expect(findDeadline('货款我们会在月底前安排支付。麻烦您本周五前把对账单发给我们。', WED)?.date).toBe('2026-12-11');
    // One date only, the sender's own: it still stands (nothing asked instead).
    expect(findDeadline('The payment will be released by the end of the month.', WED)?.date).toBe('2026-12-31');
  });
});
