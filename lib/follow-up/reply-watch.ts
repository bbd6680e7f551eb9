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
  /** The entries by each of their people: a row's sender is looked up, never the whole set
   *  scanned (a rep may wait on hundreds; a busy page shows thousands of rows). */
  let byPerson = new Map<string, WatchEntry[]>();
  /** Tasks already reported from this page: the background's new watch set drops them anyway. */
  const reported = new Set<string>();
  /** Entries not yet reported: none left, and a pass reads nothing. */
  let open = 0;
  const stillOpen = (entry: WatchEntry) => !reported.has(entry.taskId);
  return {
    set(next: readonly WatchEntry[]) {
      entries = next;
      byPerson = new Map();
      for (const entry of next) {
        for (const person of entry.people) {
          const list = byPerson.get(person);
          if (list) list.push(entry);
          else byPerson.set(person, [entry]);
        }
      }
      open = next.filter(stillOpen).length;
    },
    get size() {
      return entries.length;
    },
    /** Checks the messages in `roots` (the pass's added subtrees, or the document). */
    scan(roots: readonly ParentNode[]) {
      if (!open) return;
      const { marks } = deps;
      if (marks.showsSenders && !marks.showsSenders(deps.url())) return;
      const now = deps.now?.() ?? new Date();
      let self: ReadonlySet<string> | undefined;
      for (const item of itemsIn(roots, marks)) {
        // Only a row from someone a follow-up waits for is read further (most rows are nobody's answer).
        const message = readItem(item, marks, deps.context, now, (from) => byPerson.get(from)?.some(stillOpen) === true);
        if (!message?.from) continue;
        const waiting = byPerson.get(message.from)!.filter(stillOpen);
        for (const reply of repliesIn(message, waiting, (self ??= deps.self()), now)) {
          if (reported.has(reply.taskId)) continue;
          reported.add(reply.taskId);
          open--;
          deps.report(reply);
        }
      }
    },
  };
}
