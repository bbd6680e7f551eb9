// Requests of the options page's management sections (all tasks, bulk edits, categories,
// templates, targets, insights, import and export). All are for the extension's own pages.
// Handlers: lib/background/manage-handlers.ts.
import type { RequestDefinitions } from '../protocol';

export const MANAGE_REQUESTS = {} as const satisfies RequestDefinitions;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ManageResponses {}
