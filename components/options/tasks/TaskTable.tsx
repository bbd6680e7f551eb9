import { RemoteLinks } from '@/components/RemoteLinks';
import { categoriesByKey } from '@/components/useCategories';
import { todayLocal } from '@/lib/dates';
import { formatDue } from '@/lib/dates/format';
import type { TaskView } from '@/lib/messages';
import { DIMENSIONS } from '@/lib/model';
import { Chip } from '../Chip';
import { bucketOf, TaskStatus } from '../TaskStatus';
import { locale, t } from '../i18n-override';

interface Props {
  tasks: TaskView[];
  selected: Set<string>;
  onSelect: (ids: Set<string>) => void;
  loading: boolean;
  /** "Close when they reply" switched on a row (issue 16). */
  onCloseOnReply: (task: TaskView, on: boolean) => void;
}

/** The row's follow-up: waiting / replied, and the switch where the task's person has an address. */
function FollowUpCell({ task, onCloseOnReply }: { task: TaskView; onCloseOnReply: Props['onCloseOnReply'] }) {
  const f = task.followUp;
  if (!f && !task.contact?.email) return null;
  return (
    <div class="follow-up-cell">
      {f?.state === 'replied' && (
        <span class="hint" title={f.reply ? t('repliedSeen', new Date(f.reply.at).toLocaleString(locale()), f.reply.from, f.reply.site) : undefined}>{t('followUpReplied')}</span>
      )}
      {f?.state === 'waiting' && f.closeOnReply && <span class="hint">{t('waitingForReply')}</span>}
      <label class="hint">
        <input type="checkbox" checked={Boolean(f?.closeOnReply)} onChange={(e) => onCloseOnReply(task, (e.currentTarget as HTMLInputElement).checked)} />
        {' '}{t('closeOnReply')}
      </label>
    </div>
  );
}

/** The page of tasks as a table: select, title and notes, person, due, status, categories. */
export function TaskTable({ tasks, selected, onSelect, loading, onCloseOnReply }: Props) {
  const today = todayLocal();
  const allOnPage = tasks.length > 0 && tasks.every((task) => selected.has(task.id));
  const someOnPage = tasks.some((task) => selected.has(task.id));
  const toggleAll = () => onSelect(allOnPage ? new Set() : new Set(tasks.map((task) => task.id)));
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelect(next);
  };
  return (
    <div class="table-wrap" aria-busy={loading}>
      <table class="task-table">
        <caption class="visually-hidden">{t('navTasks')}</caption>
        <thead>
          <tr>
            <th scope="col" class="col-select">
              <input type="checkbox" checked={allOnPage} indeterminate={someOnPage && !allOnPage}
                aria-label={t('selectAllOnPage')} onChange={toggleAll} disabled={tasks.length === 0} />
            </th>
            <th scope="col">{t('fieldTitle')}</th>
            <th scope="col">{t('person')}</th>
            <th scope="col">{t('fieldDue')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('categories')}</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => {
            const bucket = bucketOf(task, today);
            const chips = DIMENSIONS.flatMap((d) => {
              const id = task.categories[d];
              const value = id ? categoriesByKey.value.get(`${d}:${id}`) : undefined;
              return value ? [value] : [];
            });
            return (
              <tr key={task.id} data-task-id={task.id} class={selected.has(task.id) ? 'selected' : undefined}>
                <td class="col-select">
                  <input type="checkbox" checked={selected.has(task.id)} aria-label={t('selectTask', task.title)} onChange={() => toggle(task.id)} />
                </td>
                <td class="col-title">
                  <div class={task.status === 'done' ? 'title done' : 'title'}>{task.title}</div>
                  {task.source?.url && (
                    <a class="task-source" href={task.source.url} target="_blank" rel="noreferrer noopener">{t('openSource')}</a>
                  )}
                  <RemoteLinks remote={task.remote} label={(crm) => t('crmOpenIn', crm)} />
                </td>
                <td class="col-person">
                  <div>{task.contact?.name || task.contact?.email || ''}</div>
                  {task.contact?.company && <div class="hint">{task.contact.company}</div>}
                </td>
                <td class={`col-due due-${bucket}`}>
                  {task.due ? <time dateTime={task.due.date}>{formatDue(task.due, locale(), today)}</time> : <span class="hint">—</span>}
                </td>
                <td>
                  <TaskStatus status={task.status} bucket={bucket} />
                  <FollowUpCell task={task} onCloseOnReply={onCloseOnReply} />
                </td>
                <td>
                  <div class="chips">{chips.map((value) => <Chip key={`${value.dimension}:${value.id}`} value={value} />)}</div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
