// Repeat, change or stop repeating an existing task (the popup's rows): the quick-create
// panel's RepeatPicker, then Save, Stop repeating, Cancel. The change goes through task.update,
// which keeps the series right (lib/db/status-change.ts).
import { useState } from 'preact/hooks';
import type { TaskView } from '@/lib/messages';
import { t } from './i18n';
import { RepeatPicker } from './RepeatPicker';

interface Props {
  task: TaskView;
  onSave: (rrule: string | null) => void;
  onCancel: () => void;
}

export function RepeatEditor({ task, onSave, onCancel }: Props) {
  const initial = task.recurrence?.rrule ?? null;
  const [rrule, setRrule] = useState<string | null>(initial);
  const today = new Date().toLocaleDateString('en-CA');
  return (
    <div class="repeat-editor" role="group" aria-label={t('repeatEditTask', task.title)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') onCancel();
      }}>
      <RepeatPicker dueDate={task.due?.date ?? today} initial={initial} onChange={setRrule} />
      <div class="repeat-actions">
        <button type="button" class="primary" disabled={rrule === initial} onClick={() => onSave(rrule)}>{t('save')}</button>
        {initial && <button type="button" onClick={() => onSave(null)}>{t('repeatStop')}</button>}
        <button type="button" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </div>
  );
}
