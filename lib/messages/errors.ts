// The typed errors a request can come back with. `code` drives logic; the UI says `key` (a
// string of public/_locales, filled with `params`) in the rep's language, or the code's own
// sentence when there is no key (./error-text.ts). `message` is English detail for logs only.
export const ERROR_CODES = [
  'bad_request',
  'unknown_type',
  'forbidden',
  'not_found',
  'too_late',
  'storage_full',
  'storage_unavailable',
  'storage_failed',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  /** The UI string that says what went wrong, and its substitutions ($1…). */
  key?: string;
  params?: string[];
  /** For bad_request: which fields were wrong, as "path: problem". */
  issues?: string[];
}

export class ProtocolError extends Error {
  readonly code: ErrorCode;
  readonly key?: string;
  readonly params?: string[];
  readonly issues?: string[];
  constructor(info: ErrorInfo) {
    super(info.message);
    this.name = 'ProtocolError';
    this.code = info.code;
    if (info.key) this.key = info.key;
    if (info.params) this.params = info.params;
    if (info.issues) this.issues = info.issues;
  }
}

/** The error as it travels in a reply (its key and params only when it has them). */
export function errorInfo(error: ProtocolError): ErrorInfo {
  const { code, message, key, params, issues } = error;
  return { code, message, ...(key ? { key } : {}), ...(params ? { params } : {}), ...(issues ? { issues } : {}) };
}
