// Keys as IndexedDB derives them from key paths, for the import's in-memory copy of its stores
// (./import-mirror.ts): the same records, the same keys, without asking IndexedDB.

export type Key = IDBValidKey;
export type KeyPath = string | string[];

/** A Map key for an IndexedDB key (strings, numbers and arrays of them in this schema). */
export const mapKey = (key: Key): string => (typeof key === 'string' ? `s${key}` : `j${JSON.stringify(key)}`);

function valueAt(value: unknown, path: string): unknown {
  let at = value;
  for (const part of path.split('.')) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}

const isKey = (k: unknown): k is Key =>
  typeof k === 'string' || (typeof k === 'number' && !Number.isNaN(k)) || k instanceof Date || (Array.isArray(k) && k.every(isKey));

/** The key `path` gives `value`, or undefined when IndexedDB would not index it. */
export function keyOf(value: unknown, path: KeyPath): Key | undefined {
  const key = Array.isArray(path) ? path.map((p) => valueAt(value, p)) : valueAt(value, path);
  return isKey(key) ? key : undefined;
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
