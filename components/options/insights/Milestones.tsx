import { categoriesByKey } from '@/components/useCategories';
import { todayLocal } from '@/lib/dates';
import { formatDue } from '@/lib/dates/format';
import { DIMENSIONS } from '@/lib/model';
import { Chip } from '../Chip';
import { bucketOf, TaskStatus } from '../TaskStatus';
import { locale, t } from '../i18n-override';
import type { Insights } from './insight-data';

/** Milestone tasks (cycle 'phased'): what is coming, what is late, what was just done. */
export function Milestones({ milestones }: { milestones: Insights['milestones'] }) {
  const today = todayLocal();
  const sorted = milestones.slice().sort((a, b) => (a.due?.date ?? '9999').localeCompare(b.due?.date ?? '9999'));
  return (
    <div class="card milestones">
      <h3>{t('milestones')}</h3>
      {sorted.length === 0 ? (
        <p class="empty">{t('noMilestones')}</p>
      ) : (
        <table class="task-table">
          <thead>
            <tr>
              <th scope="col">{t('fieldTitle')}</th>
              <th scope="col">{t('fieldDue')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('categories')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((m) => {
              const bucket = bucketOf(m, today);
              return (
                <tr key={m.id} data-task-id={m.id}>
                  <td class={m.status === 'done' ? 'title done' : 'title'}>{m.title}</td>
                  <td class={`col-due due-${bucket}`}>{m.due ? <time dateTime={m.due.date}>{formatDue(m.due, locale(), today)}</time> : '—'}</td>
                  <td><TaskStatus status={m.status} bucket={bucket} /></td>
                  <td>
                    <div class="chips">{DIMENSIONS.flatMap((d) => {
                      const id = m.categories[d];
                      const value = id && d !== 'cycle' ? categoriesByKey.value.get(`${d}:${id}`) : undefined;
                      return value ? [<Chip key={d} value={value} />] : [];
                    })}</div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
