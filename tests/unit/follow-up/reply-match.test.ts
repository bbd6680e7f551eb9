import { describe, expect, it } from 'vitest';
import { isAutomatic, isBounce, repliesIn, sameThread, type ShownMessage, type WatchEntry } from '@/lib/follow-up/reply-match';

const NOW = new Date(2026, 11, 6, 19, 40);
const SINCE = new Date(2026, 11, 3, 9, 0).getTime();
const SELF = new Set(['rep@acme-sales.com']);
const byThread: WatchEntry = { taskId: 't1', people: ['dana@globex.com', 'lee@globex.com'], threadId: '18c2f0a1b2', since: SINCE };
const bySubject: WatchEntry = { taskId: 't2', people: ['wei@example.cn'], subjectKey: '报价单', since: SINCE };

const message = (over: Partial<ShownMessage> = {}): ShownMessage => ({
  from: 'dana@globex.com',
  date: 'Fri, Dec 4, 2026, 10:32 AM',
  threadId: '18c2f0a1b2',
  subject: 'Re: Pricing for Q1',
  snippet: 'Thanks, that works for us.',
  ...over,
});

describe('repliesIn', () => {
  it('finds a newer message from the person in the linked thread', () => {
    expect(repliesIn(message(), [byThread, bySubject], SELF, NOW)).toEqual([{ taskId: 't1', from: 'dana@globex.com', at: new Date(2026, 11, 4, 10, 32).getTime() }]);
  });

  it('counts another recipient of the original message, whatever the address case', () => {
    expect(repliesIn(message({ from: 'Lee@Globex.com' }), [byThread], SELF, NOW).map((r) => r.taskId)).toEqual(['t1']);
  });

  it('links by subject key where the site has no thread id', () => {
    const zh = message({ from: 'wei@example.cn', threadId: null, subject: '回复：报价单', date: '昨天 14:10' });
    expect(repliesIn(zh, [byThread, bySubject], SELF, NOW).map((r) => r.taskId)).toEqual(['t2']);
  });

  it('finds the one entry a message answers among hundreds, and each of a person\'s threads apart', () => {
    const many: WatchEntry[] = Array.from({ length: 300 }, (_, i) => ({ taskId: `m${i}`, people: [`p${i}@globex.com`], threadId: `th${i}`, since: SINCE }));
    const twice: WatchEntry = { taskId: 'dana-other', people: ['dana@globex.com'], threadId: 'another-thread', since: SINCE };
    expect(repliesIn(message(), [...many, twice, byThread], SELF, NOW).map((r) => r.taskId)).toEqual(['t1']);
    expect(repliesIn(message({ from: 'p150@globex.com', threadId: 'th150' }), many, SELF, NOW).map((r) => r.taskId)).toEqual(['m150']);
  });

  it('ignores the rep\'s own messages', () => {
    expect(repliesIn(message({ from: 'rep@acme-sales.com' }), [{ ...byThread, people: ['rep@acme-sales.com'] }], SELF, NOW)).toEqual([]);
  });

  it('ignores automatic replies in English and Chinese', () => {
    expect(repliesIn(message({ subject: 'Automatic reply: Pricing for Q1' }), [byThread], SELF, NOW)).toEqual([]);
    expect(repliesIn(message({ subject: 'Auto: Pricing for Q1' }), [byThread], SELF, NOW)).toEqual([]);
    expect(repliesIn(message({ snippet: 'I am out of the office until Monday.' }), [byThread], SELF, NOW)).toEqual([]);
    expect(repliesIn(message({ subject: '自动回复: 报价单' }), [byThread], SELF, NOW)).toEqual([]);
    expect(repliesIn(message({ snippet: '您好，我正在休假，1月2日回来。' }), [byThread], SELF, NOW)).toEqual([]);
    expect(isAutomatic({ subject: null, snippet: 'This is a vacation responder.' })).toBe(true);
    expect(isAutomatic({ subject: 'Re: autumn pricing', snippet: 'Sounds good' })).toBe(false);
  });

  it('ignores bounces', () => {
    expect(repliesIn(message({ from: 'mailer-daemon@googlemail.com' }), [{ ...byThread, people: ['mailer-daemon@googlemail.com'] }], SELF, NOW)).toEqual([]);
    expect(repliesIn(message({ subject: 'Undeliverable: Pricing for Q1' }), [byThread], SELF, NOW)).toEqual([]);
    expect(isBounce({ from: 'postmaster@globex.com', subject: null })).toBe(true);
    expect(isBounce({ from: 'x@y.com', subject: 'Delivery Status Notification (Failure)' })).toBe(true);
    expect(isBounce({ from: 'x@y.com', subject: '系统退信' })).toBe(true);
    expect(isBounce({ from: 'dana@globex.com', subject: 'Re: Pricing' })).toBe(false);
  });

  it('ignores messages older than the task, or dated only on its day', () => {
    expect(repliesIn(message({ date: 'Thu, Dec 3, 2026, 8:15 AM' }), [byThread], SELF, NOW)).toEqual([]);
    expect(repliesIn(message({ date: 'Dec 3' }), [byThread], SELF, NOW)).toEqual([]);
    expect(repliesIn(message({ date: 'Dec 2' }), [byThread], SELF, NOW)).toEqual([]);
  });

  it('does not assume a reply when no date can be read', () => {
    expect(repliesIn(message({ date: null }), [byThread], SELF, NOW)).toEqual([]);
    expect(repliesIn(message({ date: 'Pricing' }), [byThread], SELF, NOW)).toEqual([]);
  });

  it('ignores the same person in another thread, and other people in the thread', () => {
    expect(repliesIn(message({ threadId: '99aa00' }), [byThread], SELF, NOW)).toEqual([]);
    expect(repliesIn(message({ from: 'someone@globex.com' }), [byThread], SELF, NOW)).toEqual([]);
    expect(repliesIn(message({ from: 'wei@example.cn', threadId: null, subject: 'Another topic' }), [bySubject], SELF, NOW)).toEqual([]);
  });
});

describe('sameThread', () => {
  it('prefers thread ids, and falls back to the subject only when one side has none', () => {
    const entry = { threadId: 'abc', subjectKey: 'pricing' };
    expect(sameThread(entry, { threadId: 'abc', subject: 'Other' })).toBe(true);
    expect(sameThread(entry, { threadId: 'xyz', subject: 'Re: Pricing' })).toBe(false);
    expect(sameThread(entry, { threadId: null, subject: 'RE: pricing' })).toBe(true);
    expect(sameThread({ threadId: 'abc' }, { threadId: null, subject: 'Pricing' })).toBe(false);
    expect(sameThread({ subjectKey: 'pricing' }, { threadId: null, subject: null })).toBe(false);
  });
});
