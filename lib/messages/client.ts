// How popup, options and content scripts talk to the background: a typed request that
// resolves to the reply's data or throws a ProtocolError whose key the UI translates
// (lib/messages/error-text.ts; the English message is for logs).
import { browser } from 'wxt/browser';
import { ProtocolError } from './errors';
import { isChangeEvent, isProgressEvent, type ChangeEvent, type ProgressEvent } from './events';
import type { Reply, RequestInput, RequestType, ResponseMap } from './protocol';

export async function request<K extends RequestType>(type: K, payload: RequestInput<K>): Promise<ResponseMap[K]> {
  let reply: Reply<K> | undefined;
  try {
    reply = (await browser.runtime.sendMessage({ tasklane: 1, type, payload })) as Reply<K> | undefined;
  } catch (error) {
    // The extension was updated or reloaded under this page, or the worker could not start.
    throw new ProtocolError({
      code: 'internal',
      key: 'errorUnreachable',
      message: `Tasklane is not reachable (${(error as Error)?.message ?? 'no answer'}). Reload the page and try again.`,
    });
  }
  if (!reply || typeof reply !== 'object' || typeof reply.ok !== 'boolean') {
    throw new ProtocolError({ code: 'internal', key: 'errorUnreachable', message: 'Tasklane gave no answer. Reload the page and try again.' });
  }
  if (!reply.ok) throw new ProtocolError(reply.error);
  return reply.data;
}

/** Calls `listener` with the progress of the job `job`; returns an unsubscribe. */
export function onProgress(job: string, listener: (event: ProgressEvent) => void): () => void {
  const handler = (message: unknown) => {
    if (isProgressEvent(message) && message.job === job) listener(message);
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}

/** Calls `listener` for every change the background broadcasts; returns an unsubscribe. */
export function onChange(listener: (event: ChangeEvent) => void): () => void {
  const handler = (message: unknown) => {
    if (isChangeEvent(message)) listener(message);
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}
