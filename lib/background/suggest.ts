// The `classify.suggest` request: the suggestion for a person on a page (lib/background/
// classify-for.ts), with what the quick-create panel needs beside it — the rep's categories and
// templates, the person's open tasks, and a typed due date read. Kept out of content scripts:
// the classifier's word lists and chrono are large.
import { parseDue } from '../dates/parse-due';
import * as db from '../db';
import type { RequestPayload, ResponseMap } from '../messages';
import { classifyFor, type ClassifyDeps } from './classify-for';
import { crmChoicesFor } from './crm-targets';

export interface SuggestDeps extends ClassifyDeps {
  getDb: () => Promise<db.TasklaneDb>;
}

export async function suggestForPage(
  input: RequestPayload<'classify.suggest'>,
  deps: SuggestDeps,
): Promise<ResponseMap['classify.suggest']> {
  const database = await deps.getDb();
  const [categories, templates] = await Promise.all([db.listCategories(database), db.listTemplates(database)]);
  const active = categories.filter((c) => !c.archived);
  const { suggestion, locale, history, now } = await classifyFor(database, input, deps, active);
  const dueFromText = input.dueText ? parseDue(input.dueText, { now, locale }) : null;
  return {
    suggestion,
    dueFromText,
    categories: active,
    templates,
    openTasks: history
      .filter((t) => t.status === 'open')
      .slice(0, 5)
      .map(({ id, title, due }) => ({ id, title, ...(due ? { due } : {}) })),
    locale,
    crm: await crmChoicesFor(database, input.site),
  };
}
