import { describe, expect, it } from 'vitest';
import { presetOf, ruleFor, type RecurrencePreset } from '@/lib/recurrence/presets';

describe('presetOf', () => {
  it('reads back every preset the picker writes', () => {
    const presets: RecurrencePreset[] = [
      { kind: 'daily' },
      { kind: 'weekdays' },
      { kind: 'weekly', days: ['TH'] },
      { kind: 'monthly', day: 31 },
      { kind: 'everyNDays', n: 3 },
      { kind: 'everyNDays', n: 365 },
    ];
    for (const preset of presets) expect(presetOf(ruleFor(preset))).toEqual(preset);
  });

  it('reads the same rules written by other apps (RRULE: prefix, case, order, INTERVAL=1)', () => {
    expect(presetOf('RRULE:FREQ=DAILY;INTERVAL=1')).toEqual({ kind: 'daily' });
    expect(presetOf('freq=weekly;byday=FR,TH,WE,TU,MO')).toEqual({ kind: 'weekdays' });
    expect(presetOf('FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=15')).toEqual({ kind: 'monthly', day: 15 });
  });

  it('leaves any other rule alone (null): the editor keeps it as it is', () => {
    for (const rule of ['FREQ=WEEKLY;BYDAY=MO,TH', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', 'FREQ=YEARLY', 'FREQ=DAILY;COUNT=5', 'FREQ=MONTHLY;BYDAY=1MO', 'FREQ=DAILY;INTERVAL=0', 'FREQ=WEEKLY']) {
      expect(presetOf(rule), rule).toBeNull();
    }
  });
});
