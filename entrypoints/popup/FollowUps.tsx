// "Waiting for reply" (person, subject, days waiting) and "Replied today" (closed or flagged by a
// reply today, with Reopen). Compact rows: the popup is at most 800×600 and today's list comes first.
import { useState } from 'preact/hooks';
import { locale, t } from '@/components/i18n';
import type { TaskView } from '@/lib/messages';
import { daysWaitingLabel, followUps, personOf, reopenFollowUp, setCloseOnReply, subjectOf } from './follow-ups';

/** Open at first while the group is short; a long one stays a single line until asked for. */
const OPEN_UP_TO = 5;

function timeOf(ms: number): string {
  return new Date(ms).toLocaleTimeString(locale(), { hour: '2-digit', minute: '2-digit' });
}

function WaitingRow({ task, today }: { task: TaskView; today: string }) {
  return (
    <li class="follow-up" data-task-id={task.id} data-state="waiting">
      <div class="follow-up-body">
        <span class="follow-up-person">{personOf(task)}</span>
        <span class="follow-up-subject">{subjectOf(task)}</span>
      </div>
      <div class="follow-up-side">
        <span class="follow-up-days">{daysWaitingLabel(task.createdAt, today)}</span>
        <button type="button" class="link" title={t('stopWatchingHint')} onClick={() => void setCloseOnReply(task, false)}>{t('stopWatching')}</button>
      </div>
    </li>
  );
}

function RepliedRow({ task }: { task: TaskView }) {
  const seenAt = task.followUp?.reply?.seenAt;
  return (
    <li class="follow-up" data-task-id={task.id} data-state="replied">
      <div class="follow-up-body">
        <span class="follow-up-person">{personOf(task)}</span>
        <span class="follow-up-subject">{subjectOf(task)}</span>
      </div>
      <div class="follow-up-side">
        <span class="follow-up-days">{seenAt ? t('repliedAt', timeOf(seenAt)) : ''}</span>
        <button type="button" class="link" onClick={() => void reopenFollowUp(task)}>{t('reopen')}</button>
      </div>
    </li>
  );
}

export function FollowUpGroups() {
  const list = followUps.value;
  const [open, setOpen] = useState<boolean | null>(null);
  if (!list) return null;
  const { waiting, repliedToday, today } = list;
  const isOpen = open ?? waiting.length <= OPEN_UP_TO;
  return (
    <>
      {repliedToday.length > 0 && (
        <section class="follow-ups">
          <h2 id="replied-heading">{t('repliedToday')} ({repliedToday.length})</h2>
          <ul aria-labelledby="replied-heading">{repliedToday.map((task) => <RepliedRow key={task.id} task={task} />)}</ul>
        </section>
      )}
      {waiting.length > 0 && (
        <details class="follow-ups upcoming" open={isOpen} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
          <summary><h2 id="waiting-heading">{t('waitingForReply')} ({waiting.length})</h2></summary>
          {isOpen && <ul aria-labelledby="waiting-heading">{waiting.map((task) => <WaitingRow key={task.id} task={task} today={today} />)}</ul>}
        </details>
      )}
    </>
  );
}
