// Quick add with a due date in words: "Call Dana tomorrow 3pm", "给王总回电话 下周二".
import { useState } from 'preact/hooks';
import { addTask } from './due-tasks';

import { t } from '@/components/i18n';

export function QuickAdd() {
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const text = draft.trim();
    if (!text || busy) return;
    setBusy(true);
    if (await addTask(text)) setDraft('');
    setBusy(false);
  };
  return (
    <form class="quick-add" onSubmit={onSubmit}>
      <input aria-label={t('quickAddLabel')} placeholder={t('quickAddPlaceholder')} maxLength={200} value={draft}
        onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
      <button type="submit" disabled={busy}>{t('add')}</button>
    </form>
  );
}
