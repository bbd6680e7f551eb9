// A router wired exactly as the background wires it, over a fresh fake IndexedDB.
import { createHandlers, type HandlerDeps } from '@/lib/background/handlers';
import { UndoTokens } from '@/lib/background/undo';
import { openTasklaneDb, type TasklaneDb } from '@/lib/db';
import { createRouter } from '@/lib/messages/router';
import type { Reply, RequestType } from '@/lib/messages';
import { freshIndexedDb } from './fresh-db';

export const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
export const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

/** Senders as Chrome describes them. */
export const SENDERS = {
  popup: { id: EXTENSION_ID, url: `${ORIGIN}popup.html` },
  optionsTab: { id: EXTENSION_ID, frameId: 0, tab: { id: 7, url: `${ORIGIN}options.html` } },
  content: { id: EXTENSION_ID, frameId: 0, tab: { id: 3, url: 'https://mail.google.com/mail/u/0/#inbox' } },
  // A content script in a frame of a tab that happens to show an extension page is still a content script.
  contentInFrame: { id: EXTENSION_ID, frameId: 4, tab: { id: 7, url: `${ORIGIN}options.html` } },
  otherExtension: { id: 'zyxwvutsrqponmlkzyxwvutsrqponmlk', url: 'chrome-extension://zyxw/page.html' },
} as const;

/** `wire` adds to the background's wiring (e.g. the reminder service); broadcasts are still recorded. */
export async function makeRouter(now = () => Date.UTC(2026, 10, 28, 10), wire: Partial<HandlerDeps> = {}) {
  freshIndexedDb();
  let database: TasklaneDb | undefined;
  const broadcasts: { entity: string; ids: string[] }[] = [];
  const getDb = async () => (database ??= await openTasklaneDb());
  const route = createRouter(
    createHandlers({
      getDb,
      now,
      locale: () => 'en-US',
      undo: new UndoTokens(),
      storageMode: () => 'persistent',
      ...wire,
      broadcast: (entity, ids) => {
        broadcasts.push({ entity, ids });
        wire.broadcast?.(entity, ids);
      },
    }),
    { id: EXTENSION_ID, origin: ORIGIN },
  );
  const send = <K extends string>(sender: keyof typeof SENDERS, type: K, payload?: unknown) =>
    route({ tasklane: 1, type, payload }, SENDERS[sender] as never) as Promise<K extends RequestType ? Reply<K> : Reply>;
  return { route, send, broadcasts, getDb };
}
