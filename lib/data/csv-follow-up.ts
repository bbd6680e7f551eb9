// A task's follow-up (issue 16) as CSV columns, for a spreadsheet or a CRM, and back on import.
// The person and other recipients are one space-separated cell; a reply is when and from whom
// (the JSON backup keeps the rest: when Tasklane saw it, the page's address).
import * as v from 'valibot';
import { FollowUpSchema, fieldIssue, type FieldIssue, type FollowUp, type Task } from '../model';

export const FOLLOW_UP_COLUMNS = ['follow_up', 'close_on_reply', 'follow_up_people', 'follow_up_thread', 'follow_up_subject', 'replied_at', 'replied_by'] as const;
export type FollowUpColumn = (typeof FOLLOW_UP_COLUMNS)[number];

const iso = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString());

export function followUpCells(f: FollowUp | undefined): Record<FollowUpColumn, string> {
  return {
    follow_up: f?.state ?? '',
    close_on_reply: f ? (f.closeOnReply ? 'yes' : 'no') : '',
    follow_up_people: f?.people.join(' ') ?? '',
    follow_up_thread: f?.threadId ?? '',
    follow_up_subject: f?.subjectKey ?? '',
    replied_at: iso(f?.reply?.at),
    replied_by: f?.reply?.from ?? '',
  };
}

/**
 * The follow-up a row's cells describe: undefined when the file has no follow_up column (the
 * stored one stays), null when the cell is empty (cleared), or a problem in the rep's words.
 */
export function followUpFromCells(
  cell: (column: FollowUpColumn) => string,
  has: (column: FollowUpColumn) => boolean,
  site: NonNullable<Task['source']>['site'] | undefined,
): { followUp: FollowUp | null | undefined } | { problem: string; key: string; params: string[]; issue?: FieldIssue } {
  if (!has('follow_up')) return { followUp: undefined };
  const state = cell('follow_up').toLowerCase();
  if (!state) return { followUp: null };
  if (state !== 'waiting' && state !== 'replied') return { problem: `follow_up "${state}" must be waiting, replied or empty`, key: 'importMustBe', params: ['follow_up', state, 'waiting / replied / —'] };
  const close = cell('close_on_reply').toLowerCase();
  if (close && close !== 'yes' && close !== 'no') return { problem: `close_on_reply "${close}" must be yes or no`, key: 'importMustBe', params: ['close_on_reply', close, 'yes / no'] };
  const repliedAt = cell('replied_at');
  const at = repliedAt ? Date.parse(repliedAt) : NaN;
  if (repliedAt && (!/^\d{4}-\d{2}-\d{2}/.test(repliedAt) || Number.isNaN(at))) return { problem: `replied_at "${repliedAt}" is not a date and time like 2026-11-28T09:30:00Z`, key: 'importNotDateTime', params: ['replied_at', repliedAt] };
  const candidate = {
    closeOnReply: close !== 'no',
    state,
    people: cell('follow_up_people').toLowerCase().split(/[\s,;]+/).filter(Boolean),
    ...(cell('follow_up_thread') ? { threadId: cell('follow_up_thread') } : {}),
    ...(cell('follow_up_subject') ? { subjectKey: cell('follow_up_subject') } : {}),
    ...(state === 'replied' && repliedAt && cell('replied_by') ? { reply: { at, seenAt: at, from: cell('replied_by').toLowerCase(), site: site ?? 'generic' } } : {}),
  };
  const parsed = v.safeParse(FollowUpSchema, candidate);
  if (!parsed.success) {
    const detail = `${parsed.issues[0].message} (${v.getDotPath(parsed.issues[0]) ?? 'follow_up'})`;
    return { problem: `follow-up: ${detail}`, key: 'importRowIssue', params: [], issue: fieldIssue(parsed.issues, 'followUp') };
  }
  return { followUp: parsed.output };
}
