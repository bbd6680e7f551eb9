// The repeat choices a rep picks, as RRULE text. Kept apart from rule.ts so UI bundles (the
// in-page panel) do not pull in the rrule library.

export type RecurrencePreset =
  | { kind: 'daily' }
  | { kind: 'weekdays' }
  | { kind: 'weekly'; days: WeekdayCode[] }
  | { kind: 'monthly'; day: number }
  | { kind: 'everyNDays'; n: number };

export type WeekdayCode = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

/** The RRULE text of a preset, e.g. "FREQ=WEEKLY;BYDAY=MO,TH". */
export function ruleFor(preset: RecurrencePreset): string {
  switch (preset.kind) {
    case 'daily':
      return 'FREQ=DAILY';
    case 'weekdays':
      return 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';
    case 'weekly':
      return `FREQ=WEEKLY;BYDAY=${(preset.days.length ? preset.days : ['MO']).join(',')}`;
    case 'monthly':
      return `FREQ=MONTHLY;BYMONTHDAY=${Math.min(31, Math.max(1, Math.round(preset.day)))}`;
    case 'everyNDays':
      return `FREQ=DAILY;INTERVAL=${Math.min(365, Math.max(1, Math.round(preset.n)))}`;
  }
}
