// Category values and templates in the options page: delete with reassignment, reorder,
// usage counts, template edits.
import * as db from '../../db';
import { ProtocolError } from '../../messages/errors';
import type { Handlers } from '../../messages/router';
import type { HandlerDeps } from '../handlers';

type CategoryHandlers = Pick<
  Handlers,
  'category.delete' | 'category.reorder' | 'category.usage' | 'template.save' | 'template.delete'
>;

export function createCategoryHandlers(deps: HandlerDeps): CategoryHandlers {
  return {
    async 'category.delete'({ dimension, id, reassignTo }) {
      const result = await db.deleteCategory(await deps.getDb(), dimension, id, reassignTo, deps.now());
      if (!result) throw new ProtocolError({ code: 'not_found', key: 'errorNoValue', params: [id], message: `There is no ${dimension} value "${id}" any more.` });
      deps.broadcast('category', [`${dimension}:${id}`]);
      if (result.taskIds.length) deps.broadcast('task', result.taskIds);
      if (result.targetIds.length) deps.broadcast('target', result.targetIds);
      if (result.templateIds.length) deps.broadcast('template', result.templateIds);
      return { moved: result.moved };
    },
    async 'category.reorder'({ dimension, ids }) {
      const categories = await db.reorderCategories(await deps.getDb(), dimension, ids);
      deps.broadcast('category', ids.map((id) => `${dimension}:${id}`));
      return { categories };
    },
    async 'category.usage'() {
      return { counts: await db.categoryUsage(await deps.getDb()) };
    },
    async 'template.save'({ template }) {
      const database = await deps.getDb();
      // A template must name values that exist, like a task.
      for (const [dimension, id] of [['goal', template.goal], ['cycle', template.cycle]] as const) {
        if (id && !(await db.categoryExists(database, dimension, id))) {
          throw new ProtocolError({ code: 'bad_request', key: 'errorNoValue', params: [id], message: `There is no ${dimension} value "${id}".` });
        }
      }
      await db.saveTemplate(database, template);
      deps.broadcast('template', [template.id]);
      return { template };
    },
    async 'template.delete'({ id }) {
      const deleted = await db.deleteTemplate(await deps.getDb(), id);
      if (deleted) deps.broadcast('template', [id]);
      return { deleted };
    },
  };
}
