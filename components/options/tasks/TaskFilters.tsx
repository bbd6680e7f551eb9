import { categoryList } from '@/components/useCategories';
import { DIMENSIONS, type Dimension } from '@/lib/model';
import { DIMENSION_LABELS } from '@/lib/taxonomy';
import { labelOf, locale, t } from '../i18n-override';
import type { Filters } from './filters';

interface Props {
  filters: Filters;
  onChange: (f: Filters) => void;
  onReset: () => void;
  canReset: boolean;
}

/** Search, status, one select per dimension (with "unset"), due range, person and sort. */
export function TaskFilters({ filters, onChange, onReset, canReset }: Props) {
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const setCategory = (d: Dimension, value: string) => set({ categories: { ...filters.categories, [d]: value } });
  const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  return (
    <div class="filters" role="search" aria-label={t('filterTasks')}>
      <label class="search-field">
        <span class="visually-hidden">{t('searchTasks')}</span>
        <input type="search" placeholder={t('searchTasks')} value={filters.text} maxLength={200} onInput={(e) => set({ text: value(e) })} />
      </label>
      <label>
        <span>{t('status')}</span>
        <select value={filters.status} onChange={(e) => set({ status: value(e) as Filters['status'] })}>
          <option value="open">{t('statusOpen')}</option>
          <option value="done">{t('statusDone')}</option>
          <option value="all">{t('statusAll')}</option>
        </select>
      </label>
      <label>
        <span>{t('followUpFilter')}</span>
        <select value={filters.followUp} onChange={(e) => set({ followUp: value(e) as Filters['followUp'] })}>
          <option value="">{t('any')}</option>
          <option value="waiting">{t('waitingForReply')}</option>
          <option value="replied">{t('followUpReplied')}</option>
        </select>
      </label>
      {DIMENSIONS.map((d) => (
        <label key={d}>
          <span>{DIMENSION_LABELS[d][locale()]}</span>
          <select value={filters.categories[d]} onChange={(e) => setCategory(d, value(e))}>
            <option value="">{t('any')}</option>
            <option value="-">{t('unset')}</option>
            {categoryList.value
              .filter((c) => c.dimension === d)
              .sort((a, b) => a.order - b.order)
              .map((c) => <option key={c.id} value={c.id}>{labelOf(c.labels)}</option>)}
          </select>
        </label>
      ))}
      <label>
        <span>{t('dueFrom')}</span>
        <input type="date" value={filters.dueFrom} max={filters.dueTo || undefined} onInput={(e) => set({ dueFrom: value(e) })} />
      </label>
      <label>
        <span>{t('dueTo')}</span>
        <input type="date" value={filters.dueTo} min={filters.dueFrom || undefined} onInput={(e) => set({ dueTo: value(e) })} />
      </label>
      <label>
        <span>{t('person')}</span>
        <input type="text" value={filters.person} maxLength={200} placeholder={t('personPlaceholder')} onInput={(e) => set({ person: value(e) })} />
      </label>
      <label>
        <span>{t('sortBy')}</span>
        <select value={filters.sort} onChange={(e) => set({ sort: value(e) as Filters['sort'] })}>
          <option value="due">{t('sortDue')}</option>
          <option value="updated">{t('sortUpdated')}</option>
          <option value="created">{t('sortCreated')}</option>
        </select>
      </label>
      <button type="button" class="btn-link" disabled={!canReset} onClick={onReset}>{t('clearFilters')}</button>
    </div>
  );
}
