import { useState } from 'preact/hooks';
import { categoryList } from '@/components/useCategories';
import { request, type RequestInput } from '@/lib/messages';
import { DIMENSIONS, type Dimension } from '@/lib/model';
import { DIMENSION_LABELS } from '@/lib/taxonomy';
import { announce } from '../announce';
import { Dialog } from '../Dialog';
import { errorText, labelOf, locale, t, tn } from '../i18n-override';

type Action = RequestInput<'task.bulk'>['action'];
export type TaskFilterPayload = RequestInput<'task.bulkMatching'>['filter'];

interface Props {
  /** The rows ticked on this page. */
  selected: string[];
  /** Every task the filters select, across pages, when the rep chose them all; else null. */
  matching: { filter: TaskFilterPayload; count: number } | null;
  /** Offered when the whole page is ticked and the filters select more: how many they select. */
  canSelectAll: number | null;
  onSelectAll: () => void;
  onDone: () => void;
}

/**
 * Actions on the selected rows, or on every task the filters select: complete, reopen,
 * re-categorise, delete. Acting on all of them, and deleting, first asks, naming the count.
 */
export function BulkBar({ selected, matching, canSelectAll, onSelectAll, onDone }: Props) {
  const [dimension, setDimension] = useState<Dimension>('goal');
  const [value, setValue] = useState<string>('');
  const [confirming, setConfirming] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (selected.length === 0 && !matching) return error ? <p class="error" role="alert">{error}</p> : null;
  const count = matching ? matching.count : selected.length;

  const run = async (action: Action) => {
    setBusy(true);
    setError(null);
    try {
      const { changed } = matching
        ? await request('task.bulkMatching', { filter: matching.filter, action, expected: matching.count })
        : await request('task.bulk', { ids: selected, action });
      announce(tn('bulkChanged', changed, changed));
      setConfirming(null);
      onDone();
    } catch (e) {
      setError(errorText(e));
      setConfirming(null);
    } finally {
      setBusy(false);
    }
  };
  const ask = (action: Action) => (matching || action.kind === 'delete' ? setConfirming(action) : void run(action));
  const values = categoryList.value.filter((c) => c.dimension === dimension && !c.archived).sort((a, b) => a.order - b.order);
  const valueLabel = (action: Extract<Action, { kind: 'recategorise' }>) => {
    const found = categoryList.value.find((c) => c.dimension === action.dimension && c.id === action.value);
    return found ? labelOf(found.labels) : t('unset');
  };
  const question = (action: Action): string => {
    switch (action.kind) {
      case 'complete': return tn('bulkConfirmComplete', count, count);
      case 'reopen': return tn('bulkConfirmReopen', count, count);
      case 'delete': return tn('deleteTasksTitle', count, count);
      case 'recategorise': return tn('bulkConfirmRecategorise', count, count, DIMENSION_LABELS[action.dimension][locale()], valueLabel(action));
    }
  };
  const verb = (action: Action) => t(action.kind === 'recategorise' ? 'recategorise' : action.kind);
  return (
    <div class="bulk-bar" role="region" aria-label={t('bulkActions')}>
      <strong>{matching ? tn('allMatchingSelected', count, count) : t('selectedCount', count)}</strong>
      {!matching && canSelectAll !== null && (
        <button type="button" class="btn-link" onClick={onSelectAll}>{tn('selectAllMatching', canSelectAll, canSelectAll)}</button>
      )}
      <button type="button" class="btn-small" disabled={busy} onClick={() => ask({ kind: 'complete' })}>✓ {t('complete')}</button>
      <button type="button" class="btn-small" disabled={busy} onClick={() => ask({ kind: 'reopen' })}>↺ {t('reopen')}</button>
      <span class="bulk-recat">
        <label>
          <span class="visually-hidden">{t('dimension')}</span>
          <select value={dimension} onChange={(e) => { setDimension((e.currentTarget as HTMLSelectElement).value as Dimension); setValue(''); }}>
            {DIMENSIONS.map((d) => <option key={d} value={d}>{DIMENSION_LABELS[d][locale()]}</option>)}
          </select>
        </label>
        <label>
          <span class="visually-hidden">{t('value')}</span>
          <select value={value} onChange={(e) => setValue((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('unset')}</option>
            {values.map((v) => <option key={v.id} value={v.id}>{labelOf(v.labels)}</option>)}
          </select>
        </label>
        <button type="button" class="btn-small" disabled={busy}
          onClick={() => ask({ kind: 'recategorise', dimension, value: value || null })}>{t('recategorise')}</button>
      </span>
      <button type="button" class="btn-small danger" disabled={busy} onClick={() => ask({ kind: 'delete' })}>{t('delete')}</button>
      <button type="button" class="btn-link" onClick={onDone}>{t('clearSelection')}</button>
      {error && <p class="error" role="alert">{error}</p>}
      {confirming && (
        <Dialog title={question(confirming)} onClose={() => setConfirming(null)}
          actions={<>
            <button type="button" class="btn" onClick={() => setConfirming(null)}>{t('cancel')}</button>
            <button type="button" class={confirming.kind === 'delete' ? 'btn-danger' : 'btn-primary'} disabled={busy} onClick={() => run(confirming)}>{verb(confirming)}</button>
          </>}>
          <p>{t(confirming.kind === 'delete' ? 'deleteTasksBody' : 'bulkConfirmBody')}</p>
          {confirming.kind === 'delete' && matching && <p>{t('bulkConfirmBody')}</p>}
        </Dialog>
      )}
    </div>
  );
}
