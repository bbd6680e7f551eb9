// Loads the message reader (./page-message.ts, lib/detect/message) on the first click: reading a message's
// parts, dates and identity is work for the moment a rep asks for a task, and the content script
// that runs on every page stays small (≤ 25 kB gzip). The background injects the reader's script
// into this frame's isolated world (lib/background/message-reader.ts), where it leaves its
// function on that world's global object, which page scripts cannot see.
import type { readPageMessage } from './page-message';
import { request } from '@/lib/messages/client';

export const MESSAGE_READER_KEY = '__tasklaneMessageReader';

export type MessageReader = typeof readPageMessage;

type WithReader = typeof globalThis & { [MESSAGE_READER_KEY]?: MessageReader };

export async function loadMessageReader(): Promise<MessageReader> {
  const world = globalThis as WithReader;
  if (!world[MESSAGE_READER_KEY]) await request('reader.load', {});
  const reader = world[MESSAGE_READER_KEY];
  // Never shown: the caller creates the task from what the adapter read instead.
  if (!reader) throw new Error('no reader');
  return reader;
}
