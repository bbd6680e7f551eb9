// Today at a glance: open tasks due today or overdue per goal type, and this week's targets.
import { useEffect, useState } from 'preact/hooks';
import { categoriesByKey } from '@/components/useCategories';
import { labelOf, t } from '@/components/i18n';
import type { ResponseMap } from '@/lib/messages';
import { onChange, request } from '@/lib/messages/client';

type TargetProgress = ResponseMap['target.list']['targets'][number];


export function GoalSummary({ countsByGoal }: { countsByGoal: Record<string, number> }) {
  const [targets, setTargets] = useState<TargetProgress[]>([]);
  useEffect(() => {
    const load = () => request('target.list', { period: 'week' }).then((r) => setTargets(r.targets), () => setTargets([]));
    void load();
    return onChange((event) => (event.entity === 'target' || event.entity === 'task') && void load());
  }, []);

  const goals = Object.entries(countsByGoal).filter(([, n]) => n > 0);
  if (!goals.length && !targets.length) return null;
  return (
    <section class="summary" aria-label={t('summary')}>
      {goals.length > 0 && (
        <ul class="goal-counts">
          {goals.map(([goal, count]) => {
            const value = categoriesByKey.value.get(`goal:${goal}`);
            return (
              <li key={goal} style={{ '--chip': value?.color ?? '#6b7280' }}>
                <strong>{count}</strong> {value ? labelOf(value.labels) : t('noGoal')}
              </li>
            );
          })}
        </ul>
      )}
      {targets.map(({ target, done }) => {
        const value = categoriesByKey.value.get(`${target.dimension}:${target.value}`);
        const label = value ? labelOf(value.labels) : target.value;
        return (
          <div class="target" key={target.id}>
            <span>{t('weekTarget', label)}</span>
            <progress max={target.count} value={Math.min(done, target.count)} aria-label={t('weekTarget', label)} />
            <span class="target-count">{done}/{target.count}</span>
          </div>
        );
      })}
    </section>
  );
}
