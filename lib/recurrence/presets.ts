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

const WEEKDAY_CODES = new Set<string>(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);

/**
 * The preset a rule is, or null for any other rule (one made in another app, say): the repeat
 * editor shows a task's current choice, and leaves a rule it cannot show alone.
 */
export function presetOf(rrule: string): RecurrencePreset | null {
  const parts = new Map(rrule.replace(/^RRULE:/i, '').toUpperCase().split(';').map((part) => part.split('=') as [string, string]));
  const freq = parts.get('FREQ');
  const known = (...names: string[]) => [...parts.keys()].every((name) => name === 'FREQ' || names.includes(name));
  const interval = Number(parts.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1) return null;
  if (freq === 'DAILY' && known('INTERVAL')) return interval === 1 ? { kind: 'daily' } : interval <= 365 ? { kind: 'everyNDays', n: interval } : null;
  if (interval !== 1) return null;
  if (freq === 'WEEKLY' && known('BYDAY', 'INTERVAL')) {
    const days = (parts.get('BYDAY') ?? '').split(',').filter(Boolean);
    if (!days.length || !days.every((day) => WEEKDAY_CODES.has(day))) return null;
    if ([...days].sort().join(',') === 'FR,MO,TH,TU,WE') return { kind: 'weekdays' };
    return days.length === 1 ? { kind: 'weekly', days: days as WeekdayCode[] } : null;
  }
  if (freq === 'MONTHLY' && known('BYMONTHDAY', 'INTERVAL')) {
    const day = Number(parts.get('BYMONTHDAY'));
    return Number.isInteger(day) && day >= 1 && day <= 31 ? { kind: 'monthly', day } : null;
  }
  return null;
}
