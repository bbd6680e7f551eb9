// One task in a list: complete box, title (edit in place), person, chips, due time or date, a
// link back to its source, a snooze menu and a repeat editor. Keys on a focused row: X completes,
// S snoozes, E edits, R changes how it repeats, Enter opens the source. Everything shown is
// text, never HTML.
import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatDue } from '@/lib/dates/format';
import type { SnoozeChoice } from '@/lib/dates/snooze';
import type { TaskView } from '@/lib/messages';
import type { CategoryValue } from '@/lib/model';
// Not '@/lib/model': its schemas would pull valibot into the popup's first load.
import { DIMENSIONS } from '@/lib/model/dimensions';
import { CategoryChip } from './CategoryChip';
import { RemoteLinks } from './RemoteLinks';
import { locale as uiLocale, t } from './i18n';
import { RepeatEditor } from './RepeatEditor';
import { SnoozeMenu } from './SnoozeMenu';

interface Props {
  task: TaskView;
  /** Category values by "dimension:id". */
  categories: Map<string, CategoryValue>;
  onComplete: (task: TaskView) => void;
  onSnooze?: (task: TaskView, choice: SnoozeChoice, label: string) => void;
  /** `scope` is asked for routine tasks: this occurrence only, or the whole series. */
  onRename?: (task: TaskView, title: string, scope: 'this' | 'all') => void;
  /** Repeat, change the rule, or stop repeating (null). */
  onRepeat?: (task: TaskView, rrule: string | null) => void;
  /** Show the due date, not only the time (rows outside today). */
  showDate?: boolean;
  /** The row the keyboard is on: the only one in the tab order. */
  active?: boolean;
  onFocus?: () => void;
  /** "Close when they reply" switched (issue 16); shown when the task's person has an address. */
  onCloseOnReply?: (task: TaskView, on: boolean) => void;
}

/** Two arrows in a loop: repeats. */
function RepeatIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round">
      <path d="M3 7V6a2 2 0 0 1 2-2h7l-2-2M13 9v1a2 2 0 0 1-2 2H4l2 2" />
    </svg>
  );
}

/** A small clock, drawn inline (emoji need a font the machine may lack). */
function ClockIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round">
      <circle cx="8" cy="8" r="6.25" />
      <path d="M8 4.5V8l2.5 1.5" />
    </svg>
  );
}

function CloseOnReplyToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <button type="button" class="close-on-reply" tabIndex={-1} aria-pressed={on} onClick={() => onChange(!on)}>
      {on ? '✓ ' : ''}{t('closeOnReply')}
    </button>
  );
}

