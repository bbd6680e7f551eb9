// Everything that can go wrong talking to a server, in plain words for the options page, with
// whether trying again later can help (the backoff retries only those).
export type SyncErrorKind = 'offline' | 'auth' | 'permission' | 'not_found' | 'server' | 'bad_answer' | 'setup';

export class SyncError extends Error {
  readonly kind: SyncErrorKind;
  readonly retry: boolean;
  constructor(kind: SyncErrorKind, message: string) {
    super(message);
    this.name = 'SyncError';
    this.kind = kind;
    this.retry = kind === 'offline' || kind === 'server' || kind === 'bad_answer';
  }
}

/** The error for an HTTP status the caller did not expect. */
export function errorForStatus(status: number, what: string): SyncError {
  if (status === 401) return new SyncError('auth', 'The server did not accept the user name or password. Check them (some servers need an app password).');
  if (status === 403) return new SyncError('auth', `The server refused access while ${what}. Check that this account may use the task list.`);
  if (status === 404 || status === 410) return new SyncError('not_found', `The server has no such address (while ${what}). Check the server address or choose the task list again.`);
  if (status === 429 || status >= 500) return new SyncError('server', `The server is busy or failing (HTTP ${status} while ${what}). Tasklane will try again.`);
  return new SyncError('bad_answer', `The server gave an unexpected answer (HTTP ${status} while ${what}). Tasklane will try again.`);
}

/** Any thrown value as a SyncError: network failures and timeouts become "offline". */
export function toSyncError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new SyncError('offline', 'The server did not answer in time. Tasklane will try again.');
  }
  if (error instanceof TypeError) {
    return new SyncError('offline', 'The server could not be reached (offline, wrong address, or the permission for it was not given). Tasklane will try again.');
  }
  const detail = String((error as Error)?.message ?? error).slice(0, 200);
  return new SyncError('bad_answer', `The server's answer could not be understood (${detail}). Tasklane will try again.`);
}
