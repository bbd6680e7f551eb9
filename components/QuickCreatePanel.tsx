// The quick-create panel: edit the suggested title, due date (typed in words, read by the
// background), the four categories, a template and notes before creating the task. Shown in a
// closed shadow root on web pages; everything page-made is rendered as text.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ResponseMap } from '@/lib/messages';
import { DIMENSIONS, type CrmId, type Dimension, type TaskCategories, type Template } from '@/lib/model';
import { DIMENSION_LABELS } from '@/lib/taxonomy/categories';
import { RepeatPicker } from './RepeatPicker';
import { reasonFor, reasonText } from './reason-text';

type Suggested = ResponseMap['classify.suggest'];

export interface PanelValues {
  title: string;
  due: { date: string; time?: string };
  categories: TaskCategories;
  notes: string;
  /** An RRULE for a routine task. */
  rrule?: string;
  /** The categories the rep set to something else than the suggestion: remembered for next time. */
  corrections?: TaskCategories;
  /** The connected CRMs to create it in too ("Also create in …"; issue 18). */
  crm: CrmId[];
}

interface Props {
  personLabel: string;
  subject: string | null;
  suggested: Suggested;
  /** Reads a typed due date through the background; null when it cannot. */
  readDue: (text: string) => Promise<{ date: string; time?: string } | null>;
  onSubmit: (values: PanelValues) => Promise<void>;
  onCancel: () => void;
}

import { errorText, t } from './i18n';

function fillTemplate(template: Template, locale: 'en' | 'zh-CN', subject: string | null, person: string): string {
  return template.title[locale].replace('{subject}', subject ?? person).replace('{name}', person).slice(0, 200);
}

