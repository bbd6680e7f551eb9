// All tasks: a filterable, searchable table, 50 rows a page, with bulk complete, reopen,
// re-categorise and delete on the selected rows — or, once the whole page is ticked, on every
// task the filters select, across pages (after a confirmation that names the count).
import { useEffect, useState } from 'preact/hooks';
import { errorText, t } from '@/components/options/i18n-override';
import { SectionHeader, Status } from '@/components/options/SectionHeader';
import { BulkBar } from '@/components/options/tasks/BulkBar';
import { EMPTY_FILTERS, PAGE_SIZE, emptyMessage, filterPayload, isChanged, listPayload, type Filters } from '@/components/options/tasks/filters';
import { TaskFilters } from '@/components/options/tasks/TaskFilters';
import { TaskTable } from '@/components/options/tasks/TaskTable';
import { useLive } from '@/components/options/useLive';
import { request } from '@/lib/messages';

export function TasksSection() {
  const [filters, setFilters] = useState<Filters>(EMPTY_FILTERS);
  const [query, setQuery] = useState<Filters>(EMPTY_FILTERS);
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  /** Every task the filters select, not only the ticked rows. */
  const [allMatching, setAllMatching] = useState(false);
  // Typing in search or person waits a moment before asking the background.
  useEffect(() => {
    const timer = setTimeout(() => setQuery(filters), filters.text !== query.text || filters.person !== query.person ? 250 : 0);
    return () => clearTimeout(timer);
  }, [filters]);
  useEffect(() => {
    setPage(0);
    setSelected(new Set());
    setAllMatching(false);
  }, [query]);

  const [switchError, setSwitchError] = useState<string | null>(null);
  const live = useLive(() => request('task.list', listPayload(query, page)), ['task', 'category'], [query, page]);
  const tasks = live.data?.tasks ?? [];
  const total = live.data?.total ?? 0;
  // Keep only selections still on the page after a reload.
  useEffect(() => {
    setSelected((prev) => {
      const ids = new Set(tasks.map((task) => task.id));
      const next = new Set([...prev].filter((id) => ids.has(id)));
      return next.size === prev.size ? prev : next;
    });
  }, [live.data]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const wholePage = tasks.length > 0 && tasks.every((task) => selected.has(task.id));
  const select = (ids: Set<string>) => {
    setSelected(ids);
    // Unticking a row leaves "all of them".
    if (ids.size < tasks.length) setAllMatching(false);
  };
  useEffect(() => {
    if (live.data && page > 0 && page >= pages) setPage(pages - 1);
  }, [live.data]);

  return (
    <section id="tasks" aria-labelledby="tasks-heading">
      <SectionHeader id="tasks" title={t('navTasks')} intro={t('tasksIntro')} />
      <TaskFilters filters={filters} onChange={setFilters} onReset={() => setFilters(EMPTY_FILTERS)} canReset={isChanged(filters)} />
      <Status error={live.error ?? switchError} />
      <BulkBar selected={[...selected]}
        matching={allMatching && total > 0 ? { filter: filterPayload(query), count: total } : null}
        canSelectAll={wholePage && total > tasks.length ? total : null}
        onSelectAll={() => setAllMatching(true)}
        onDone={() => { setSelected(new Set()); setAllMatching(false); }} />
      {live.data && total === 0 ? (
        <div class="empty-state">
          <p class="empty-title">{t(emptyMessage(query)[0])}</p>
          <p>{t(emptyMessage(query)[1])}</p>
        </div>
      ) : (
        <TaskTable tasks={tasks} selected={selected} onSelect={select} loading={!live.data} onCloseOnReply={(task, on) =>
          void request('task.update', { id: task.id, patch: { closeOnReply: on } }).catch((e: Error) => setSwitchError(errorText(e)))} />
      )}
      {total > 0 && (
        <nav class="pager" aria-label={t('pagination')}>
          <span class="hint" role="status">
            {t('pageRange', page * PAGE_SIZE + 1, Math.min(total, (page + 1) * PAGE_SIZE), total)}
          </span>
          <button type="button" class="btn-small" disabled={page === 0} onClick={() => setPage(page - 1)}>← {t('previousPage')}</button>
          <span class="hint">{t('pageOf', page + 1, pages)}</span>
          <button type="button" class="btn-small" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>{t('nextPage')} →</button>
        </nav>
      )}
    </section>
  );
}
