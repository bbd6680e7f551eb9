import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { TaskRow } from '@/components/TaskRow';
import { categoriesByKey, loadCategories } from '@/components/useCategories';
import { onChange, type TaskView } from '@/lib/messages';
import { addTask, completeTask, due, loadDue, loadError } from './due-tasks';

const t = browser.i18n.getMessage;

export function PopupApp() {
  const [draft, setDraft] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);

  useEffect(() => {
    void loadDue();
    void loadCategories().catch((e: Error) => setActionError(e.message));
    return onChange((event) => {
      if (event.entity === 'task') void loadDue();
      if (event.entity === 'category') void loadCategories();
    });
  }, []);

  const run = (action: Promise<void>) =>
    action.then(() => setActionError(null)).catch((e: Error) => setActionError(e.message));

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const title = draft.trim();
    if (!title) return;
    void run(addTask(title).then(() => setDraft('')));
  };
  const onComplete = (task: TaskView) => void run(completeTask(task.id));

  const list = due.value;
  const shown = list ? list.overdue.length + list.dueToday.length : 0;
  return (
    <main>
      <header>
        <h1>{t('popupTitle')}</h1>
        <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </header>
      <form onSubmit={onSubmit}>
        <input
          aria-label={t('quickAddLabel')}
          placeholder={t('quickAddPlaceholder')}
          maxLength={200}
          value={draft}
          onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
        />
        <button type="submit">{t('add')}</button>
      </form>
      {(loadError.value || actionError) && (
        <p class="error" role="alert">{actionError ?? loadError.value}</p>
      )}
      {!list && !loadError.value && <p class="empty">{t('loading')}</p>}
      {list && list.overdue.length > 0 && (
        <section aria-labelledby="overdue-heading">
          <h2 id="overdue-heading">{t('overdue')}</h2>
          <ul>{list.overdue.map((task) => <TaskRow key={task.id} task={task} categories={categoriesByKey.value} onComplete={onComplete} />)}</ul>
        </section>
      )}
      {list && (
        <section aria-labelledby="today-heading">
          <h2 id="today-heading">{t('today')}</h2>
          {list.dueToday.length === 0 ? (
            <p class="empty">{t('emptyToday')}</p>
          ) : (
            <ul>{list.dueToday.map((task) => <TaskRow key={task.id} task={task} categories={categoriesByKey.value} onComplete={onComplete} />)}</ul>
          )}
        </section>
      )}
      {list && list.upcoming.length > 0 && (
        // Collapsed unless nothing is due today: then the week ahead is what there is to see.
        <details class="upcoming" open={shown === 0}>
          <summary><h2 id="upcoming-heading">{t('next7Days')} ({list.upcoming.length})</h2></summary>
          <ul aria-labelledby="upcoming-heading">{list.upcoming.map((task) => <TaskRow key={task.id} task={task} categories={categoriesByKey.value} onComplete={onComplete} showDate />)}</ul>
        </details>
      )}
      {list && list.total > shown && <p class="empty">{t('moreTasks', String(list.total - shown))}</p>}
    </main>
  );
}
