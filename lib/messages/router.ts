// The background's front door: validates the envelope and the payload, applies the sender
// policy, runs the handler and turns every failure into a typed error reply. Nothing a
// malformed or forbidden message asks for is ever run.
import * as v from 'valibot';
import type { Browser } from 'wxt/browser';
import { errorInfo, ProtocolError, type ErrorInfo } from './errors';
import {
  EnvelopeSchema,
  REQUESTS,
  type Reply,
  type RequestPayload,
  type RequestType,
  type ResponseMap,
} from './protocol';
import { classifySender, type SenderKind } from './sender';
import { timed } from './timing';

export interface HandlerContext {
  sender: Browser.runtime.MessageSender;
  kind: SenderKind;
}

export type Handlers = {
  [K in RequestType]: (payload: RequestPayload<K>, ctx: HandlerContext) => Promise<ResponseMap[K]>;
};

// The UI says these by their code (lib/messages/error-text.ts); `message` is for logs.
function fail(code: ErrorInfo['code'], message: string, issues?: string[]): Reply {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } };
}

function describeIssues(issues: v.BaseIssue<unknown>[]): string[] {
  return issues.slice(0, 10).map((issue) => `${v.getDotPath(issue) ?? '(message)'}: ${issue.message}`);
}

export function createRouter(handlers: Handlers, extension: { id: string; origin: string }) {
  return async function route(message: unknown, sender: Browser.runtime.MessageSender): Promise<Reply> {
    const kind = classifySender(sender, extension.id, extension.origin);
    if (kind === 'foreign') return fail('forbidden', 'Messages from other extensions are not accepted.');

    const envelope = v.safeParse(EnvelopeSchema, message);
    if (!envelope.success) return fail('bad_request', 'Not a Tasklane request.', describeIssues(envelope.issues));
    const type = envelope.output.type;
    if (!Object.hasOwn(REQUESTS, type)) return fail('unknown_type', `Unknown request "${type.slice(0, 40)}".`);
    const definition = REQUESTS[type as RequestType];
    if (definition.access === 'extension' && kind !== 'extension') {
      return fail('forbidden', `"${type}" is only accepted from Tasklane's own pages.`);
    }

    const payload = v.safeParse(definition.input, envelope.output.payload);
    if (!payload.success) {
      return fail('bad_request', `The "${type}" request is malformed; nothing was changed.`, describeIssues(payload.issues));
    }
    try {
      const handler = handlers[type as RequestType] as (p: unknown, c: HandlerContext) => Promise<unknown>;
      const data = await timed(`tasklane ${type}`, () => handler(payload.output, { sender, kind }));
      return { ok: true, data } as Reply;
    } catch (error) {
      return errorReply(error);
    }
  };
}

function errorReply(error: unknown): Reply {
  return { ok: false, error: errorInfoOf(error) };
}

/** Any failure as the coded error a reply carries (a storage failure by its code, a bug as 'internal'). */
export function errorInfoOf(error: unknown): ErrorInfo {
  if (error instanceof ProtocolError) return errorInfo(error);
  const code = (error as { code?: string } | null)?.code;
  if (code === 'storage_full' || code === 'storage_unavailable' || code === 'storage_failed') {
    return { code, message: (error as Error).message };
  }
  console.error('[tasklane] request failed', error);
  return { code: 'internal', message: 'Something went wrong inside Tasklane; nothing was changed.' };
}
