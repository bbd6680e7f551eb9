import { useId, useState } from 'preact/hooks';
import { categoryList } from '@/components/useCategories';
import type { Template } from '@/lib/model';
import { errorText, labelOf, t } from '../i18n-override';

interface Props {
  initial: Template;
  isNew?: boolean;
  onSave: (template: Template) => Promise<void>;
  onCancel: () => void;
}

type Lang = 'en' | 'zh-CN';

/** The form of a template: name, title and notes in both languages, due offset and cycle. */
export function TemplateEditor({ initial, isNew, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<Template>(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const uid = useId();
  const cycles = categoryList.value.filter((c) => c.dimension === 'cycle' && (!c.archived || c.id === initial.cycle));

  const setText = (field: 'labels' | 'title' | 'notes', lang: Lang, value: string) =>
    setDraft((d) => ({ ...d, [field]: { ...d[field], [lang]: value } }));

  const submit = async (e: Event) => {
    e.preventDefault();
    const missing = !draft.labels.en.trim() || !draft.labels['zh-CN'].trim() || !draft.title.en.trim() || !draft.title['zh-CN'].trim();
    if (missing) {
      setError(t('templateFieldsNeeded'));
      return;
    }
    setBusy(true);
    try {
      await onSave(draft);
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };
  const field = (name: 'labels' | 'title', lang: Lang, label: string, max: number) => (
    <label>
      <span>{label}</span>
      <input lang={lang} value={draft[name][lang]} maxLength={max} required
        onInput={(e) => setText(name, lang, (e.currentTarget as HTMLInputElement).value)} />
    </label>
  );
  return (
    <form class="template-editor" onSubmit={submit} aria-label={isNew ? t('addTemplate') : t('editTemplate', labelOf(initial.labels))}>
      <div class="form-grid two">
        {field('labels', 'en', t('templateNameEn'), 60)}
        {field('labels', 'zh-CN', t('templateNameZh'), 60)}
        {field('title', 'en', t('templateTitleEn'), 200)}
        {field('title', 'zh-CN', t('templateTitleZh'), 200)}
        {(['en', 'zh-CN'] as const).map((lang) => (
          <label key={lang}>
            <span>{lang === 'en' ? t('templateNotesEn') : t('templateNotesZh')}</span>
            <textarea lang={lang} rows={3} maxLength={5000} value={draft.notes[lang]}
              onInput={(e) => setText('notes', lang, (e.currentTarget as HTMLTextAreaElement).value)} />
          </label>
        ))}
        <label>
          <span>{t('dueOffset')}</span>
          <input type="number" min={0} max={365} step={1} value={draft.dueOffsetDays} aria-describedby={`${uid}-due`}
            onInput={(e) => {
              const n = Math.round(Number((e.currentTarget as HTMLInputElement).value));
              if (Number.isFinite(n)) setDraft((d) => ({ ...d, dueOffsetDays: Math.min(365, Math.max(0, n)) }));
            }} />
          <small id={`${uid}-due`} class="hint">{t('dueOffsetHint')}</small>
        </label>
        <label>
          <span>{t('defaultCycle')}</span>
          <select value={draft.cycle ?? ''} onChange={(e) => {
            const value = (e.currentTarget as HTMLSelectElement).value;
            setDraft((d) => ({ ...d, cycle: value || undefined }));
          }}>
            <option value="">{t('unset')}</option>
            {cycles.map((c) => <option key={c.id} value={c.id}>{labelOf(c.labels)}</option>)}
          </select>
        </label>
      </div>
      <p class="hint">{t('templatePlaceholdersHint')}</p>
      {error && <p class="error" role="alert">{error}</p>}
      <div class="form-actions">
        <button type="submit" class="btn-primary" disabled={busy}>{t('save')}</button>
        <button type="button" class="btn" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </form>
  );
}
