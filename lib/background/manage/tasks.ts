// "All tasks" in the options page: the filtered, paged table and its bulk actions.
import * as db from '../../db';
import { ProtocolError } from '../../messages/errors';
import type { Handlers } from '../../messages/router';
import type { HandlerDeps } from '../handlers';
import { withContacts } from './task-views';

async function checkValue(database: Awaited<ReturnType<HandlerDeps['getDb']>>, action: db.BulkAction): Promise<void> {
  if (action.kind === 'recategorise' && action.value !== null && !(await db.categoryExists(database, action.dimension, action.value))) {
    throw new ProtocolError({ code: 'bad_request', key: 'errorNoValue', params: [action.value], message: `There is no ${action.dimension} value "${action.value}".` });
  }
}

export function createTaskTableHandlers(deps: HandlerDeps): Pick<Handlers, 'task.list' | 'task.bulk' | 'task.bulkMatching'> {
  return {
    async 'task.list'(query) {
      const database = await deps.getDb();
      const page = await db.queryTasks(database, query);
      return { tasks: await withContacts(database, page.tasks), total: page.total };
    },
    async 'task.bulk'({ ids, action }) {
      const database = await deps.getDb();
      await checkValue(database, action);
      const { changed, written } = await db.bulkEdit(database, ids, action, deps.now());
      if (written.length) deps.broadcast('task', written);
      return { changed: changed.length };
    },
    async 'task.bulkMatching'({ filter, action, expected }) {
      const database = await deps.getDb();
      await checkValue(database, action);
      try {
        // Each batch is broadcast as it lands: an open popup or table follows along.
        const { changed } = await db.bulkEditMatching(database, filter, action, deps.now(), expected, ({ written }) => {
          if (written.length) deps.broadcast('task', written);
        });
        return { changed: changed.length };
      } catch (error) {
        if (error instanceof db.SelectionChanged) {
          throw new ProtocolError({ code: 'bad_request', key: 'errorSelectionChanged', params: [String(error.actual), String(error.expected)], message: error.message });
        }
        throw error;
      }
    },
  };
}
