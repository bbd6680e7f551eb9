import { useState } from 'preact/hooks';
import { request } from '@/lib/messages';
import type { CategoryValue } from '@/lib/model';
import { Dialog } from '../Dialog';
import { errorText, labelOf, t, tn } from '../i18n-override';

interface Props {
  value: CategoryValue;
  /** The dimension's other values: where its tasks may move. */
  others: CategoryValue[];
  count: number;
  onClose: () => void;
  onDeleted: (moved: number) => void;
}

/** Deleting a value asks where its tasks go: another value of the dimension, or unset. */
export function DeleteValueDialog({ value, others, count, onClose, onDeleted }: Props) {
  const [target, setTarget] = useState<string>(others.find((v) => !v.archived)?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = labelOf(value.labels);
  const confirm = async () => {
    setBusy(true);
    try {
      const { moved } = await request('category.delete', { dimension: value.dimension, id: value.id, reassignTo: target || null });
      onDeleted(moved);
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={t('deleteValueTitle', name)}
      onClose={onClose}
      describedBy="delete-value-desc"
      actions={
        <>
          <button type="button" class="btn" onClick={onClose}>{t('cancel')}</button>
          <button type="button" class="btn-danger" disabled={busy} onClick={confirm}>{t('deleteAndMove')}</button>
        </>
      }
    >
      <p id="delete-value-desc">{count > 0 ? tn('deleteValueUsed', count, name, count) : t('deleteValueUnused', name)}</p>
      <fieldset class="choice-list">
        <legend>{t('moveTasksTo')}</legend>
        {others.map((other) => (
          <label key={other.id}>
            <input type="radio" name="reassign" value={other.id} checked={target === other.id} onChange={() => setTarget(other.id)} />
            <span class="swatch" style={{ background: other.color }} aria-hidden="true" />
            {labelOf(other.labels)}
            {other.archived && <span class="badge">{t('archived')}</span>}
          </label>
        ))}
        <label>
          <input type="radio" name="reassign" value="" checked={target === ''} onChange={() => setTarget('')} />
          {t('leaveUnset')}
        </label>
      </fieldset>
      {error && <p class="error" role="alert">{error}</p>}
    </Dialog>
  );
}
