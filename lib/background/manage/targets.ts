// Targets and insights: the database supplies the tasks, lib/insights does the arithmetic.
import { addDays } from '../../dates/local-date';
import { startOfLocalDay, todayLocal } from '../../dates/today';
import * as db from '../../db';
import { lastWeekStarts, milestoneInsights, targetWindow, weeklyInsights } from '../../insights';
import { ProtocolError } from '../../messages/errors';
import type { Handlers } from '../../messages/router';
import type { HandlerDeps } from '../handlers';

type TargetHandlers = Pick<Handlers, 'target.list' | 'target.save' | 'target.delete' | 'insights.get'>;

/** The rep's calendar date at an instant (the worker runs in the browser's zone). */
const dayOf = (ms: number) => todayLocal(new Date(ms));

export function createTargetHandlers(deps: HandlerDeps): TargetHandlers {
  const todayOr = (today: string | undefined) => today ?? dayOf(deps.now());
  return {
    async 'target.list'({ today, period }) {
      const database = await deps.getDb();
      const day = todayOr(today);
      const targets = (await db.listTargets(database)).filter((target) => !period || target.period === period);
      // Each target's period on the rep's calendar, counted from index keys: no task is read.
      const windows = targets.map((target) => targetWindow(target, day, startOfLocalDay));
      const counts = await db.countInWindows(database, windows.map((w) => w.window));
      return {
        targets: targets.map((target, i) => ({ target, done: counts[i]!, periodStart: windows[i]!.period.start, periodEnd: windows[i]!.period.end })),
      };
    },
    async 'target.save'({ target }) {
      const database = await deps.getDb();
      if (!(await db.categoryExists(database, target.dimension, target.value))) {
        throw new ProtocolError({ code: 'bad_request', key: 'errorNoValue', params: [target.value], message: `There is no ${target.dimension} value "${target.value}".` });
      }
      await db.saveTarget(database, target);
      deps.broadcast('target', [target.id]);
      return { target };
    },
    async 'target.delete'({ id }) {
      const deleted = await db.deleteTarget(await deps.getDb(), id);
      if (deleted) deps.broadcast('target', [id]);
      return { deleted };
    },
    async 'insights.get'({ weeks, today }) {
      const database = await deps.getDb();
      const day = todayOr(today);
      const first = lastWeekStarts(day, weeks)[0]!;
      const [dueInWindow, phased, categories] = await Promise.all([
        db.listDueBetween(database, first, addDays(first, weeks * 7 - 1)),
        db.listByCategory(database, 'cycle', 'phased'),
        db.listCategories(database),
      ]);
      const goals = categories.filter((c) => c.dimension === 'goal' && !c.archived).map((c) => c.id);
      return {
        weeks: weeklyInsights(dueInWindow, { today: day, weeks, goals, dayOf }),
        milestones: milestoneInsights(phased, first, dayOf),
      };
    },
  };
}
