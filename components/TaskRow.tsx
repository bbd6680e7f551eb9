import { browser } from 'wxt/browser';
import type { TaskView } from '@/lib/messages';
import { formatDue } from '@/lib/dates/format';
import { uiLocale } from '@/lib/i18n';
import { DIMENSIONS, type CategoryValue } from '@/lib/model';
import { CategoryChip } from './CategoryChip';

interface Props {
  task: TaskView;
  /** Category values by "dimension:id". */
  categories: Map<string, CategoryValue>;
  onComplete: (task: TaskView) => void;
  /** Show the due date, not only the time (rows outside today). */
  showDate?: boolean;
}

/** One task: complete box, title, person, chips, due time and a link back to its source. */
export function TaskRow({ task, categories, onComplete, showDate }: Props) {
  const person = [task.contact?.name || task.contact?.email, task.contact?.company].filter(Boolean).join(' · ');
  const chips = DIMENSIONS.flatMap((d) => {
    const id = task.categories[d];
    const value = id ? categories.get(`${d}:${id}`) : undefined;
    return value ? [value] : [];
  });
  return (
    <li class="task" data-task-id={task.id}>
      <input
        type="checkbox"
        checked={task.status === 'done'}
        aria-label={browser.i18n.getMessage('completeTask', task.title)}
        onChange={() => onComplete(task)}
      />
      <div class="task-body">
        <div class="task-title">{task.title}</div>
        {person && <div class="task-person">{person}</div>}
        <div class="task-meta">
          {showDate && task.due && <time class="task-time" dateTime={task.due.date}>{formatDue(task.due, uiLocale())}</time>}
          {!showDate && task.due?.time && <time class="task-time">{task.due.time}</time>}
          {chips.map((value) => (
            <CategoryChip key={value.id} value={value} />
          ))}
          {task.source?.url && (
            <a class="task-source" href={task.source.url} target="_blank" rel="noreferrer noopener">
              {browser.i18n.getMessage('openSource')}
            </a>
          )}
        </div>
      </div>
    </li>
  );
}
