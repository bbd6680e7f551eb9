import type { ResponseMap } from '@/lib/messages';
import type { CategoryValue } from '@/lib/model';
import { labelOf } from '../i18n-override';
import type { ChartSeries } from './WeekChart';

export type Insights = ResponseMap['insights.get'];
type Stat = Insights['weeks'][number]['byGoal'][string];

/** Unix seconds of each week's Monday, local midnight. */
export function weekTimes(insights: Insights): number[] {
  return insights.weeks.map((w) => {
    const [y, m, d] = w.start.split('-').map(Number);
    return new Date(y!, (m ?? 1) - 1, d ?? 1).getTime() / 1000;
  });
}

/** The goals that appear in the data, in category order, then "no goal" when present. */
export function goalSeries(insights: Insights, goals: CategoryValue[], pick: (s: Stat) => number | null, noGoalLabel: string): ChartSeries[] {
  const present = new Set(insights.weeks.flatMap((w) => Object.entries(w.byGoal).filter(([, s]) => s.due > 0).map(([g]) => g)));
  const out: ChartSeries[] = goals
    .filter((g) => present.has(g.id))
    .map((g) => ({ label: labelOf(g.labels), color: g.color, values: insights.weeks.map((w) => (w.byGoal[g.id] ? pick(w.byGoal[g.id]!) : null)) }));
  if (present.has('none')) {
    out.push({ label: noGoalLabel, color: '#94a3b8', values: insights.weeks.map((w) => (w.byGoal.none ? pick(w.byGoal.none) : null)) });
  }
  return out;
}

/** Totals over all weeks and goals, for the summary tiles. */
export function totals(insights: Insights) {
  let due = 0;
  let completed = 0;
  let onTime = 0;
  for (const week of insights.weeks) {
    for (const stat of Object.values(week.byGoal)) {
      due += stat.due;
      completed += stat.completed;
      onTime += stat.completedOnTime;
    }
  }
  const last = insights.weeks[insights.weeks.length - 1];
  const overdueNow = last ? Object.values(last.byGoal).reduce((n, s) => n + s.overdue, 0) : 0;
  const overdueAll = insights.weeks.reduce((n, w) => n + Object.values(w.byGoal).reduce((m, s) => m + s.overdue, 0), 0);
  return { due, completed, onTime, overdueNow, overdueAll, rate: due ? completed / due : null };
}
