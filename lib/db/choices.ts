// The rep's corrections of the classifier, remembered so the next suggestion for the same person
// or company starts from them: per contact on the contact record (`choices`), per company in one
// `meta` record per company domain (the newest MAX_DOMAIN_CHOICES). No new store or index: a
// contact is found by its own indexes, and a company's choice is one read by key.
import * as v from 'valibot';
import { DIMENSIONS, TaskCategoriesSchema, type Contact, type TaskCategories } from '../model';
import type { TasklaneDb } from './schema';
import { writeAtomically } from './transaction';

/** Each company's choice is its own `meta` record under this prefix: a suggestion reads one key. */
export const DOMAIN_CHOICE_PREFIX = 'choice:domain:';
/** Every company's record, for eviction and for "Delete all data" (made on use: IDBKeyRange is the worker's). */
export const domainChoicesRange = () => IDBKeyRange.bound(DOMAIN_CHOICE_PREFIX, `${DOMAIN_CHOICE_PREFIX}\uffff`);
/** Companies remembered at most; the ones corrected longest ago go first. */
export const MAX_DOMAIN_CHOICES = 2_000;

interface DomainChoice {
  categories: TaskCategories;
  /** When the rep last corrected a suggestion for this company. */
  at: number;
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

/** A stored record, or undefined if it is malformed (an old or hand-edited one is dropped rather than trusted). */
function readEntry(record: unknown): DomainChoice | undefined {
  const entry = record as Partial<DomainChoice> | undefined;
  const categories = cleanChoices(entry?.categories);
  return categories && typeof entry?.at === 'number' && Number.isFinite(entry.at) ? { categories, at: entry.at } : undefined;
}

/** `contact`: the stored record the caller already found (its `choices`); `domain`: null for free mail. */
export async function readChoices(db: TasklaneDb, contact: Contact | undefined, domain: string | null): Promise<RememberedChoices> {
  const forContact = cleanChoices(contact?.choices);
  const forDomain = domain ? readEntry(await db.get('meta', DOMAIN_CHOICE_PREFIX + domain))?.categories : undefined;
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
      const key = DOMAIN_CHOICE_PREFIX + domain;
      const earlier = readEntry(await meta.get(key));
      await meta.put({ categories: { ...earlier?.categories, ...changed }, at: now } satisfies DomainChoice, key);
      // Past the cap the companies corrected longest ago are forgotten. Counting is cheap; the
      // full read happens only on the rare write that crosses the cap.
      const range = domainChoicesRange();
      const count = await meta.count(range);
      if (count > MAX_DOMAIN_CHOICES) {
        const [keys, values] = await Promise.all([meta.getAllKeys(range), meta.getAll(range)]);
        const oldest = keys
          .map((k, i) => ({ key: k, at: readEntry(values[i])?.at ?? -Infinity }))
          .sort((a, b) => a.at - b.at)
          .slice(0, count - MAX_DOMAIN_CHOICES);
        for (const { key: old } of oldest) await meta.delete(old);
      }
    }
  });
}
