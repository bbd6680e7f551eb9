import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../model';
import { toStorageError } from './errors';
import type { TasklaneDb } from './schema';

export const SETTINGS_KEY = 'settings';

/** The stored settings over the defaults, so a setting added later needs no migration. */
export async function getSettings(db: TasklaneDb): Promise<Settings> {
  const stored = (await db.get('meta', SETTINGS_KEY)) as Partial<Settings> | undefined;
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function saveSettings(db: TasklaneDb, patch: SettingsPatch): Promise<Settings> {
  try {
    const tx = db.transaction('meta', 'readwrite');
    const stored = (await tx.store.get(SETTINGS_KEY)) as Partial<Settings> | undefined;
    const next: Settings = { ...DEFAULT_SETTINGS, ...stored, ...patch };
    await tx.store.put(next, SETTINGS_KEY);
    await tx.done;
    return next;
  } catch (error) {
    throw toStorageError(error);
  }
}
