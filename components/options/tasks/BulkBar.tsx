import { useState } from 'preact/hooks';
import { categoryList } from '@/components/useCategories';
import { request, type RequestInput } from '@/lib/messages';
import { DIMENSIONS, type Dimension } from '@/lib/model';
import { DIMENSION_LABELS } from '@/lib/taxonomy';
import { announce } from '../announce';
import { Dialog } from '../Dialog';
import { labelOf, locale, t, tn } from '../i18n-override';

type Action = RequestInput<'task.bulk'>['action'];

/** Actions on the selected rows: complete, reopen, re-categorise, delete (after a confirmation). */
export function BulkBar({ selected, onDone }: { selected: string[]; onDone: () => void }) {
  const [dimension, setDimension] = useState<Dimension>('goal');
  const [value, setValue] = useState<string>('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (selected.length === 0) return error ? <p class="error" role="alert">{error}</p> : null;

  const run = async (action: Action) => {
    setBusy(true);
    setError(null);
    try {
      const { changed } = await request('task.bulk', { ids: selected, action });
      announce(tn('bulkChanged', changed, changed));
      setConfirming(false);
      onDone();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const values = categoryList.value.filter((c) => c.dimension === dimension && !c.archived).sort((a, b) => a.order - b.order);
  return (
    <div class="bulk-bar" role="region" aria-label={t('bulkActions')}>
      <strong>{t('selectedCount', selected.length)}</strong>
      <button type="button" class="btn-small" disabled={busy} onClick={() => run({ kind: 'complete' })}>✓ {t('complete')}</button>
      <button type="button" class="btn-small" disabled={busy} onClick={() => run({ kind: 'reopen' })}>↺ {t('reopen')}</button>
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
          onClick={() => run({ kind: 'recategorise', dimension, value: value || null })}>{t('recategorise')}</button>
      </span>
      <button type="button" class="btn-small danger" disabled={busy} onClick={() => setConfirming(true)}>{t('delete')}</button>
      <button type="button" class="btn-link" onClick={onDone}>{t('clearSelection')}</button>
      {error && <p class="error" role="alert">{error}</p>}
      {confirming && (
        <Dialog title={tn('deleteTasksTitle', selected.length, selected.length)} onClose={() => setConfirming(false)}
          actions={<>
            <button type="button" class="btn" onClick={() => setConfirming(false)}>{t('cancel')}</button>
            <button type="button" class="btn-danger" disabled={busy} onClick={() => run({ kind: 'delete' })}>{t('delete')}</button>
          </>}>
          <p>{t('deleteTasksBody')}</p>
        </Dialog>
      )}
    </div>
  );
}
