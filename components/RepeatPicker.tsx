// The repeat choice for a routine task: none, every day, every weekday, weekly on the due
// date's weekday, monthly on its day, or every N days — or, for a task whose rule came from
// elsewhere, that rule left as it is.
import { useState } from 'preact/hooks';
import { presetOf, ruleFor, type RecurrencePreset, type WeekdayCode } from '@/lib/recurrence/presets';
import { t } from './i18n';

const WEEKDAYS: WeekdayCode[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

type Kind = 'none' | 'custom' | RecurrencePreset['kind'];

/** The preset for a kind, anchored on the due date (its weekday, its day of the month). */
function presetFor(kind: Kind, dueDate: string, n: number): RecurrencePreset | null {
  const date = new Date(`${dueDate}T00:00:00Z`);
  switch (kind) {
    case 'none':
    case 'custom':
      return null;
    case 'weekly':
      return { kind, days: [WEEKDAYS[date.getUTCDay()]!] };
    case 'monthly':
      return { kind, day: date.getUTCDate() };
    case 'everyNDays':
      return { kind, n };
    default:
      return { kind };
  }
}

interface Props {
  dueDate: string;
  /** The task's current rule, if it repeats. */
  initial?: string | null;
  onChange: (rrule: string | null) => void;
}

export function RepeatPicker({ dueDate, initial = null, onChange }: Props) {
  const current = initial ? presetOf(initial) : null;
  const [kind, setKind] = useState<Kind>(initial ? (current?.kind ?? 'custom') : 'none');
  const [n, setN] = useState(current?.kind === 'everyNDays' ? current.n : 2);
  const update = (nextKind: Kind, nextN: number) => {
    setKind(nextKind);
    setN(nextN);
    if (nextKind === 'custom') return onChange(initial);
    const preset = presetFor(nextKind, dueDate, nextN);
    onChange(preset ? ruleFor(preset) : null);
  };
  return (
    <div class="row">
      <label class="grow">{t('repeat')}
        <select value={kind} onChange={(e) => update((e.target as HTMLSelectElement).value as Kind, n)}>
          <option value="none">{t('repeatNone')}</option>
          <option value="daily">{t('repeatDaily')}</option>
          <option value="weekdays">{t('repeatWeekdays')}</option>
          <option value="weekly">{t('repeatWeekly')}</option>
          <option value="monthly">{t('repeatMonthly')}</option>
          <option value="everyNDays">{t('repeatEveryN')}</option>
          {initial && !current && <option value="custom">{t('repeatCustom', initial.replace(/^RRULE:/i, ''))}</option>}
        </select>
      </label>
      {kind === 'everyNDays' && (
        <label>{t('repeatDays')}
          <input type="number" min={1} max={365} value={n} onInput={(e) => update(kind, Math.max(1, Number((e.target as HTMLInputElement).value) || 1))} />
        </label>
      )}
    </div>
  );
}
