// The ways in without a person's button — the popup's quick add, the context menu and the
// keyboard shortcut off a supported page — classified like a click on a page: the same
// classifier (classify-for.ts), the same due parser, and the person named in the words matched
// against known contacts by name.
import { parseDue } from '../dates/parse-due';
import { todayLocal } from '../dates/today';
import * as db from '../db';
import { MAX, type Contact, type ContactInput, type TaskDraft } from '../model';
import { classifyFor, uiLocale, type ClassifyDeps } from './classify-for';
import { matchContactByName } from './name-match';

export interface QuickDeps extends ClassifyDeps {
  getDb: () => Promise<db.TasklaneDb>;
}

/** The stored contact as a create request names them, so the task joins that contact record. */
function asInput(contact: Contact): ContactInput {
  return {
    name: contact.name,
    ...(contact.email ? { email: contact.email } : {}),
    ...(contact.phone ? { phone: contact.phone } : {}),
    ...(contact.company ? { company: contact.company } : {}),
  };
}

async function personNamedIn(database: db.TasklaneDb, text: string): Promise<Contact | undefined> {
  return text.trim() ? matchContactByName(text, await db.listNamedContacts(database)) : undefined;
}

/**
 * "Call Dana tomorrow 3pm about the renewal" → title "Call Dana about the renewal", due tomorrow
 * 15:00, for Dana Okafor if she is the one Dana the rep knows, classified from the words. Without
 * a date in the words it is due today: the popup lists today's tasks, so a task added there is
 * seen at once.
 */
export async function quickAddDraft(text: string, deps: QuickDeps): Promise<{ draft: TaskDraft; contact?: ContactInput; person?: string }> {
  const database = await deps.getDb();
  const now = new Date(deps.now());
  const locale = uiLocale(await db.getSettings(database), deps.locale());
  const typed = text.replace(/\s+/g, ' ').trim();
  const dueFromText = parseDue(typed, { now, locale });
  const title = (dueFromText ? typed.replace(dueFromText.matched, ' ') : typed).replace(/\s+/g, ' ').trim() || typed;
  const person = await personNamedIn(database, typed);
  const contact = person ? asInput(person) : undefined;
  const { suggestion } = await classifyFor(database, { ...(contact ? { contact } : {}), subject: title, text: typed, site: 'manual' }, deps);
  const draft: TaskDraft = {
    title: title.slice(0, MAX.title),
    notes: '',
    priority: 'normal',
    due: dueFromText ? { date: dueFromText.date, ...(dueFromText.time ? { time: dueFromText.time } : {}) } : { date: todayLocal(now) },
    categories: suggestion.categories,
    source: { site: 'manual' },
  };
  return { draft, ...(contact ? { contact, person: person!.name } : {}) };
}

/** What the context menu or shortcut read: the selection (or nothing) and the page's title. */
export interface ContextHints {
  selection?: string;
  pageTitle?: string;
}

/**
 * A context-menu or shortcut draft (lib/background/quick-create.ts) given the classifier's
 * categories and due date. A mailto:/tel: link or an address in the selection names the person;
 * failing that, a known contact's name in the selection does.
 */
export async function classifyContextDraft(
  draft: TaskDraft,
  contact: ContactInput | undefined,
  hints: ContextHints,
  deps: QuickDeps,
): Promise<{ draft: TaskDraft; contact?: ContactInput }> {
  const database = await deps.getDb();
  const person = contact ? undefined : await personNamedIn(database, hints.selection ?? '');
  const who = contact ?? (person ? asInput(person) : undefined);
  const { suggestion } = await classifyFor(
    database,
    {
      ...(who ? { contact: who } : {}),
      // The selection is what the rep pointed at; a page's title ("Inbox (3) – …") only counts
      // when nothing is selected (the shortcut filing the page itself).
      subject: hints.selection || hints.pageTitle || null,
      text: hints.selection || null,
      site: null,
      url: draft.source?.url ?? null,
    },
    deps,
  );
  return { draft: { ...draft, categories: suggestion.categories, due: suggestion.due }, ...(who ? { contact: who } : {}) };
}
