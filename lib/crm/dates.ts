// Due dates as each CRM stores them, so the CRM shows the calendar day the rep chose.
// The worker runs in the rep's own zone (the browser's), so "local" below is the rep's wall clock.
//  - Pipedrive: due_date is a calendar date; due_time, when given, is UTC (its API says so), so a
//    timed task sends the UTC date and time of the rep's local moment, and Pipedrive shows it back
//    in the rep's zone. A date-only task sends the date alone: no zone can move it.
//  - Salesforce: ActivityDate is a calendar date (type date): the rep's date verbatim.
//  - HubSpot: hs_timestamp is an instant. A timed task sends its moment; a date-only task sends
//    local noon, which stays on the same calendar day for anyone within ±11 hours of the rep
//    (a HubSpot account set to a neighbouring zone), where midnight would slip to the day before.
import type { Due } from '../model';

const pad = (n: number) => String(n).padStart(2, '0');

/** The instant of `date` at `time` on the rep's wall clock. */
export function localInstant(date: string, time: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const at = new Date(0);
  // setFullYear, not the constructor: that one reads years 0–99 as 1900–1999.
  at.setFullYear(year, month - 1, day);
  at.setHours(hour, minute, 0, 0);
  return at;
}

export function pipedriveDue(due: Due | null): { due_date?: string; due_time?: string } {
  if (!due) return {};
  if (!due.time) return { due_date: due.date };
  const at = localInstant(due.date, due.time);
  return {
    due_date: `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`,
    due_time: `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`,
  };
}

export function salesforceActivityDate(due: Due | null): string | null {
  return due ? due.date : null;
}

/** hs_timestamp as an ISO instant (HubSpot takes UTC ISO 8601 or epoch milliseconds). */
export function hubspotTimestamp(due: Due | null, now: number): string {
  // HubSpot requires hs_timestamp on a task: a task with no due date is stamped with its creation.
  if (!due) return new Date(now).toISOString();
  return localInstant(due.date, due.time ?? '12:00').toISOString();
}
