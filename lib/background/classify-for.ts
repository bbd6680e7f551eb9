// One way to classify, whatever the way in: a click on a page (classify.suggest), the popup's
// quick add, the context menu and the keyboard shortcut all come here. The classifier
// (lib/classify) is fed what only the background knows — the contact's history and the rep's
// reseller and free-mail settings — and the rep's remembered corrections are applied on top.
import * as db from '../db';
import { boundReasons, type PageSuggestion } from '../messages/suggestion';
import type { CategoryValue, Contact, ContactInput, Settings, SourceSite, Task } from '../model';
import type { RequestPayload } from '../messages';
import { classifyPage } from './classify-page';
import { normaliseContact } from './contacts';
import { applyChoices, companyDomain } from './remembered';

export interface ClassifyDeps {
  now: () => number;
  locale: () => string;
}

/** What a way in knows about the follow-up; every field may be missing. */
export interface ClassifyHints {
  contact?: ContactInput;
  subject?: string | null;
  text?: string | null;
  site?: SourceSite | null;
  url?: string | null;
}

export interface Classified {
  suggestion: PageSuggestion;
  locale: 'en' | 'zh-CN';
  settings: Settings;
  /** The stored contact the hints point to, if any, and their tasks. */
  known?: Contact;
  history: Task[];
  now: Date;
}

export function uiLocale(settings: Settings, browserLocale: string): 'en' | 'zh-CN' {
  if (settings.language !== 'auto') return settings.language;
  return browserLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export async function classifyFor(
  database: db.TasklaneDb,
  hints: ClassifyHints,
  deps: ClassifyDeps,
  /** Active category values, when the caller has them: remembered values since archived are skipped. */
  categories?: CategoryValue[],
): Promise<Classified> {
  const settings = await db.getSettings(database);
  const locale = uiLocale(settings, deps.locale());
  const normal = hints.contact ? normaliseContact(hints.contact, deps.locale()) : undefined;
  const known = normal && (normal.email || normal.phone) ? await db.findContact(database, normal) : undefined;
  const history = known ? await db.listByContact(database, known.id) : [];

  const now = new Date(deps.now());
  const payload = { ...hints, site: hints.site ?? undefined, url: hints.url ?? undefined, subject: hints.subject ?? undefined, text: hints.text ?? undefined } as RequestPayload<'classify.suggest'>;
  const raw = classifyPage(payload, {
    settings,
    history: { openTasks: history.filter((t) => t.status === 'open').length, totalTasks: history.length },
    now,
    locale,
  }).suggestion;
  const remembered = await db.readChoices(database, known, companyDomain(normal?.email ?? known?.email, settings));
  const active = categories && ((dimension: string, id: string) => categories.some((c) => c.dimension === dimension && c.id === id && !c.archived));
  const suggestion = applyChoices({ ...raw, reasons: boundReasons(raw.reasons) }, remembered, locale, active);
  return { suggestion, locale, settings, ...(known ? { known } : {}), history, now };
}
