// Seeing the answer: inside the content script's one observer pass, the messages the pass added
// are read and checked against the watch set the background handed over. Nothing is sent per
// row; only a found reply goes to the background, once per task.
import type { MessageMarks, PageContext } from '../detect/types';
import { repliesIn, type ReplyFound, type WatchEntry } from './reply-match';
import { itemsIn, readItem } from './shown-messages';

export interface ReplyWatchDeps {
  marks: MessageMarks;
  context: (anchor: Element) => PageContext;
  /** The rep's own addresses (My addresses and the page's signed-in account). */
  self: () => ReadonlySet<string>;
  url: () => URL;
  report: (reply: ReplyFound) => void;
  now?: () => Date;
}

export function replyWatch(deps: ReplyWatchDeps) {
  let entries: readonly WatchEntry[] = [];
  /** Everyone whose message would answer something: a row from anyone else is not read further. */
  let people = new Set<string>();
  /** Tasks already reported from this page: the background's new watch set drops them anyway. */
  const reported = new Set<string>();
  return {
    set(next: readonly WatchEntry[]) {
      entries = next;
      people = new Set(next.flatMap((entry) => entry.people));
    },
    get size() {
      return entries.length;
    },
    /** Checks the messages in `roots` (the pass's added subtrees, or the document). */
    scan(roots: readonly ParentNode[]) {
      const open = entries.filter((entry) => !reported.has(entry.taskId));
      if (!open.length) return;
      const { marks } = deps;
      if (marks.showsSenders && !marks.showsSenders(deps.url())) return;
      const now = deps.now?.() ?? new Date();
      const self = deps.self();
      for (const item of itemsIn(roots, marks)) {
        const message = readItem(item, marks, deps.context, now, (from) => people.has(from));
        if (!message) continue;
        for (const reply of repliesIn(message, open, self, now)) {
          if (reported.has(reply.taskId)) continue;
          reported.add(reply.taskId);
          deps.report(reply);
        }
      }
    },
  };
}