export function TaskRow({ task, categories, onComplete, onSnooze, onRename, onRepeat, showDate, active, onFocus, onCloseOnReply }: Props) {
  const [editing, setEditing] = useState(false);
  const [snoozing, setSnoozing] = useState(false);
  const [repeating, setRepeating] = useState(false);
  /** A new title for a routine task, waiting for "this one or all". */
  const [pendingTitle, setPendingTitle] = useState<string | null>(null);
  const row = useRef<HTMLLIElement>(null);
  /** Closing the menu or the editor gives focus back to the row, so the keys keep working. */
  const closeMenu = () => {
    setSnoozing(false);
    row.current?.focus();
  };
  const person = [task.contact?.name || task.contact?.email, task.contact?.company].filter(Boolean).join(' · ');
  const chips = DIMENSIONS.flatMap((d) => {
    const id = task.categories[d];
    const value = id ? categories.get(`${d}:${id}`) : undefined;
    return value ? [value] : [];
  });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'x') onComplete(task);
    else if (key === 's' && onSnooze) setSnoozing(true);
    else if (key === 'e' && onRename) setEditing(true);
    else if (key === 'r' && onRepeat) setRepeating(true);
    else if (key === 'enter' && task.source?.url) void browser.tabs.create({ url: task.source.url });
    else return;
    event.preventDefault();
  };
  const finishEdit = (value: string) => {
    setEditing(false);
    const title = value.trim();
    if (!title || title === task.title) return;
    if (task.recurrence) setPendingTitle(title.slice(0, 200));
    else onRename?.(task, title.slice(0, 200), 'all');
  };
  const chooseScope = (scope: 'this' | 'all') => {
    if (pendingTitle) onRename?.(task, pendingTitle, scope);
    setPendingTitle(null);
  };

  return (
    <li ref={row} class="task" data-task-id={task.id} tabIndex={active ? 0 : -1} onKeyDown={onKeyDown} onFocus={onFocus}
      aria-label={[task.title, person].filter(Boolean).join(', ')} aria-keyshortcuts="X S E R Enter">
      <input type="checkbox" tabIndex={-1} checked={task.status === 'done'} aria-label={t('completeTask', task.title)} onChange={() => onComplete(task)} />
      <div class="task-body">
        {editing ? (
          <input class="task-edit" value={task.title} maxLength={200} aria-label={t('editTitle')} ref={(el) => el?.focus()}
            onKeyDown={(e) => {
              e.stopPropagation();
              if (e.key === 'Enter') finishEdit((e.target as HTMLInputElement).value);
              if (e.key === 'Escape') {
                setEditing(false);
                row.current?.focus();
              }
            }}
            onBlur={(e) => finishEdit((e.target as HTMLInputElement).value)} />
        ) : (
          <div class="task-title" onDblClick={() => onRename && setEditing(true)}>{task.title}</div>
        )}
        {pendingTitle && (
          <div class="task-scope" role="group" aria-label={t('renameWhich')}>
            <span>{t('renameWhich')}</span>
            <button type="button" ref={(el) => el?.focus()} onClick={() => chooseScope('this')}>{t('thisOne')}</button>
            <button type="button" onClick={() => chooseScope('all')}>{t('allOccurrences')}</button>
          </div>
        )}
        {repeating && onRepeat && (
          <RepeatEditor task={task}
            onSave={(rrule) => { setRepeating(false); row.current?.focus(); onRepeat(task, rrule); }}
            onCancel={() => { setRepeating(false); row.current?.focus(); }} />
        )}
        {person && <div class="task-person">{person}</div>}
        <div class="task-meta">
          {showDate && task.due && <time class="task-time" dateTime={task.due.date}>{formatDue(task.due, uiLocale())}</time>}
          {!showDate && task.due?.time && <time class="task-time">{task.due.time}</time>}
          {chips.map((value) => <CategoryChip key={value.id} value={value} />)}
          {onCloseOnReply && (task.followUp || task.contact?.email) && (
            <CloseOnReplyToggle on={Boolean(task.followUp?.closeOnReply)} onChange={(on) => onCloseOnReply(task, on)} />
          )}
          {task.source?.url && (
            <a class="task-source" href={task.source.url} target="_blank" rel="noreferrer noopener" tabIndex={-1}>{t('openSource')}</a>
          )}
          <RemoteLinks remote={task.remote} label={(crm) => t('crmOpenIn', crm)} tabIndex={-1} />
        </div>
      </div>
      {(onSnooze || onRepeat) && (
        <div class="task-actions">
          {onRepeat && (
            <button type="button" class={task.recurrence ? 'icon repeats' : 'icon'} tabIndex={-1} aria-expanded={repeating}
              aria-label={t('repeatEditTask', task.title)} title={t('repeatEdit')} onClick={() => setRepeating(!repeating)}><RepeatIcon /></button>
          )}
          {onSnooze && (
            <button type="button" class="icon" tabIndex={-1} aria-haspopup="menu" aria-expanded={snoozing} aria-label={t('snoozeTask', task.title)}
              title={t('snooze')} onClick={() => setSnoozing(!snoozing)}><ClockIcon /></button>
          )}
          {onSnooze && snoozing && (
            <SnoozeMenu onClose={closeMenu} onChoose={(choice, label) => { closeMenu(); onSnooze(task, choice, label); }} />
          )}
        </div>
      )}
    </li>
  );
}
