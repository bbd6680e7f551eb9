// Storage failures the UI must explain in plain words rather than crash on.
export class StorageError extends Error {
  constructor(
    readonly code: 'storage_full' | 'storage_unavailable' | 'storage_failed',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/**
 * The browser will not give Tasklane IndexedDB at all (see lib/db/open.ts for which answers
 * count). The worker then keeps data in memory; every other failure to open is retried.
 */
export class StorageRefusedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageRefusedError';
  }
}

/** Maps an IndexedDB failure to a StorageError; the transaction has already rolled back. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') {
    return new StorageError('storage_full', 'The browser has no room left for Tasklane data. Nothing was saved.', { cause: error });
  }
  if (name === 'InvalidStateError' || name === 'UnknownError' || name === 'SecurityError') {
    return new StorageError('storage_unavailable', 'Browser storage is not available right now. Nothing was saved.', { cause: error });
  }
  return new StorageError('storage_failed', 'Saving failed. Nothing was saved.', { cause: error });
}
