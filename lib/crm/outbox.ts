// One pass over a CRM's outbox (lib/db/crm-store.ts): creates what was never created, sends
// title, due date and completion changes, and reads back remote completions and deletions.
//
// Never twice: before the first create is sent, the time is saved on the row (createSentAt).
// A later attempt — after a timeout, a lost answer, a stopped worker — first looks for a remote
// task carrying this task's marker created since then, and adopts it instead of creating again.
//
// Failures: 401 stops the pass (the connection needs the rep; nothing is dropped); 429 stops the
// pass too and names when to come back (Retry-After); 5xx and network errors put that one row
// off with backoff (or the server's Retry-After); a deleted remote task unlinks, never deletes here.
import { changedIds, getTask, setTaskStatus, type TasklaneDb } from '../db';
import { dropLink, getLink, listLinks, putLink, recordRemote } from '../db/crm-store';
import type { Due, Task } from '../model';
import { retryDelayMs } from '../sync/backoff';
import { CrmError, toCrmError, type CrmErrorKind } from './errors';
import { BATCH, outgoing, sentFields, type CrmClient, type CrmId, type CrmLink, type RemoteTask, type SentFields } from './types';

export interface OutboxReport {
  created: number;
  adopted: number;
  updated: number;
  completedHere: string[];
  /** Tasks whose link to the CRM appeared or went (open pages show it). */
  linked: string[];
  unlinked: number;
  /** Rows still waiting (failed, or put off until later). */
  pending: number;
  /** The earliest time a row asked to be tried again. */
  retryAt?: number;
  /** A 401: the pass stopped; the connection needs the rep. */
  authError?: CrmError;
  /** A 429 or failures: a message for the status line (logs), and its kind (the UI's words). */
  lastError?: string;
  lastErrorKind?: CrmErrorKind;
}

const sameDue = (a: Due | null | undefined, b: Due | null | undefined) => (a?.date ?? null) === (b?.date ?? null) && (a?.time ?? null) === (b?.time ?? null);

/** What differs between the task and what the CRM was last told (everything when unknown). */
export function changesFor(task: Task, sent: SentFields | undefined): Partial<SentFields> {
  const now = sentFields(outgoing(task));
  if (!sent) return now;
  const change: Partial<SentFields> = {};
  if (now.title !== sent.title) change.title = now.title;
  if (!sameDue(now.due, sent.due)) change.due = now.due;
  if (now.done !== sent.done) change.done = now.done;
  return change;
}

export interface OutboxDeps {
  db: TasklaneDb;
  crm: CrmId;
  client: CrmClient;
  now: () => number;
  /** Whether to read remote state of linked open tasks (the periodic pass and "Sync now"). */
  pull: boolean;
}

export async function runOutbox(deps: OutboxDeps): Promise<OutboxReport> {
  const report: OutboxReport = { created: 0, adopted: 0, updated: 0, completedHere: [], linked: [], unlinked: 0, pending: 0 };
  const links = await listLinks(deps.db, deps.crm);
  let states: Map<string, RemoteTask>;
  try {
    states = deps.pull ? await readBack(deps, links) : new Map();
  } catch (thrown) {
    const error = toCrmError(thrown, deps.crm);
    if (error.kind === 'auth') return { ...report, authError: error, pending: links.length };
    // Reading back failed: each linked task asks on its own below, with its own backoff.
    states = new Map();
  }
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    if (link.nextAttemptAt && link.nextAttemptAt > deps.now()) {
      report.pending++;
      report.retryAt = Math.min(report.retryAt ?? Infinity, link.nextAttemptAt);
      continue;
    }
    const task = await getTask(deps.db, link.taskId);
    if (!task) {
      // Deleted here: the remote copy is the CRM's to keep; forget the row.
      await dropLink(deps.db, deps.crm, link.taskId);
      continue;
    }
    try {
      await step(deps, link, task, report, states);
    } catch (thrown) {
      const error = toCrmError(thrown, deps.crm);
      if (error.kind === 'auth') {
        report.authError = error;
        report.pending += links.length - i;
        return report;
      }
      const failures = link.failures + 1;
      const wait = Math.max(error.retryAfterMs ?? 0, retryDelayMs(failures));
      const nextAttemptAt = deps.now() + wait;
      // The row as the step left it (it may have saved createSentAt before the request failed).
      const latest = (await getLink(deps.db, deps.crm, link.taskId)) ?? link;
      await putLink(deps.db, { ...latest, failures, nextAttemptAt, lastError: error.message });
      report.lastError = error.message;
      report.lastErrorKind = error.kind;
      report.pending++;
      report.retryAt = Math.min(report.retryAt ?? Infinity, nextAttemptAt);
      if (error.kind === 'rate') {
        // The CRM asked the whole account to slow down: the rest waits for the same time.
        report.pending += links.length - i - 1;
        return report;
      }
    }
  }
  return report;
}

