// The typed errors a request can come back with. The UI shows `message`; code drives logic.
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
  /** For bad_request: which fields were wrong, as "path: problem". */
  issues?: string[];
}

export class ProtocolError extends Error {
  readonly code: ErrorCode;
  readonly issues?: string[];
  constructor(info: ErrorInfo) {
    super(info.message);
    this.name = 'ProtocolError';
    this.code = info.code;
    if (info.issues) this.issues = info.issues;
  }
}
