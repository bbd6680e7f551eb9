import type { CategoryValue } from '@/lib/model';
import { calendarDate } from '../dates';
import { labelOf, locale, t } from '../i18n-override';
import type { Insights } from './insight-data';

/** The charts' numbers as a table (for screen readers and for reading exact values). */
export function InsightTable({ insights, goals }: { insights: Insights; goals: CategoryValue[] }) {
  const ids = [...goals.map((g) => g.id), 'none'].filter((id) => insights.weeks.some((w) => (w.byGoal[id]?.due ?? 0) > 0));
  const name = (id: string) => {
    const goal = goals.find((g) => g.id === id);
    return goal ? labelOf(goal.labels) : t('noGoal');
  };
  return (
    <details class="card insight-table">
      <summary>{t('showAsTable')}</summary>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('weekOf')}</th>
              {ids.map((id) => <th scope="col" key={id}>{name(id)}</th>)}
            </tr>
          </thead>
          <tbody>
            {insights.weeks.map((week) => (
              <tr key={week.start}>
                <th scope="row">{calendarDate(week.start, locale())}</th>
                {ids.map((id) => {
                  const s = week.byGoal[id];
                  return (
                    <td key={id}>
                      {s && s.due > 0 ? t('weekCell', s.completed, s.due, s.overdue) : '—'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
