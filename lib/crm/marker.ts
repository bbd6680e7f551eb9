// The Tasklane task id written into the remote task's description, so a create retried after a
// timeout (the first one may have landed) finds its first copy instead of making a second. The
// marker is plain text in a field every CRM keeps and returns: Pipedrive's note, HubSpot's
// hs_task_body, Salesforce's Description.

export const markerFor = (taskId: string) => `[tasklane:${taskId}]`;

export function hasMarker(text: string | null | undefined, taskId: string): boolean {
  return typeof text === 'string' && text.includes(markerFor(taskId));
}

/** The description sent to the CRM: the rep's notes, then the marker on its own line. */
export function describe(notes: string, taskId: string): string {
  return notes ? `${notes}\n\n${markerFor(taskId)}` : markerFor(taskId);
}
