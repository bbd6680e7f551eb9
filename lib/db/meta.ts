// Small named records in the `meta` store that are not settings (e.g. which reminders were
// already shown). Values are the caller's to validate.
import type { TasklaneDb } from './schema';

export async function getMeta<T>(db: TasklaneDb, key: string): Promise<T | undefined> {
  return (await db.get('meta', key)) as T | undefined;
}

export async function setMeta<T>(db: TasklaneDb, key: string, value: T): Promise<void> {
  await db.put('meta', value, key);
}
