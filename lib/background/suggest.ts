// The `classify.suggest` request: the classifier (lib/classify), fed with what only the
// background knows — the contact's history, the rep's reseller and free-mail settings, their
// categories and templates. Kept out of content scripts: its word lists and chrono are large.
import * as db from '../db';
import type { RequestPayload, ResponseMap } from '../messages';
import { classifyPage } from './classify-page';
import { normaliseContact } from './contacts';

export interface SuggestDeps {
  getDb: () => Promise<db.TasklaneDb>;
  now: () => number;
  locale: () => string;
}

export async function suggestForPage(
  input: RequestPayload<'classify.suggest'>,
  deps: SuggestDeps,
): Promise<ResponseMap['classify.suggest']> {
  const database = await deps.getDb();
  const [settings, categories, templates] = await Promise.all([
    db.getSettings(database),
    db.listCategories(database),
    db.listTemplates(database),
  ]);
  const locale = settings.language !== 'auto' ? settings.language : deps.locale().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';

  const normal = input.contact ? normaliseContact(input.contact, deps.locale()) : undefined;
  const known = normal && (normal.email || normal.phone) ? await db.findContact(database, normal) : undefined;
  const history = known ? await db.listByContact(database, known.id) : [];
  const openTasks = history.filter((t) => t.status === 'open');

  const { suggestion, dueFromText } = classifyPage(input, {
    settings,
    history: { openTasks: openTasks.length, totalTasks: history.length },
    now: new Date(deps.now()),
    locale,
  });
  return {
    suggestion,
    dueFromText,
    categories: categories.filter((c) => !c.archived),
    templates,
    openTasks: openTasks.slice(0, 5).map(({ id, title, due }) => ({ id, title, ...(due ? { due } : {}) })),
    locale,
  };
}
