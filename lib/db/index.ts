// The store. Imported by the background alone (entrypoints/background.ts and lib/background).
export { openTasklaneDb } from './open';
export { DB_NAME, DB_VERSION, type TasklaneDb } from './schema';
export * from './tasks';
export * from './contacts';
export * from './categories';
export * from './settings';
export { seedDefaults } from './seed';
export { StorageError, toStorageError } from './errors';
