// Which task a create with a dedupe key is the same as. A key names a follow-up with one person
// on one conversation (or record, or page); only an OPEN task holds it against a new create.
//
// The unique `by_dedupe` index cannot leave done tasks out, and changing it would take a
// migration, so a done task keeps its key only until a new task claims it: then the key moves to
// the new task in the same transaction. Nothing else changes on the done task — not even
// updatedAt: the key is Tasklane's own bookkeeping, never shown, exported to CSV or synced (a
// VTODO has no field for it, lib/sync keeps the local one) — so sync and the lists see no edit.
// Reopened before anyone claimed its key, a completed task is again the one a click finds;
// reopened after, it simply has none, and the open task that took the key answers repeat clicks.
//
// A quick-create panel submission is the rep's deliberate task, with what they typed: it is
// created whatever is open, under `<key>␟<submission id>`, so only a retry of that same
// submission finds it again (a retried message stays idempotent). A later one-click on the same
// conversation and person counts it as an open holder of the key.
import type { IDBPObjectStore, StoreNames } from 'idb';
import { SUBMISSION_ID_LENGTH, type Task } from '../model';
import { MAX } from '../model/limits';
import { applyDueChange, type DueCountsTx } from './due-counts';
import type { TasklaneSchema } from './schema';

/** U+001F (unit separator) between a key and a submission id: the content script keeps control
 *  characters out of keys (lib/content/page-key.ts), so no key of its own can hold one. */
const SEPARATOR = '\u001f';

type TasksStore = IDBPObjectStore<TasklaneSchema, ArrayLike<StoreNames<TasklaneSchema>>, 'tasks', 'readwrite'>;

/** The start of every submission key made from `key` (cut so the whole stays within the cap). */
function submissionPrefix(key: string): string {
  return `${key.slice(0, MAX.dedupeKey - SEPARATOR.length - SUBMISSION_ID_LENGTH)}${SEPARATOR}`;
}

export type Claim = { existing: Task } | { key: string };

/**
 * What a create with `key` gets: the open task it is the same as, or the key the new task is to
 * carry. Call it inside the create's own readwrite transaction (over `tasks` and `dueCounts`), so
 * no other create can claim the key in between. A done task holding the key gives it up here.
 */
export async function claimDedupeKey(tx: DueCountsTx, tasks: TasksStore, key: string, submissionId?: string): Promise<Claim> {
  const index = tasks.index('by_dedupe');
  if (submissionId) {
    const own = submissionPrefix(key) + submissionId;
    const again = await index.get(own);
    return again ? { existing: again } : { key: own };
  }
  const holder = await index.get(key);
  if (holder?.status === 'open') return { existing: holder };
  const prefix = submissionPrefix(key);
  // The rep's panel tasks for this conversation and person: hex ids sort below U+FFFF.
  const fromPanel = await index.getAll(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
  const open = fromPanel.find((task) => task.status === 'open');
  if (open) return { existing: open };
  if (holder) {
    const { dedupeKey: _given, ...released } = holder;
    await tasks.put(released);
    // A done task counts nowhere before or after; kept for the rule that every task write says so.
    // Not queued for sync (lib/db/task-write.ts): the key never leaves this device.
    await applyDueChange(tx, holder, released);
  }
  return { key };
}
