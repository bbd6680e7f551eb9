// Handlers of the options page's management requests (lib/messages/requests/manage.ts), one
// file per section under ./manage/.
import type { Handlers } from '../messages/router';
import type { MANAGE_REQUESTS } from '../messages/requests/manage';
import type { HandlerDeps } from './handlers';
import { createCategoryHandlers } from './manage/categories';
import { createDataHandlers } from './manage/data';
import { createTargetHandlers } from './manage/targets';
import { createTaskTableHandlers } from './manage/tasks';

export type ManageHandlers = Pick<Handlers, keyof typeof MANAGE_REQUESTS>;

export function createManageHandlers(deps: HandlerDeps): ManageHandlers {
  return {
    ...createTaskTableHandlers(deps),
    ...createCategoryHandlers(deps),
    ...createTargetHandlers(deps),
    ...createDataHandlers(deps),
  };
}
