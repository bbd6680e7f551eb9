// Handlers of the options page's management requests (lib/messages/requests/manage.ts).
import type { Handlers } from '../messages/router';
import type { MANAGE_REQUESTS } from '../messages/requests/manage';
import type { HandlerDeps } from './handlers';

export type ManageHandlers = Pick<Handlers, keyof typeof MANAGE_REQUESTS>;

export function createManageHandlers(_deps: HandlerDeps): ManageHandlers {
  return {};
}
