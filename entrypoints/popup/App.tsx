import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { StorageBanner } from '@/components/StorageBanner';
import { TaskRow } from '@/components/TaskRow';
import { categoriesByKey, loadCategories } from '@/components/useCategories';
import type { TaskView } from '@/lib/messages';
import { onChange } from '@/lib/messages/client';
import { actionError, completeTask, due, lastAction, loadDue, loadError, renameTask, repeatTask, snoozeTask, undoLast } from './due-tasks';
import { loadFollowUps, setCloseOnReply } from './follow-ups';
import { FollowUpGroups } from './FollowUps';
import { GoalSummary } from './GoalSummary';
import { moveRowFocus } from './keyboard';
import { QuickAdd } from './QuickAdd';

import { t, tn } from '@/components/i18n';

/**
 * Rows made for the first paint, overdue and today's together: more than a popup's height
 * (600 px at most) holds. The rest follow right after it. (12 per list made up to 24 rows,
 * half of them below the fold, and the first render's cost grows with the rows it makes.)
 */
const FIRST_ROWS = 12;

function useAllAfterFirstPaint(count: number, first: number): number {
  const [all, setAll] = useState(false);
  useEffect(() => {
    if (all) return undefined;
    const id = setTimeout(() => setAll(true), 0);
    return () => clearTimeout(id);
  }, [all]);
  return all ? count : Math.min(count, first);
}

function Section({ id, tasks, showDate, firstRows = FIRST_ROWS }: { id: string; tasks: TaskView[]; showDate?: boolean; firstRows?: number }) {
  const shown = useAllAfterFirstPaint(tasks.length, firstRows);
  return (
    <ul aria-labelledby={id}>
      {tasks.slice(0, shown).map((task, i) => (
        <TaskRow key={task.id} task={task} categories={categoriesByKey.value} showDate={showDate} active={id === 'first' && i === 0}
          onComplete={(x) => void completeTask(x, t('completed', x.title))}
          onSnooze={(x, choice, label) => void snoozeTask(x, choice, t('snoozed', x.title, label))}
          onRename={(x, title, scope) => void renameTask(x, title, scope)}
          onCloseOnReply={(x, on) => void setCloseOnReply(x, on)}
          onRepeat={(x, rrule) => void repeatTask(x, rrule, t(rrule ? 'repeatChanged' : 'repeatStopped', x.title))} />
      ))}
    </ul>
  );
}

/**
 * The week ahead, collapsed unless nothing is due today (then it is what there is to see). Its
 * rows are made only once it is opened: the popup's first paint is today's list.
 */
function Upcoming({ tasks, openAtFirst }: { tasks: TaskView[]; openAtFirst: boolean }) {
  const [open, setOpen] = useState(openAtFirst);
  return (
    <details class="upcoming" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary><h2 id="upcoming-heading">{t('next7Days')} ({tasks.length})</h2></summary>
      {open && <Section id="upcoming-heading" tasks={tasks} showDate />}
    </details>
  );
}

export function PopupApp() {
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    // The first load is already on its way (main.tsx starts it before the first render).
    return onChange((event) => {
      if (event.entity === 'task') {
        void loadDue();
        void loadFollowUps();
      }
      if (event.entity === 'category') void loadCategories();
    });
  }, []);

  const list = due.value;
  const shown = list ? list.overdue.length + list.dueToday.length : 0;
  // The first paint's rows go to the overdue list first, as it is shown first.
  const overdueFirst = Math.min(list?.overdue.length ?? 0, FIRST_ROWS);
  const error = actionError.value ?? loadError.value;
  return (
    <main ref={main} onKeyDown={(e) => moveRowFocus(e, main.current)}>
      <header>
        <h1>{t('popupTitle')}</h1>
        <button type="button" class="link" onClick={() => browser.runtime.openOptionsPage()}>{t('openOptions')}</button>
      </header>
      <StorageBanner />
      <QuickAdd />
      {list && <GoalSummary countsByGoal={list.countsByGoal} />}
      {error && <p class="error" role="alert">{error}</p>}
      {lastAction.value && (
        <div class="undo-bar" role="status">
          <span>{lastAction.value.message}</span>
          <button type="button" class="link" onClick={() => void undoLast()}>{t('undo')}</button>
        </div>
      )}
      {!list && !loadError.value && <p class="empty">{t('loading')}</p>}
      {list && list.overdue.length > 0 && (
        <section>
          <h2 id="overdue-heading" class="overdue">{t('overdue')} ({list.overdue.length})</h2>
          <Section id="overdue-heading" tasks={list.overdue} showDate firstRows={overdueFirst} />
        </section>
      )}
      {list && (
        <section>
          <h2 id="today-heading">{t('today')} ({list.dueToday.length})</h2>
          {list.dueToday.length === 0 ? <p class="empty">{t('emptyToday')}</p> : <Section id="today-heading" tasks={list.dueToday} firstRows={FIRST_ROWS - overdueFirst} />}
        </section>
      )}
      <FollowUpGroups />
      {list && list.upcoming.length > 0 && <Upcoming tasks={list.upcoming} openAtFirst={shown === 0} />}
      {list && list.total > shown && <p class="empty">{tn('moreTasks', list.total - shown, list.total - shown)}</p>}
      <p class="hint" aria-hidden="true">{t('keyboardHint')}</p>
    </main>
  );
}