/** The CRM's copies that may have been completed or deleted there, BATCH per request. */
async function readBack(deps: OutboxDeps, links: CrmLink[]): Promise<Map<string, RemoteTask>> {
  const ids = links.filter((link) => link.remoteId && link.sent?.done !== true && !(link.nextAttemptAt && link.nextAttemptAt > deps.now())).map((link) => link.remoteId!);
  const states = new Map<string, RemoteTask>();
  for (let i = 0; i < ids.length; i += BATCH) {
    for (const [id, state] of await deps.client.getMany(ids.slice(i, i + BATCH))) states.set(id, state);
  }
  return states;
}

async function step(deps: OutboxDeps, link: CrmLink, task: Task, report: OutboxReport, states: Map<string, RemoteTask>): Promise<void> {
  const { db, client, crm } = deps;
  const settled = { failures: 0 } as const;
  const clean = ({ nextAttemptAt: _n, lastError: _e, ...rest }: CrmLink): CrmLink => ({ ...rest, ...settled });

  if (!link.remoteId) {
    let target = link.target;
    let found = link.createSentAt !== undefined ? await client.findCreated(task.id, link.createSentAt, target) : null;
    let sent: SentFields | undefined;
    if (found) report.adopted++;
    else {
      target = await client.resolve(link.target);
      // Saved before the request leaves: whatever happens to its answer, a later attempt searches first.
      const createSentAt = link.createSentAt ?? deps.now();
      await putLink(db, { ...link, target, createSentAt });
      link = { ...link, target, createSentAt };
      const fields = outgoing(task);
      found = await client.create(fields, target);
      sent = sentFields(fields);
      report.created++;
    }
    const at = deps.now();
    // An adopted copy was made from an earlier state of the task: `sent` unknown sends it all next.
    const next: CrmLink = { ...clean(link), remoteId: found.id, ...(found.url ? { url: found.url } : {}), ...(sent ? { sent } : {}), syncedAt: at };
    await recordRemote(db, next, { crm, id: found.id, ...(found.url ? { url: found.url } : {}), syncedAt: at });
    report.linked.push(task.id);
    if (!sent) await push(deps, next, task, report);
    return;
  }

  let current = task;
  let link2 = link;
  // Remote state: only a task open on both sides can be completed there; a change made here
  // (done, or reopened) is sent below, and a deleted copy answers that request with 404.
  if (deps.pull && task.status === 'open' && link.sent?.done !== true) {
    // Read back in batches above; one the batch did not return (deleted, or not listable) is asked alone.
    const remote = states.get(link.remoteId) ?? (await client.get(link.remoteId));
    if (!remote) {
      await recordRemote(db, link, null);
      report.unlinked++;
      report.linked.push(task.id);
      return;
    }
    // Completed there and not reopened here since: complete it here (through the one status path).
    if (remote.done) {
      const change = await setTaskStatus(db, task.id, 'done', { now: deps.now() });
      if (change) {
        current = change.task;
        report.completedHere.push(...changedIds(change));
      }
      link2 = { ...link, sent: { ...(link.sent ?? sentFields(outgoing(task))), done: true } };
      // The CRM already says done: remembered now, so it is not sent back.
      await putLink(db, link2);
    }
  }
  await push(deps, link2, current, report);
}

async function push(deps: OutboxDeps, link: CrmLink, task: Task, report: OutboxReport): Promise<void> {
  const change = changesFor(task, link.sent);
  const shown = task.remote?.some((entry) => entry.crm === deps.crm && entry.id === link.remoteId);
  // Nothing to send and the task already shows its link: no write at all (a pass after every edit
  // walks every link; only the changed ones may cost a transaction).
  if (!Object.keys(change).length && link.sent && shown && !link.failures) return;
  const at = deps.now();
  if (Object.keys(change).length) {
    try {
      await deps.client.update(link.remoteId!, change, outgoing(task));
    } catch (error) {
      if (error instanceof CrmError && error.kind === 'gone') {
        await recordRemote(deps.db, link, null);
        report.unlinked++;
        report.linked.push(task.id);
        return;
      }
      throw error;
    }
    report.updated++;
  }
  const { nextAttemptAt: _n, lastError: _e, ...rest } = link;
  const next: CrmLink = { ...rest, failures: 0, sent: sentFields(outgoing(task)), syncedAt: at };
  await recordRemote(deps.db, next, { crm: deps.crm, id: link.remoteId!, ...(link.url ? { url: link.url } : {}), syncedAt: at });
}
