// The store. Imported by the background alone (entrypoints/background.ts and lib/background).
export { openTasklaneDb, type OpenHooks } from './open';
export { DB_NAME, DB_VERSION, type TasklaneDb } from './schema';
export * from './tasks';
export { countDueUpTo, DUE_COUNTS_MARKER, overdueSpan, type DueTotals } from './due-counts';
export * from './contacts';
export { readChoices, rememberChoices, DOMAIN_CHOICE_PREFIX, MAX_DOMAIN_CHOICES, type RememberedChoices } from './choices';
export * from './categories';
export * from './settings';
export { seedDefaults } from './seed';
export { StorageError, StorageRefusedError, toStorageError } from './errors';
export { queryTasks, UNSET, type TaskQuery, type TaskPage } from './task-query';
export { bulkEdit, type BulkAction, type BulkOutcome } from './bulk';
export { deleteCategory, reorderCategories, categoryUsage, categoryExists, type DeleteCategoryResult } from './category-admin';
export { listTargets, saveTarget, deleteTarget, countInWindows } from './targets';
export { deleteAllData } from './wipe';
export { writeAtomically } from './transaction';
export { setTaskStatus, changedIds, type TaskChange, type StatusOptions } from './status-change';
export { readAllRecords, applyImport, type ImportOutcome } from './data-io';
