import { describe, expect, it } from 'vitest';
import { isReadableRule, nextOccurrence, ruleFor } from '@/lib/recurrence/rule';

describe('recurrence rules', () => {
  it('build RRULE text from the presets a rep picks', () => {
    expect(ruleFor({ kind: 'daily' })).toBe('FREQ=DAILY');
    expect(ruleFor({ kind: 'weekdays' })).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
    expect(ruleFor({ kind: 'weekly', days: ['MO', 'TH'] })).toBe('FREQ=WEEKLY;BYDAY=MO,TH');
    expect(ruleFor({ kind: 'monthly', day: 15 })).toBe('FREQ=MONTHLY;BYMONTHDAY=15');
    expect(ruleFor({ kind: 'everyNDays', n: 3 })).toBe('FREQ=DAILY;INTERVAL=3');
  });

  it('find the next occurrence after a completed one', () => {
    expect(nextOccurrence('FREQ=DAILY', '2026-11-28', '2026-11-28')).toBe('2026-11-29');
    // Friday → the next weekday is Monday.
    expect(nextOccurrence(ruleFor({ kind: 'weekdays' }), '2026-11-27', '2026-11-27')).toBe('2026-11-30');
    expect(nextOccurrence(ruleFor({ kind: 'weekly', days: ['MO', 'TH'] }), '2026-11-30', '2026-11-30')).toBe('2026-12-03');
    expect(nextOccurrence(ruleFor({ kind: 'monthly', day: 31 }), '2026-01-31', '2026-01-31')).toBe('2026-03-31');
    expect(nextOccurrence(ruleFor({ kind: 'everyNDays', n: 3 }), '2026-11-28', '2026-11-28')).toBe('2026-12-01');
  });

  it('keeps to the series when an occurrence was done late', () => {
    // Every 3 days from the 28th: done on 5 Dec → next is the 7th, not the 8th.
    expect(nextOccurrence('FREQ=DAILY;INTERVAL=3', '2026-11-28', '2026-12-05')).toBe('2026-12-07');
  });

  it('crosses DST changes without moving a day', () => {
    expect(nextOccurrence('FREQ=DAILY', '2026-03-07', '2026-03-07')).toBe('2026-03-08');
    expect(nextOccurrence('FREQ=DAILY', '2026-03-28', '2026-03-28')).toBe('2026-03-29');
    expect(nextOccurrence('FREQ=WEEKLY;BYDAY=SU', '2026-10-25', '2026-10-25')).toBe('2026-11-01');
  });

  it('end with COUNT or UNTIL, and refuse what rrule cannot read', () => {
    expect(nextOccurrence('FREQ=DAILY;COUNT=2', '2026-11-28', '2026-11-29')).toBeNull();
    expect(nextOccurrence('FREQ=DAILY;UNTIL=20261130T000000Z', '2026-11-28', '2026-11-30')).toBeNull();
    expect(nextOccurrence('NONSENSE', '2026-11-28', '2026-11-28')).toBeNull();
    expect(isReadableRule('FREQ=WEEKLY;BYDAY=MO')).toBe(true);
    expect(isReadableRule('FREQ=SOMETIMES')).toBe(false);
  });
});
