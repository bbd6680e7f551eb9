// The change events the background broadcasts. Apart from protocol.ts so that code running in
// pages (the content script) can use them without bundling the request schemas.
/** Sent by the background after every change, so open pages update without reopening. */
export interface ChangeEvent {
  tasklane: 1;
  event: 'changed';
  entity: 'task' | 'category' | 'settings' | 'template' | 'target' | 'sync' | 'crm';
  ids: string[];
}

export function isChangeEvent(message: unknown): message is ChangeEvent {
  const m = message as Partial<ChangeEvent> | null;
  return !!m && m.tasklane === 1 && m.event === 'changed' && Array.isArray(m.ids);
}
