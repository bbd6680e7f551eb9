// The rep's corrections of the classifier, remembered so the next suggestion for the same person
// or company starts from them: per contact on the contact record (`choices`), per company in one
// `meta` record holding the newest MAX_DOMAIN_CHOICES sender domains. No new store or index: a
// contact is found by its own indexes, and the domain list is one small read.
import * as v from 'valibot';
import { DIMENSIONS, TaskCategoriesSchema, type Contact, type TaskCategories } from '../model';
import type { TasklaneDb } from './schema';
import { writeAtomically } from './transaction';

export const DOMAIN_CHOICES_KEY = 'domainChoices';
/** Companies remembered at most; the ones corrected longest ago go first. */
export const MAX_DOMAIN_CHOICES = 2_000;

interface DomainChoice {
  domain: string;
  categories: TaskCategories;
  /** When the rep last corrected a suggestion for this company. */
  at: number;
}

interface DomainChoicesRecord {
  version: 1;
  entries: DomainChoice[];
}

export interface RememberedChoices {
  contact?: TaskCategories;
  domain?: TaskCategories;
}

/** Only the dimensions with a value: an empty correction is no correction. */
function cleanChoices(value: unknown): TaskCategories | undefined {
  const parsed = v.safeParse(TaskCategoriesSchema, value);
  if (!parsed.success) return undefined;
  const kept = Object.fromEntries(DIMENSIONS.filter((d) => parsed.output[d]).map((d) => [d, parsed.output[d]]));
  return Object.keys(kept).length ? (kept as TaskCategories) : undefined;
}

/** The stored list, with anything malformed (an old or hand-edited record) dropped rather than trusted. */
function readEntries(record: unknown): DomainChoice[] {
  const entries = (record as Partial<DomainChoicesRecord> | undefined)?.entries;
  if (!Array.isArray(entries)) return [];
  const kept: DomainChoice[] = [];
  for (const entry of entries.slice(0, MAX_DOMAIN_CHOICES * 2)) {
    const categories = cleanChoices(entry?.categories);
    if (typeof entry?.domain === 'string' && entry.domain && categories && Number.isFinite(entry.at)) {
      kept.push({ domain: entry.domain, categories, at: entry.at });
    }
  }
  return kept;
}

/** `contact`: the stored record the caller already found (its `choices`); `domain`: null for free mail. */
export async function readChoices(db: TasklaneDb, contact: Contact | undefined, domain: string | null): Promise<RememberedChoices> {
  const record = domain ? await db.get('meta', DOMAIN_CHOICES_KEY) : undefined;
  const forContact = cleanChoices(contact?.choices);
  const forDomain = domain ? readEntries(record).find((e) => e.domain === domain)?.categories : undefined;
  return { ...(forContact ? { contact: forContact } : {}), ...(forDomain ? { domain: forDomain } : {}) };
}

/**
 * Remembers `choices` (the dimensions the rep changed) for the contact, if it is stored, and for
 * `domain` (null for a free-mail address: gmail.com is not a company). Later choices win per
 * dimension; the others stay.
 */
export async function rememberChoices(
  db: TasklaneDb,
  contactKey: { email?: string; phone?: string } | undefined,
  domain: string | null,
  choices: TaskCategories,
  now: number,
): Promise<void> {
  const changed = cleanChoices(choices);
  if (!changed) return;
  await writeAtomically(db, ['contacts', 'meta'], async (tx) => {
    if (contactKey && (contactKey.email || contactKey.phone)) {
      const contacts = tx.objectStore('contacts');
      const contact =
        (contactKey.email ? await contacts.index('by_email').get(contactKey.email) : undefined) ??
        (contactKey.phone ? await contacts.index('by_phone').get(contactKey.phone) : undefined);
      if (contact) await contacts.put({ ...contact, choices: { ...cleanChoices(contact.choices), ...changed } });
    }
    if (domain) {
      const meta = tx.objectStore('meta');
      const entries = readEntries(await meta.get(DOMAIN_CHOICES_KEY));
      const earlier = entries.find((e) => e.domain === domain);
      const others = entries.filter((e) => e.domain !== domain);
      const next = [...others, { domain, categories: { ...earlier?.categories, ...changed }, at: now }];
      // Newest last; past the cap the oldest corrections are forgotten.
      next.sort((a, b) => a.at - b.at);
      const record: DomainChoicesRecord = { version: 1, entries: next.slice(-MAX_DOMAIN_CHOICES) };
      await meta.put(record, DOMAIN_CHOICES_KEY);
    }
  });
}
