import { useState } from 'preact/hooks';
import { categoriesByKey } from '@/components/useCategories';
import { request } from '@/lib/messages';
import type { Template } from '@/lib/model';
import { announce } from '../announce';
import { Chip } from '../Chip';
import { Dialog } from '../Dialog';
import { errorText, labelOf, locale, t, tn } from '../i18n-override';
import { TemplateEditor } from './TemplateEditor';

/** A template: its name, title pattern, due offset and cycle; Edit opens the editor in place. */
export function TemplateCard({ template, onChanged }: { template: Template; onChanged: () => void }) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = labelOf(template.labels);
  const cycle = template.cycle ? categoriesByKey.value.get(`cycle:${template.cycle}`) : undefined;

  if (editing) {
    return (
      <li class="template-item editing">
        <TemplateEditor
          initial={template}
          onCancel={() => setEditing(false)}
          onSave={async (tpl) => {
            await request('template.save', { template: tpl });
            announce(t('templateSaved', labelOf(tpl.labels)));
            setEditing(false);
            onChanged();
          }}
        />
      </li>
    );
  }
  const remove = async () => {
    try {
      await request('template.delete', { id: template.id });
      announce(t('templateDeleted', name));
      setConfirming(false);
      onChanged();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <li class="template-item" data-template={template.id}>
      <div class="template-main">
        <div class="template-name">{name}</div>
        <div class="template-title">{template.title[locale()] || template.title.en}</div>
        <div class="template-meta">
          <span>{template.dueOffsetDays === 0 ? t('dueSameDay') : template.dueOffsetDays === 1 ? t('dueNextDay') : tn('dueInDays', template.dueOffsetDays, template.dueOffsetDays)}</span>
          {cycle && <Chip value={cycle} />}
        </div>
      </div>
      <div class="row-actions">
        <button type="button" class="btn-small" aria-label={t('editTemplate', name)} onClick={() => setEditing(true)}>{t('edit')}</button>
        <button type="button" class="btn-small danger" aria-label={t('deleteTemplate', name)} onClick={() => setConfirming(true)}>{t('delete')}</button>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      {confirming && (
        <Dialog
          title={t('deleteTemplateTitle', name)}
          onClose={() => setConfirming(false)}
          actions={
            <>
              <button type="button" class="btn" onClick={() => setConfirming(false)}>{t('cancel')}</button>
              <button type="button" class="btn-danger" onClick={remove}>{t('delete')}</button>
            </>
          }
        >
          <p>{t('deleteTemplateBody')}</p>
        </Dialog>
      )}
    </li>
  );
}
