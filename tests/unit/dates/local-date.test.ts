import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addBusinessDays,
  addDays,
  compareDates,
  daysBetween,
  isValidLocalDate,
  isValidLocalTime,
  nextBusinessDay,
  nextWeekday,
  startOfWeek,
  weekdayOf,
} from '@/lib/dates/local-date';

describe('isValidLocalDate', () => {
  it.each(['2026-03-08', '2024-02-29', '0001-01-01', '9999-12-31'])('accepts %s', (d) => {
    expect(isValidLocalDate(d)).toBe(true);
  });
  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-3-8', '26-03-08', '2026-03-08T00:00', '', ' 2026-03-08'])(
    'rejects %j',
    (d) => expect(isValidLocalDate(d)).toBe(false),
  );
  it('rejects non-strings', () => {
    expect(isValidLocalDate(null)).toBe(false);
    expect(isValidLocalDate(new Date())).toBe(false);
    expect(isValidLocalDate(20260308)).toBe(false);
  });
});

describe('isValidLocalTime', () => {
  it.each(['00:00', '09:30', '23:59'])('accepts %s', (t) => expect(isValidLocalTime(t)).toBe(true));
  it.each(['24:00', '9:30', '12:60', '12:3', '', '12:30:00'])('rejects %j', (t) => expect(isValidLocalTime(t)).toBe(false));
});

describe('addDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-08', 0)).toBe('2026-03-08');
  });

  it('never skips or repeats a day across DST changes (LA, London, Shanghai has none)', () => {
    // Walk day by day through the spring and autumn changes of 2026 in both hemispheres.
    let d = '2026-03-01';
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const next = addDays(d, 1);
      expect(daysBetween(d, next)).toBe(1);
      expect(seen.has(next)).toBe(false);
      seen.add(next);
      d = next;
    }
    expect(d).toBe('2026-12-26');
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08'); // LA springs forward on 03-08
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30'); // London springs forward on 03-29
    expect(addDays('2026-11-01', 1)).toBe('2026-11-02'); // LA falls back on 11-01
  });

  it('round-trips for any date and offset', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -5000, max: 5000 }),
        (instant, n) => {
          const d = instant.toISOString().slice(0, 10);
          const moved = addDays(d, n);
          expect(isValidLocalDate(moved)).toBe(true);
          expect(addDays(moved, -n)).toBe(d);
          expect(daysBetween(d, moved)).toBe(n);
        },
      ),
    );
  });

  it('throws on a malformed date rather than guessing', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('compareDates', () => {
  it('orders calendar dates', () => {
    expect(compareDates('2026-03-08', '2026-03-09')).toBe(-1);
    expect(compareDates('2026-03-09', '2026-03-09')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
    expect(['2026-12-01', '2026-02-10', '2026-02-09'].sort(compareDates)).toEqual(['2026-02-09', '2026-02-10', '2026-12-01']);
  });
});

describe('weekdays', () => {
  it('knows the weekday of a date', () => {
    expect(weekdayOf('2026-03-08')).toBe(0); // Sunday
    expect(weekdayOf('2026-03-09')).toBe(1);
  });

  it('nextWeekday is strictly after the date', () => {
    expect(nextWeekday('2026-03-04', 5)).toBe('2026-03-06'); // Wed → Fri
    expect(nextWeekday('2026-03-06', 5)).toBe('2026-03-13'); // Fri → next Fri
    expect(nextWeekday('2026-12-31', 1)).toBe('2027-01-04');
  });

  it('startOfWeek defaults to Monday and honours Sunday starts', () => {
    expect(startOfWeek('2026-03-08')).toBe('2026-03-02'); // Sunday belongs to the week of Mon 2nd
    expect(startOfWeek('2026-03-09')).toBe('2026-03-09');
    expect(startOfWeek('2026-03-08', 0)).toBe('2026-03-08');
    expect(startOfWeek('2026-01-01')).toBe('2025-12-29');
  });

  it('nextBusinessDay skips the weekend', () => {
    expect(nextBusinessDay('2026-03-04')).toBe('2026-03-05');
    expect(nextBusinessDay('2026-03-06')).toBe('2026-03-09'); // Fri → Mon
    expect(nextBusinessDay('2026-03-07')).toBe('2026-03-09'); // Sat → Mon
    expect(nextBusinessDay('2026-03-08')).toBe('2026-03-09'); // Sun → Mon
  });

  it('addBusinessDays counts Monday–Friday only; 0 keeps the day', () => {
    expect(addBusinessDays('2026-03-07', 0)).toBe('2026-03-07'); // Saturday stays
    expect(addBusinessDays('2026-03-06', 1)).toBe('2026-03-09'); // Fri → Mon
    expect(addBusinessDays('2026-03-04', 3)).toBe('2026-03-09'); // Wed → Mon
    expect(addBusinessDays('2026-12-30', 5)).toBe('2027-01-06'); // across the year
  });
});
