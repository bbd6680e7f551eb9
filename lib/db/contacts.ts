// One record per person: a contact is found by normalised email first, then by phone, and
// what a page tells us is merged in (fields are filled, never blanked).
import type { IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import type { Contact, NormalContact } from '../model';
import type { TasklaneDb, TasklaneSchema } from './schema';

export type { NormalContact } from '../model';

type ContactsTx = IDBPTransaction<TasklaneSchema, StoreNames<TasklaneSchema>[], 'readwrite'>;
type ContactStore = IDBPObjectStore<TasklaneSchema, StoreNames<TasklaneSchema>[], 'contacts', IDBTransactionMode>;

async function findIn(store: ContactStore, key: { email?: string; phone?: string }) {
  if (key.email) {
    const byEmail = await store.index('by_email').get(key.email);
    if (byEmail) return byEmail;
  }
  return key.phone ? store.index('by_phone').get(key.phone) : undefined;
}

/** findContact inside the caller's transaction, so what it finds is what that transaction writes over. */
export function findContactIn(tx: ContactsTx, key: { email?: string; phone?: string }): Promise<Contact | undefined> {
  return findIn(tx.objectStore('contacts'), key);
}

export function findContact(db: TasklaneDb, key: { email?: string; phone?: string }): Promise<Contact | undefined> {
  return findIn(db.transaction('contacts').objectStore('contacts'), key);
}

/** Finds or creates the contact inside the caller's transaction, so a task and its contact commit together. */
export async function upsertContact(tx: ContactsTx, input: NormalContact, now: number): Promise<Contact> {
  const store = tx.objectStore('contacts');
  const existing = await findIn(store, input);
  if (existing) {
    const merged: Contact = {
      ...existing,
      name: existing.name || input.name || '',
      company: existing.company || input.company || '',
      email: existing.email ?? input.email,
      phone: existing.phone ?? input.phone,
      lastSeen: now,
    };
    await store.put(merged);
    return merged;
  }
  const contact: Contact = {
    id: crypto.randomUUID(),
    name: input.name ?? '',
    company: input.company ?? '',
    ...(input.email ? { email: input.email } : {}),
    ...(input.phone ? { phone: input.phone } : {}),
    firstSeen: now,
    lastSeen: now,
  };
  await store.add(contact);
  return contact;
}

export async function getContacts(db: TasklaneDb, ids: string[]): Promise<Map<string, Contact>> {
  const store = db.transaction('contacts').store;
  const found = await Promise.all([...new Set(ids)].map((id) => store.get(id)));
  return new Map(found.filter((c): c is Contact => Boolean(c)).map((c) => [c.id, c]));
}

/** Contacts read at most when a typed name is matched against them (one getAll, no cursor walk). */
export const MAX_NAME_MATCH_CONTACTS = 20_000;

/**
 * The contacts a typed name can point to: those with a name and an email or phone, so the task
 * made for them joins the same contact record instead of creating a nameless twin.
 */
export async function listNamedContacts(db: TasklaneDb): Promise<Contact[]> {
  const all = await db.getAll('contacts', undefined, MAX_NAME_MATCH_CONTACTS);
  return all.filter((c) => c.name.trim() && (c.email || c.phone));
}
