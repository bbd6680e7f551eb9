import { useState } from 'preact/hooks';
import { categoryList } from '@/components/useCategories';
import { DIMENSIONS, type Dimension, type Target } from '@/lib/model';
import { DIMENSION_LABELS } from '@/lib/taxonomy';
import { errorText, labelOf, locale, t } from '../i18n-override';

const PERIODS = ['week', 'month', 'quarter'] as const;
const METRICS = ['completed', 'created'] as const;

/** Adds or edits a target: dimension, value, period, count and what counts. */
export function TargetForm({ initial, onSave, onCancel }: { initial?: Target; onSave: (t: Target) => Promise<void>; onCancel: () => void }) {
  const firstGoal = categoryList.value.find((c) => c.dimension === 'goal' && !c.archived)?.id ?? '';
  const [draft, setDraft] = useState<Target>(
    initial ?? { id: crypto.randomUUID(), dimension: 'goal', value: firstGoal, period: 'week', count: 10, metric: 'completed' },
  );
  const [error, setError] = useState<string | null>(null);
  const values = categoryList.value
    .filter((c) => c.dimension === draft.dimension && (!c.archived || c.id === initial?.value))
    .sort((a, b) => a.order - b.order);
  const setDimension = (dimension: Dimension) =>
    setDraft((d) => ({ ...d, dimension, value: categoryList.value.find((c) => c.dimension === dimension && !c.archived)?.id ?? '' }));
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!draft.value) return setError(t('chooseValue'));
    if (!Number.isInteger(draft.count) || draft.count < 1 || draft.count > 10000) return setError(t('countRange'));
    try {
      await onSave(draft);
    } catch (err) {
      setError(errorText(err));
    }
  };
  const select = <T extends string>(label: string, value: T, options: readonly { id: T; label: string }[], onChange: (v: T) => void) => (
    <label>
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as T)}>
        {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
      </select>
    </label>
  );
  return (
    <form class="card target-form" onSubmit={submit} aria-label={initial ? t('editTargetTitle') : t('addTarget')}>
      <div class="form-grid five">
        {select(t('dimension'), draft.dimension, DIMENSIONS.map((d) => ({ id: d, label: DIMENSION_LABELS[d][locale()] })), setDimension)}
        {select(t('value'), draft.value, values.map((v) => ({ id: v.id, label: labelOf(v.labels) })), (value) => setDraft((d) => ({ ...d, value })))}
        {select(t('metric'), draft.metric, METRICS.map((m) => ({ id: m, label: t(`metric_${m}`) })), (metric) => setDraft((d) => ({ ...d, metric })))}
        <label>
          <span>{t('count')}</span>
          <input type="number" min={1} max={10000} step={1} required value={draft.count}
            onInput={(e) => setDraft((d) => ({ ...d, count: Math.round(Number((e.currentTarget as HTMLInputElement).value)) }))} />
        </label>
        {select(t('period'), draft.period, PERIODS.map((p) => ({ id: p, label: t(`period_${p}`) })), (period) => setDraft((d) => ({ ...d, period })))}
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      <div class="form-actions">
        <button type="submit" class="btn-primary">{t('save')}</button>
        <button type="button" class="btn" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </form>
  );
}
