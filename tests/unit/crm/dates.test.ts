// The CRM shows the calendar day the rep chose: run under each zone of scripts/test-timezones.ts
// (Los Angeles, Shanghai, Kiritimati at UTC+14, London), with clock-change days among the dates.
import { describe, expect, it } from 'vitest';
import { hubspotTimestamp, pipedriveDue, salesforceActivityDate } from '@/lib/crm/dates';
import { todayLocal, wallClock } from '@/lib/dates/today';

const DATES = ['2026-01-01', '2026-03-08', '2026-03-29', '2026-06-30', '2026-10-25', '2026-11-01', '2026-12-31'];
const TIMES = ['00:30', '09:00', '13:15', '23:45'];
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe(`CRM due dates in ${zone}`, () => {
  it.each(DATES)('a date-only task due %s is that date in Pipedrive and Salesforce, whatever the zone', (date) => {
    expect(pipedriveDue({ date })).toEqual({ due_date: date });
    expect(salesforceActivityDate({ date })).toBe(date);
  });

  it.each(DATES)('a date-only task due %s is that date in HubSpot for the rep and for zones within ±11 hours', (date) => {
    const at = new Date(hubspotTimestamp({ date }, 0));
    expect(todayLocal(at)).toBe(date);
    const offsetHours = -at.getTimezoneOffset() / 60;
    // Any zone within 11 hours of the rep's sees the same day (noon ± 11 h stays within the day).
    for (const delta of [-11, -6, 0, 6, 11]) {
      const shifted = new Date(at.getTime() + delta * 3_600_000);
      const inZone = new Date(shifted.getTime() + offsetHours * 3_600_000).toISOString().slice(0, 10);
      expect(inZone, `offset ${offsetHours + delta}`).toBe(date);
    }
  });

  it.each(DATES.flatMap((date) => TIMES.map((time) => [date, time] as const)))('a task due %s %s comes back as that local day and time', (date, time) => {
    const sent = pipedriveDue({ date, time });
    // Pipedrive's due_time is UTC: reading it back in the rep's zone gives what the rep chose.
    const back = wallClock(new Date(`${sent.due_date}T${sent.due_time}:00Z`));
    expect({ date: back.date, time: back.time }).toEqual({ date, time });
    expect(wallClock(new Date(hubspotTimestamp({ date, time }, 0)))).toMatchObject({ date, time });
    expect(salesforceActivityDate({ date, time })).toBe(date);
  });

  it('a task without a due date is stamped with now in HubSpot (hs_timestamp is required) and sends no date elsewhere', () => {
    expect(hubspotTimestamp(null, Date.UTC(2026, 0, 2, 3, 4))).toBe('2026-01-02T03:04:00.000Z');
    expect(pipedriveDue(null)).toEqual({});
    expect(salesforceActivityDate(null)).toBeNull();
  });
});
