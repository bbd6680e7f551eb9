// "All tasks" in the options page: the filtered, paged table and its bulk actions.
import * as db from '../../db';
import { ProtocolError } from '../../messages/errors';
import type { Handlers } from '../../messages/router';
import type { HandlerDeps } from '../handlers';
import { withContacts } from './task-views';

export function createTaskTableHandlers(deps: HandlerDeps): Pick<Handlers, 'task.list' | 'task.bulk'> {
  return {
    async 'task.list'(query) {
      const database = await deps.getDb();
      const page = await db.queryTasks(database, query);
      return { tasks: await withContacts(database, page.tasks), total: page.total };
    },
    async 'task.bulk'({ ids, action }) {
      const database = await deps.getDb();
      if (action.kind === 'recategorise' && action.value !== null && !(await db.categoryExists(database, action.dimension, action.value))) {
        throw new ProtocolError({ code: 'bad_request', message: `There is no ${action.dimension} value "${action.value}".` });
      }
      const { changed, written } = await db.bulkEdit(database, ids, action, deps.now());
      if (written.length) deps.broadcast('task', written);
      return { changed: changed.length };
    },
  };
}
