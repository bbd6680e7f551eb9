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
