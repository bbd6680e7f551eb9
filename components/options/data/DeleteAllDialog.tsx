import { useState } from 'preact/hooks';
import { request } from '@/lib/messages';
import { announce } from '../announce';
import { Dialog } from '../Dialog';
import { errorText, t } from '../i18n-override';

/** Deletes every task, contact and target after the rep types DELETE. */
export function DeleteAllDialog({ onClose }: { onClose: () => void }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async (e: Event) => {
    e.preventDefault();
    if (typed !== 'DELETE') return;
    setBusy(true);
    try {
      await request('data.deleteAll', { confirm: 'DELETE' });
      announce(t('deleteAllDone'));
      onClose();
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('deleteAllTitle')} onClose={onClose} describedBy="delete-all-desc"
      actions={<>
        <button type="button" class="btn" onClick={onClose}>{t('cancel')}</button>
        <button type="submit" form="delete-all-form" class="btn-danger" disabled={typed !== 'DELETE' || busy}>{t('deleteAllButton')}</button>
      </>}>
      <p id="delete-all-desc">{t('deleteAllWarning')}</p>
      <form id="delete-all-form" onSubmit={confirm}>
        <label class="field">
          <span>{t('typeDelete')}</span>
          <input value={typed} autoComplete="off" spellcheck={false} onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)} />
        </label>
      </form>
      {error && <p class="error" role="alert">{error}</p>}
    </Dialog>
  );
}
