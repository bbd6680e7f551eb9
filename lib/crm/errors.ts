// A CRM's answer as something the outbox can act on: try again later (and when), ask the rep to
// reconnect, or give up on this one request. Messages are plain words for the options page.
export type CrmErrorKind = 'auth' | 'rate' | 'server' | 'offline' | 'gone' | 'rejected' | 'permission';

export class CrmError extends Error {
  readonly kind: CrmErrorKind;
  /** From the server's Retry-After, when it sent one. */
  readonly retryAfterMs: number | undefined;
  readonly status: number | undefined;
  constructor(kind: CrmErrorKind, message: string, options: { retryAfterMs?: number; status?: number } = {}) {
    super(message);
    this.name = 'CrmError';
    this.kind = kind;
    this.retryAfterMs = options.retryAfterMs;
    this.status = options.status;
  }
  /** Whether waiting can help; 'auth' waits for the rep instead. */
  get retry(): boolean {
    return this.kind === 'rate' || this.kind === 'server' || this.kind === 'offline';
  }
}

/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export function errorForResponse(status: number, crm: string, retryAfter: string | null, now: number): CrmError {
  const options = { status, ...(retryAfter ? { retryAfterMs: parseRetryAfter(retryAfter, now) ?? 0 } : {}) };
  if (status === 401) return new CrmError('auth', `${crm} no longer accepts Tasklane’s sign-in. Open Options → CRM and connect ${crm} again; nothing is lost meanwhile.`, options);
  if (status === 403) return new CrmError('rejected', `${crm} refused this change (HTTP 403): your ${crm} user may lack the right to edit it.`, options);
  if (status === 404 || status === 410) return new CrmError('gone', `${crm} no longer has this record.`, options);
  if (status === 429) return new CrmError('rate', `${crm} asked Tasklane to slow down; it will try again.`, options);
  if (status >= 500) return new CrmError('server', `${crm} is failing (HTTP ${status}); Tasklane will try again.`, options);
  return new CrmError('rejected', `${crm} did not accept the request (HTTP ${status}).`, options);
}

export function toCrmError(error: unknown, crm: string): CrmError {
  if (error instanceof CrmError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError' || error instanceof TypeError) {
    return new CrmError('offline', `${crm} could not be reached (offline, or it did not answer in time); Tasklane will try again.`);
  }
  return new CrmError('server', `${crm}’s answer could not be understood; Tasklane will try again.`);
}
