// The one way CRM clients talk to a CRM: JSON in and out, a timeout, no cookies, and no
// redirects (a redirect would carry the token's header to wherever it points). Every request is
// reported to `onRequest` (tests count them). Errors become CrmError with the server's Retry-After.
import { CrmError, errorForResponse, toCrmError } from './errors';

export interface HttpDeps {
  fetch: typeof fetch;
  now: () => number;
  timeoutMs?: number;
  onRequest?: (request: { method: string; url: string }) => void;
}

const TIMEOUT_MS = 20_000;

export async function callJson<T>(
  deps: HttpDeps,
  crm: string,
  url: string,
  init: { method: string; headers: Record<string, string>; body?: unknown; form?: URLSearchParams },
): Promise<T> {
  deps.onRequest?.({ method: init.method, url });
  let response: Response;
  try {
    response = await deps.fetch(url, {
      method: init.method,
      headers: {
        Accept: 'application/json',
        ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(init.form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
        ...init.headers,
      },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : init.form ? { body: init.form.toString() } : {}),
      credentials: 'omit',
      redirect: 'error',
      signal: AbortSignal.timeout(deps.timeoutMs ?? TIMEOUT_MS),
    });
  } catch (error) {
    throw toCrmError(error, crm);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw errorForResponse(response.status, crm, response.headers.get('Retry-After'), deps.now());
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text().catch((error: unknown) => {
    throw toCrmError(error, crm);
  });
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new CrmError('server', `${crm}’s answer could not be understood; Tasklane will try again.`);
  }
}

/** A JSON value's field as a string id (CRMs answer ids as numbers or strings). */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.length > 0 && value.length <= 100) return value;
  return undefined;
}