export function QuickCreatePanel({ personLabel, subject, suggested, readDue, onSubmit, onCancel }: Props) {
  const { suggestion, locale } = suggested;
  const [title, setTitle] = useState(suggestion.title);
  const [due, setDue] = useState(suggestion.due);
  const [dueText, setDueText] = useState('');
  const [dueNote, setDueNote] = useState<string | null>(null);
  const [categories, setCategories] = useState<TaskCategories>(suggestion.categories);
  const [notes, setNotes] = useState('');
  const [rrule, setRrule] = useState<string | null>(null);
  // On by default for this CRM's own record pages (and from email when the rep chose so).
  const [crm, setCrm] = useState<CrmId[]>(() => suggested.crm.filter((c) => c.checked).map((c) => c.crm));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleInput = useRef<HTMLInputElement>(null);
  // `autofocus` only works on page load; a panel opened later moves focus itself — in the same
  // task as it appears (a layout effect), not after the next frame: keys typed the moment the
  // panel shows went to the page's focused button instead of the title.
  // All of the title is selected, so typing replaces it, with the caret at its start so the
  // field shows its first letters (a forward selection scrolls a long title to its end).
  useLayoutEffect(() => {
    const input = titleInput.current;
    if (!input) return;
    input.focus({ preventScroll: true });
    input.setSelectionRange(0, input.value.length, 'backward');
    input.scrollLeft = 0;
  }, []);

  const applyTemplate = (id: string) => {
    const template = suggested.templates.find((tpl) => tpl.id === id);
    if (!template) return;
    setTitle(fillTemplate(template, locale, subject, personLabel));
    setCategories((c) => ({ ...c, goal: template.goal, ...(template.cycle ? { cycle: template.cycle } : {}) }));
    setNotes(template.notes[locale]);
  };
  const onDueText = async () => {
    const text = dueText.trim();
    if (!text) return;
    const read = await readDue(text).catch(() => null);
    if (read) {
      setDue(read);
      setDueNote(null);
    } else setDueNote(t('dueUnreadable', due.date));
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!(event as SubmitEvent).isTrusted || busy || !title.trim()) return;
    setBusy(true);
    const changed = DIMENSIONS.filter((d) => categories[d] && categories[d] !== suggestion.categories[d]);
    const corrections: TaskCategories = Object.fromEntries(changed.map((d) => [d, categories[d]]));
    try {
      await onSubmit({ title: title.trim(), due, categories, notes, crm, ...(rrule ? { rrule } : {}), ...(changed.length ? { corrections } : {}) });
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };
  /** The reason beside a field, for the value it holds now (a value the rep picked has none). */
  const why = (dimension: Dimension | 'due', value: string | undefined, id: string) => {
    const reason = reasonFor(suggestion.reasons, dimension, value);
    if (!reason) return null;
    const text = reasonText(reason, (key, sub) => t(key, sub));
    return <small class="why" id={id} data-reason={dimension} title={text}>{text}</small>;
  };
  const setCategory = (dimension: Dimension, value: string) =>
    setCategories((c) => {
      const next = { ...c };
      if (value) next[dimension] = value;
      else delete next[dimension];
      return next;
    });

  return (
    <div role="dialog" aria-modal="false" aria-labelledby="tl-panel-title">
    <form class="panel" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <h2 id="tl-panel-title">{t('panelTitle')}</h2>
      <p class="for">{t('panelFor', personLabel)}</p>
      {suggested.openTasks.length > 0 && (
        <div class="warn" role="note">
          {t('warnOpenTasks', personLabel)}
          <ul>{suggested.openTasks.map((task) => <li key={task.id}>{task.title}{task.due ? ` · ${task.due.date}` : ''}</li>)}</ul>
        </div>
      )}
      <label>{t('fieldTemplate')}
        <select onChange={(e) => applyTemplate((e.target as HTMLSelectElement).value)}>
          <option value="">{t('noValue')}</option>
          {suggested.templates.map((tpl) => <option key={tpl.id} value={tpl.id}>{tpl.labels[locale]}</option>)}
        </select>
      </label>
      <label>{t('fieldTitle')}
        <input ref={titleInput} value={title} maxLength={200} required onInput={(e) => setTitle((e.target as HTMLInputElement).value)} />
      </label>
      <div class="row">
        <label>{t('fieldDue')}
          <input type="date" value={due.date} required aria-describedby="tl-why-due" onInput={(e) => { const date = (e.target as HTMLInputElement).value; if (date) setDue({ date }); }} />
        </label>
        {/* The due date's reason takes the line this field's label leaves empty, beside "Due":
            it adds no height, so Create stays where it was. */}
        <label class="grow">{why('due', due.date, 'tl-why-due') ?? '\u00a0'}
          <input value={dueText} maxLength={100} placeholder={t('fieldDueHint')} aria-label={t('fieldDueHint')}
            onInput={(e) => setDueText((e.target as HTMLInputElement).value)} onBlur={onDueText}
            onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); void onDueText(); } }} />
        </label>
      </div>
      {dueNote && <p class="note">{dueNote}</p>}
      <RepeatPicker dueDate={due.date} onChange={setRrule} />
      <div class="grid">
        {DIMENSIONS.map((dimension) => (
          // The reason sits outside the label: it describes the field (aria-describedby), it is
          // not part of its name.
          <div key={dimension}>
            <label>{DIMENSION_LABELS[dimension][locale]}
              <select value={categories[dimension] ?? ''} data-dimension={dimension} aria-describedby={`tl-why-${dimension}`} onChange={(e) => setCategory(dimension, (e.target as HTMLSelectElement).value)}>
                <option value="">{t('noValue')}</option>
                {suggested.categories.filter((c) => c.dimension === dimension).map((c) => <option key={c.id} value={c.id}>{c.labels[locale]}</option>)}
              </select>
            </label>
            {why(dimension, categories[dimension], `tl-why-${dimension}`)}
          </div>
        ))}
      </div>
      <label>{t('fieldNotes')}
        <textarea value={notes} maxLength={5000} rows={2} onInput={(e) => setNotes((e.target as HTMLTextAreaElement).value)} />
      </label>
      {suggested.crm.map((choice) => (
        <label key={choice.crm} class="check">
          <input type="checkbox" data-crm={choice.crm} checked={crm.includes(choice.crm)}
            onChange={(e) => setCrm((list) => ((e.target as HTMLInputElement).checked ? [...list, choice.crm] : list.filter((id) => id !== choice.crm)))} />
          {t('crmAlsoCreate', choice.label)}
        </label>
      ))}
      {error && <p class="error" role="alert">{error}</p>}
      <div class="actions">
        <button type="button" onClick={onCancel}>{t('cancel')}</button>
        <button type="submit" class="primary" disabled={busy}>{t('create')}</button>
      </div>
    </form>
    </div>
  );
}
