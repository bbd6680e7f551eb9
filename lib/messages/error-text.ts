// What the rep reads when a request fails: the error's own UI string (key + params, sent by the
// background) in the language shown, else its code's sentence. The English `message` goes to
// the console only. An error without a code was made by the page itself and already speaks the
// rep's language (a permission refused, …): its message is shown as it is.
import type { Translate } from '../i18n';
import { ERROR_CODES, type ErrorCode } from './errors';

const CODE_KEYS: Record<ErrorCode, string> = {
  bad_request: 'errorBadRequest',
  unknown_type: 'errorInternal',
  forbidden: 'errorForbidden',
  not_found: 'errorNotFound',
  too_late: 'errorTooLate',
  storage_full: 'errorStorageFull',
  storage_unavailable: 'errorStorageUnavailable',
  storage_failed: 'errorStorageFailed',
  internal: 'errorInternal',
};

interface Coded {
  code?: unknown;
  key?: unknown;
  params?: unknown;
  message?: unknown;
}

const isCode = (code: unknown): code is ErrorCode => (ERROR_CODES as readonly unknown[]).includes(code);

/** The words for `error` in `t`'s language. */
export function errorText(error: unknown, t: Translate): string {
  const e = (error ?? {}) as Coded;
  if (!isCode(e.code)) return typeof e.message === 'string' && e.message ? e.message : t(CODE_KEYS.internal);
  console.warn('[tasklane]', e.code, e.message);
  if (typeof e.key === 'string') {
    const params = Array.isArray(e.params) ? e.params.map(String) : [];
    const text = t(e.key, ...params);
    // A key this build does not know (t answers with the key itself) falls back to the code.
    if (text !== e.key) return text;
  }
  return t(CODE_KEYS[e.code]);
}
