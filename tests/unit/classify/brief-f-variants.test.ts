// Brief F's kinds in other words than the corpus's generalise-k (issue 15's fourth held-out set):
// the rules are read for what they mean, so each kind is tried again in a second phrasing.
import { describe, expect, it } from 'vitest';
import { findDeadline } from '@/lib/classify/deadline';
import { reason, run } from './helpers';

const goal = (subject: string, text: string) => reason(run({ subject, text }), 'goal');

describe('whose history, other words', () => {
  it('a third party as the subject before the cue is a referral, not the sender', () => {
    expect(goal('系统', '朋友公司用的就是你们的系统，用得很好，所以想了解一下价格。')?.value).toBe('new_customer');
    expect(goal('Trackers', 'Mark Chen from Apex Logistics mentioned you installed their fleet cameras. Could we talk?')).toMatchObject({ value: 'new_customer', code: 'first-contact' });
  });

  it('plain relationship words outweigh 想了解 and "find out"', () => {
    expect(goal('包装', '我们一直在贵司采购包装材料，想了解一下新出的气泡袋。')).toMatchObject({ value: 'existing_customer', detail: '一直在贵司采购” over “想了解' });
    expect(goal('包装', '感谢贵司一直以来的支持！想了解一下新出的气泡袋。')?.value).toBe('existing_customer');
    expect(goal('Ribbons', 'Thanks for your help reconciling our account last week. I would like to find out about your ribbons.')?.value).toBe('existing_customer');
  });

  it('a lapsed customer coming back is a win-back in other words', () => {
    expect(goal('Labels', 'We used to buy our labels from you until 2024. We would like to start ordering from you again — could you quote?')).toMatchObject({ value: 'existing_customer', code: 'existing-relationship' });
    expect(goal('合作', '以前一直找你们做，后来换了别家，现在想重新合作，麻烦报个价。')?.value).toBe('existing_customer');
  });
});

describe('events, shops and day parts, other words', () => {
  it('"we plan to hold" is not a plan asked for', () => {
    expect(reason(run({ subject: 'Dinner', text: 'We plan to hold our annual dinner on 12 March for 120 guests. Could you quote for the catering?' }), 'cycle')?.value).toBe('daily');
  });

  it('a shop owner said in the message is a business, not an online buyer', () => {
    const zh = run({ contact: { email: 'a@qq.com' }, text: '你好，我是一家小红书店的主理人，想订一批贴纸。' });
    expect(zh.categories.customer).toBe('b2b');
    expect(zh.categories.channel).not.toBe('online');
    const en = run({ contact: { email: 'a@gmail.com' }, text: "Hi, I'm the owner of a small Etsy shop and need 500 mailer boxes." });
    expect(en.categories.customer).toBe('b2b');
    expect(en.categories.channel).not.toBe('online');
    expect(run({ text: '上次那批卖完了，这次想多拿点货，有优惠吗？' }).categories.channel).toBe('distribution');
  });

  it.each([
    ['周四下午下班前给我', '2026-12-10', '周四下午下班前'],
    ['明天中午前给我报价', '2026-12-08', '明天中午前'],
    ['麻烦本周五中午12点前回复。', '2026-12-11', '周五中午12点前'],
  ])('%s → %s', (text, date, matched) => {
    expect(findDeadline(text, { sent: '2026-12-07' })).toMatchObject({ date, matched });
  });

  it('drops the sender’s own plan beside a dateless ask, not their meeting', () => {
    const sent = { sent: '2026-12-07' as const };
    expect(findDeadline("We are replacing our booking software in the new year. Could you set up a demo for us?", sent)).toBeNull();
    expect(findDeadline('We are meeting on Thursday to decide. Could you send the figures?', sent)?.date).toBe('2026-12-10');
    expect(findDeadline('We are replacing the software by 15 January. Could you set up a demo?', sent)?.date).toBe('2027-01-15');
  });
});
