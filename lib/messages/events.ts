// The change events the background broadcasts. Apart from protocol.ts so that code running in
// pages (the content script) can use them without bundling the request schemas.
/** Sent by the background after every change, so open pages update without reopening. */
export interface ChangeEvent {
  tasklane: 1;
  event: 'changed';
  entity: 'task' | 'category' | 'settings' | 'template' | 'target' | 'sync' | 'crm';
  ids: string[];
}

/**
 * How far a long job the page asked for has got (an import of thousands of rows), sent while
 * it runs so the page can show a bar. `job` is the id the page gave its request.
 */
export interface ProgressEvent {
  tasklane: 1;
  event: 'progress';
  job: string;
  /** read: rows checked one by one; check: rows met with the stored tasks; write: records saved. */
  step: 'read' | 'check' | 'write';
  done: number;
  total: number;
}

export function isProgressEvent(message: unknown): message is ProgressEvent {
  const m = message as Partial<ProgressEvent> | null;
  return !!m && m.tasklane === 1 && m.event === 'progress' && typeof m.job === 'string' && typeof m.done === 'number' && typeof m.total === 'number';
}

export function isChangeEvent(message: unknown): message is ChangeEvent {
  const m = message as Partial<ChangeEvent> | null;
  return !!m && m.tasklane === 1 && m.event === 'changed' && Array.isArray(m.ids);
}

/**
 * Sent by the background to every tab when the set of follow-ups waiting for a reply changed:
 * content scripts ask `followUp.watchSet` again. It carries no data, so a page that is not ours
 * learns nothing from it.
 */
export interface FollowUpWatchEvent {
  tasklane: 1;
  event: 'followUp.watchChanged';
}

export function isFollowUpWatchEvent(message: unknown): message is FollowUpWatchEvent {
  const m = message as Partial<FollowUpWatchEvent> | null;
  return !!m && m.tasklane === 1 && m.event === 'followUp.watchChanged';
}
