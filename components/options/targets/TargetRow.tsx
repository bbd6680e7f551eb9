import { useState } from 'preact/hooks';
import { categoriesByKey } from '@/components/useCategories';
import { calendarDate } from '../dates';
import { request, type ResponseMap } from '@/lib/messages';
import { announce } from '../announce';
import { Chip } from '../Chip';
import { Dialog } from '../Dialog';
import { errorText, labelOf, locale, t, tn } from '../i18n-override';

type Progress = ResponseMap['target.list']['targets'][number];

/** A target with a progress bar: done / count within the current period. */
export function TargetRow({ progress, onEdit, onDeleted }: { progress: Progress; onEdit: () => void; onDeleted: () => void }) {
  const { target, done, periodStart, periodEnd } = progress;
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const value = categoriesByKey.value.get(`${target.dimension}:${target.value}`);
  const name = value ? labelOf(value.labels) : target.value;
  const ratio = Math.min(1, done / target.count);
  const reached = done >= target.count;
  const per = t(`per_${target.period}`);
  const summary = tn(target.metric === 'completed' ? 'targetSummaryCompleted' : 'targetSummaryCreated', target.count, target.count, name, per);
  const short = tn(target.metric === 'completed' ? 'targetShortCompleted' : 'targetShortCreated', target.count, target.count, per);
  const remove = async () => {
    try {
      await request('target.delete', { id: target.id });
      announce(t('targetDeleted'));
      setConfirming(false);
      onDeleted();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <li class="card target" data-target={target.id}>
      <div class="target-head">
        <div>
          <div class="target-title">{value ? <><Chip value={value} /> <span>{short}</span></> : <span>{summary}</span>}</div>
          <div class="hint">
            {t('periodRange', calendarDate(periodStart, locale()), calendarDate(periodEnd, locale()))}
          </div>
        </div>
        <div class="target-count" aria-hidden="true"><strong>{done}</strong> / {target.count}</div>
      </div>
      <div class="progress" role="progressbar" aria-label={summary} aria-valuemin={0} aria-valuemax={target.count}
        aria-valuenow={Math.min(done, target.count)} aria-valuetext={t('progressText', done, target.count)}>
        <div class={reached ? 'progress-fill reached' : 'progress-fill'}
          style={{ width: `${Math.round(ratio * 100)}%`, background: reached ? undefined : value?.color }} />
      </div>
      <div class="row-actions">
        <button type="button" class="btn-small" aria-label={t('editTarget', summary)} onClick={onEdit}>{t('edit')}</button>
        <button type="button" class="btn-small danger" aria-label={t('deleteTarget', summary)} onClick={() => setConfirming(true)}>{t('delete')}</button>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      {confirming && (
        <Dialog title={t('deleteTargetTitle')} onClose={() => setConfirming(false)}
          actions={<>
            <button type="button" class="btn" onClick={() => setConfirming(false)}>{t('cancel')}</button>
            <button type="button" class="btn-danger" onClick={remove}>{t('delete')}</button>
          </>}>
          <p>{summary}</p>
        </Dialog>
      )}
    </li>
  );
}
