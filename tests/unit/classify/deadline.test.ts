// Due dates from email text: only deadline phrases, counted from the day the email was sent,
// in the four zones the date suite runs in (scripts/test-timezones.ts also runs this file with TZ set).
import { describe, expect, it } from 'vitest';
import { suggest } from '@/lib/classify';
import { findDeadline } from '@/lib/classify/deadline';
import { reason } from './helpers';

/** Sent Thursday 2026-12-03; read on Monday 2026-12-07. */
const SENT = { sent: '2026-12-03' };
const due = (text: string, sent: string | null = '2026-12-03', today = '2026-12-07', extra: Record<string, unknown> = {}) =>
  suggest({ contact: null, text, sentAt: sent, today, timeZone: 'Europe/London', ...extra });

describe('findDeadline: what counts as a deadline', () => {
  it.each([
    ['Please send the quotation by Friday.', '2026-12-04', 'by Friday'],
    ['Can we talk next Tuesday?', '2026-12-08', 'next Tuesday'],
    ['We need it before 15 Dec.', '2026-12-15', 'before 15 Dec'],
    ['Please confirm this week.', '2026-12-04', 'this week'],
    ['Any time next week is fine.', '2026-12-07', 'next week'],
    ['Please reply by the end of next week.', '2026-12-11', 'by the end of next week'],
    ['Please approve within 5 business days.', '2026-12-10', 'within 5 business days'],
    ['我司财务会在12月15日前付清。', '2026-12-15', '12月15日前'],
    ['请在月底前把合同寄给我们。', '2026-12-31', '请在月底前'],
    ['下周三我们老板在深圳，可以上门拜访吗？', '2026-12-09', '下周三'],
    ['本周内给个回复。', '2026-12-04', '本周内'],
  ])('%s → %s', (text, date, matched) => {
    expect(findDeadline(text, SENT)).toEqual({ date, matched });
  });

  it.each([
    '600x600 mm porcelain tiles, delivered in two drops in January and March 2027.',
    'Invoice 50412 is now 14 days past its due date.',
    'On 3 November we shipped the first pallet.',
    'The wire was sent on 2 December.',
    'Reference 12/04, PO 4500-1203, USD 18,450.00.',
    'Since Tuesday\'s update the app logs us out.',
    '规格Φ57×3.5mm，长度6米，数量约20吨。',
    '我们11月3日已发货。',
    'Got the samples today.',
  ])('no deadline in: %s', (text) => {
    expect(findDeadline(text, SENT)).toBeNull();
  });

  it('prefers a cued deadline to a relative day, and a relative day to a bare "today"', () => {
    expect(findDeadline('Talk on Monday? Otherwise by Wednesday please.', SENT)?.matched).toBe('by Wednesday');
    expect(findDeadline('Got the samples today, I will show them to our buyer on Monday.', SENT)?.date).toBe('2026-12-07');
    expect(findDeadline('Can someone look into it today?', SENT)?.date).toBe('2026-12-03');
  });

  it('reads a bare weekday sent at the weekend as the next one', () => {
    expect(findDeadline('Could you send it by Friday?', { sent: '2026-12-05' })?.date).toBe('2026-12-11');
  });

  it('keeps a time of day named with the deadline', () => {
    expect(findDeadline('Please call me by Friday 3pm.', SENT)).toEqual({ date: '2026-12-04', time: '15:00', matched: 'by Friday 3pm' });
  });
});

describe('decideDue: relative to the sent date, never in the past', () => {
  it('counts relative phrases from the sent date, not from today', () => {
    const s = due('我们下周三开会讨论，之后给您答复。', '2026-12-01', '2026-12-07');
    expect(s.due).toEqual({ date: '2026-12-09' });
    expect(reason(s, 'due')).toMatchObject({ code: 'date-in-text', detail: '下周三' });
  });

  it('a deadline that has passed becomes today, and says so', () => {
    const s = due('请在12月3日前重新开具发票。', '2026-12-01', '2026-12-07', { locale: 'zh-CN' });
    expect(s.due).toEqual({ date: '2026-12-07' });
    expect(reason(s, 'due')).toEqual({ dimension: 'due', value: '2026-12-07', code: 'deadline-passed', detail: '请在12月3日前（2026-12-03，已过）' });
  });

  it('no deadline → the next business day, with that reason', () => {
    const s = due('Invoice 50412 is now 14 days past its due date.', '2026-12-10', '2026-12-11');
    expect(s.due).toEqual({ date: '2026-12-14' });
    expect(reason(s, 'due')).toMatchObject({ code: 'default-offset', detail: 'next business day (default due date setting)' });
  });

  it('reads neither the quoted history nor the signature', () => {
    const quoted = due('Thanks, noted.', '2026-12-03', '2026-12-03', { quoted: '> Could you spare five minutes before December 4?' });
    expect(reason(quoted, 'due')?.code).toBe('default-offset');
    const signed = due('Thanks, noted.', '2026-12-03', '2026-12-03', { signature: 'Office closed until 4 January' });
    expect(reason(signed, 'due')?.code).toBe('default-offset');
  });

  it('without a sent date, counts from today; a sent date after today is taken as today', () => {
    expect(due('by Friday', null, '2026-12-07').due.date).toBe('2026-12-11');
    expect(due('by Friday', '2027-05-01', '2026-12-07').due.date).toBe('2026-12-11');
  });

  // One instant, four zones: Friday noon in Los Angeles is already Saturday in Shanghai and Kiritimati.
  const INSTANT = '2026-12-04T20:00:00Z';
  it.each([
    ['America/Los_Angeles', '2026-12-04', '2026-12-05'],
    ['Europe/London', '2026-12-04', '2026-12-05'],
    ['Asia/Shanghai', '2026-12-05', '2026-12-06'],
    ['Pacific/Kiritimati', '2026-12-05', '2026-12-06'],
  ])('in %s the email was sent on %s; "tomorrow" is %s', (timeZone, sentDay, tomorrow) => {
    const run = (text: string) => suggest({ contact: null, text, sentAt: INSTANT, today: '2026-12-04', timeZone });
    // "today" sent on the 5th but read on the 4th cannot be: a sent date after today counts as today.
    const today = sentDay > '2026-12-04' ? '2026-12-04' : sentDay;
    expect(run('Please call me today?').due.date).toBe(today);
    const later = suggest({ contact: null, text: 'Please call me tomorrow.', sentAt: INSTANT, today: '2026-12-07', timeZone });
    expect(later.due.date).toBe('2026-12-07'); // tomorrow of the sending has passed by Monday → today
    const same = suggest({ contact: null, text: 'Please call me tomorrow.', sentAt: INSTANT, today: sentDay, timeZone });
    expect(same.due.date).toBe(tomorrow);
    expect(suggest({ contact: null, text: 'Send it by Monday.', sentAt: INSTANT, today: sentDay, timeZone }).due.date).toBe('2026-12-07');
  });
});
