// The import preview's list of what changes, task by task and field by field:
// "Call Dana: title ‘X’ → ‘Y’, due 2026-12-01 → 2026-12-03". The background sends the values
// language-neutral (ids, ISO dates); they are put into words here, in the page's language.
import { categoriesByKey } from '@/components/useCategories';
import type { ImportFieldChange, ImportField, ImportPreview, ImportTaskChange } from '@/lib/model';
import { labelOf, locale, t, tn } from '../i18n-override';

const CATEGORY_FIELDS = new Set<ImportField>(['goal', 'cycle', 'customer', 'channel']);
const QUOTED_FIELDS = new Set<ImportField>(['title', 'notes', 'source', 'contact']);

function valueText(field: ImportField, value: string): string {
  if (!value) return t('importNoValue');
  if (QUOTED_FIELDS.has(field)) return t('importQuoted', value);
  if (CATEGORY_FIELDS.has(field)) {
    const category = categoriesByKey.value.get(`${field}:${value}`);
    return category ? labelOf(category.labels) : value;
  }
  if (field === 'status') return t(value === 'done' ? 'statusDone' : 'statusOpen');
  if (field === 'priority') return t(`priority_${value}`);
  if (field === 'reminder') return t('importReminderMinutes', value);
  if (field === 'created' || field === 'completed') return new Date(value).toLocaleString(locale());
  return value;
}

export function describeField(change: ImportFieldChange): string {
  return t('importFieldChange', t(`importField_${change.field}`), valueText(change.field, change.from), valueText(change.field, change.to));
}

/** One task's line; a restored task has no fields to list. */
export function describeChange(change: ImportTaskChange): string {
  if (!change.fields.length) return change.title;
  return t('importChangeLine', change.title, change.fields.map(describeField).join(t('importFieldSeparator')));
}

const GROUPS = [
  { kind: 'updated', heading: 'importChangesUpdated' },
  { kind: 'older', heading: 'importChangesOlder' },
  { kind: 'restored', heading: 'importChangesRestored' },
] as const;

export function ImportChanges({ preview }: { preview: ImportPreview }) {
  if (!preview.changes.length) return null;
  return (
    <div class="import-changes">
      {preview.undatedUpdates > 0 && <p class="warning" role="note">{tn('importUndatedRows', preview.undatedUpdates, preview.undatedUpdates)}</p>}
      {GROUPS.map(({ kind, heading }) => {
        const changes = preview.changes.filter((c) => c.kind === kind);
        if (!changes.length) return null;
        return (
          <section key={kind} class={`import-changes-${kind}`}>
            <h5>{t(heading)}</h5>
            <ul>
              {changes.map((change) => <li key={change.id}>{describeChange(change)}</li>)}
            </ul>
          </section>
        );
      })}
      {preview.moreChanges > 0 && <p class="hint">{t('importMoreErrors', preview.moreChanges)}</p>}
    </div>
  );
}
