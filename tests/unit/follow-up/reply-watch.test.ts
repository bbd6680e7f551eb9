// The reply check over real saved pages (happy-dom): Gmail's thread and inbox, Outlook's reading
// pane, Roundcube's list — with the adapters' own selectors and context.
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '@/lib/detect/sites/gmail';
import { outlookAdapter } from '@/lib/detect/sites/outlook';
import { roundcubeAdapter } from '@/lib/detect/sites/roundcube';
import type { SiteAdapter } from '@/lib/detect/types';
import type { ReplyFound, WatchEntry } from '@/lib/follow-up/reply-match';
import { replyWatch } from '@/lib/follow-up/reply-watch';
import { fixture, parseWithHappyDom } from '../detect/helpers';

const NOW = new Date(2026, 11, 6, 19, 40);

function watchOn(adapter: SiteAdapter, name: string, href: string, entries: WatchEntry[], self = ['alex.rep@acme-sales.com']) {
  const url = new URL(href);
  const doc = parseWithHappyDom(fixture(name).html, href);
  const found: ReplyFound[] = [];
  const watch = replyWatch({
    marks: adapter.messages!,
    context: (anchor) => adapter.context(doc, url, anchor),
    self: () => new Set(self),
    url: () => url,
    report: (reply) => found.push(reply),
    now: () => NOW,
  });
  watch.set(entries);
  return { doc, found, watch };
}

const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkLnqTbWcPdHsJvMnXtPqRs';
const INBOX = 'https://mail.google.com/mail/u/0/#inbox';
/** The Gmail thread's messages are from June 2024: a task from before then waits for them. */
const BEFORE = new Date(2024, 5, 17, 12, 0).getTime();

describe('replyWatch on Gmail', () => {
  it('sees the person\'s message in the linked thread, once', () => {
    const { doc, found, watch } = watchOn(gmailAdapter, 'gmail-thread', THREAD, [
      { taskId: 'a', people: ['priya.raman@northwind-traders.com'], threadId: '18fe4a7c2b9d0e11', since: BEFORE },
    ]);
    watch.scan([doc]);
    watch.scan([doc]);
    expect(found).toEqual([{ taskId: 'a', from: 'priya.raman@northwind-traders.com', at: new Date(2024, 5, 18, 9, 12).getTime() }]);
  });

  it('ignores the rep\'s own message, other threads, and messages older than the task', () => {
    const { doc, found, watch } = watchOn(gmailAdapter, 'gmail-thread', THREAD, [
      { taskId: 'own', people: ['alex.rep@acme-sales.com'], threadId: '18fe4a7c2b9d0e11', since: BEFORE },
      { taskId: 'other', people: ['priya.raman@northwind-traders.com'], threadId: '18fe000000000000', since: BEFORE },
      { taskId: 'old', people: ['priya.raman@northwind-traders.com'], threadId: '18fe4a7c2b9d0e11', since: new Date(2024, 5, 18, 10, 0).getTime() },
    ]);
    watch.scan([doc]);
    expect(found).toEqual([]);
  });

  it('sees a reply row in the inbox by its thread id and row date, but not in the Sent view', () => {
    const entries = [{ taskId: 'row', people: ['h.schneider@brightwater-logistics.de'], threadId: '18fe47d1a0c3b552', since: BEFORE }];
    const inbox = watchOn(gmailAdapter, 'gmail-inbox', INBOX, entries);
    inbox.watch.scan([inbox.doc]);
    expect(inbox.found.map((r) => r.taskId)).toEqual(['row']);
    const sent = watchOn(gmailAdapter, 'gmail-inbox', 'https://mail.google.com/mail/u/0/#sent', entries);
    sent.watch.scan([sent.doc]);
    expect(sent.found).toEqual([]);
  });

  it('reads a Chinese Gmail\'s dates (2024年6月17日 周一 下午6:20)', () => {
    const url = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkLnqTbWcPdHsJvMnXtPqRs';
    const entry = { taskId: 'zh', people: ['wang.fang@mingyuan-tech.cn'], threadId: '18fe61b0c3a9e771' };
    const before = watchOn(gmailAdapter, 'gmail-thread-zh', url, [{ ...entry, since: new Date(2024, 5, 17, 18, 0).getTime() }]);
    before.watch.scan([before.doc]);
    expect(before.found).toEqual([{ taskId: 'zh', from: 'wang.fang@mingyuan-tech.cn', at: new Date(2024, 5, 17, 18, 20).getTime() }]);
    const after = watchOn(gmailAdapter, 'gmail-thread-zh', url, [{ ...entry, since: new Date(2024, 5, 17, 18, 30).getTime() }]);
    after.watch.scan([after.doc]);
    expect(after.found).toEqual([]);
  });

  it('checks only the added subtree it is handed', () => {
    const { doc, found, watch } = watchOn(gmailAdapter, 'gmail-inbox', INBOX, [
      { taskId: 'row', people: ['h.schneider@brightwater-logistics.de'], threadId: '18fe47d1a0c3b552', since: BEFORE },
    ]);
    const rows = doc.querySelectorAll('tr.zA');
    watch.scan([rows[0]!]);
    expect(found).toEqual([]);
    // A date re-rendered inside the row: the row around it is read.
    watch.scan([rows[1]!.querySelector('td.xW span')!]);
    expect(found.map((r) => r.taskId)).toEqual(['row']);
  });
});

describe('replyWatch on Outlook and Roundcube', () => {
  it('sees the sender of a reading-pane message by the conversation id', () => {
    const { doc, found, watch } = watchOn(outlookAdapter, 'outlook-reading-pane', 'https://outlook.office.com/mail/inbox', [
      { taskId: 'o', people: ['marco.bianchi@fabrikam-industrial.it'], threadId: 'AAQkAGI2YjE4NWFlLTk3ZDAtNDQ5MS1hZjcwLTNhYzQ4YjRmMmI0ZgAQAJv8kX7/zWtNpFLc6vR0B2E=', since: BEFORE },
    ]);
    watch.scan([doc]);
    expect(found).toEqual([{ taskId: 'o', from: 'marco.bianchi@fabrikam-industrial.it', at: new Date(2024, 5, 19, 14, 2).getTime() }]);
  });

  it('links Roundcube rows by subject, and skips an automatic reply', () => {
    const since = new Date(2026, 10, 1).getTime();
    const { doc, found, watch } = watchOn(roundcubeAdapter, 'roundcube-list', 'https://webmail.tasklane-demo.test/?_task=mail&_mbox=INBOX', [
      { taskId: 'rfq', people: ['elena.petrov@kestrel-freight.com'], subjectKey: 'request for quote - 40 handheld scanners for our felixstowe depot', since },
      { taskId: 'ooo', people: ['oliver.grant@kestrel-freight.com'], subjectKey: 'automatic reply: out of office', since },
    ], ['rep@tasklane-demo.test']);
    watch.scan([doc]);
    expect(found.map((r) => r.taskId)).toEqual(['rfq']);
  });
});

describe('replyWatch never mixes two messages', () => {
  it('reads each Outlook message on its own, not the wrapper around them', () => {
    const { doc, found, watch } = watchOn(outlookAdapter, 'outlook-reading-pane', 'https://outlook.office.com/mail/inbox', [
      { taskId: 'o', people: ['marco.bianchi@fabrikam-industrial.it'], threadId: 'AAQkAGI2YjE4NWFlLTk3ZDAtNDQ5MS1hZjcwLTNhYzQ4YjRmMmI0ZgAQAJv8kX7/zWtNpFLc6vR0B2E=', since: new Date(2024, 5, 19, 15, 0).getTime() },
    ]);
    // A newer message from someone else, inside the same wrapper: Marco's own message stays older.
    const host = doc.querySelector('div.wide-content-host')!;
    host.insertAdjacentHTML('afterbegin', '<div aria-label="Email message"><span aria-label="From: Sofia Lind">Sofia Lind&lt;sofia.lind@fabrikam-industrial.it&gt;</span><div title="Thu 20/06/2024 09:00">Thu 20/06/2024 09:00</div></div>');
    watch.scan([doc]);
    expect(found).toEqual([]);
  });

  it('takes a Roundcube message\'s sender from its From line, not its recipients', () => {
    const since = new Date(2026, 10, 1).getTime();
    const { doc, found, watch } = watchOn(roundcubeAdapter, 'roundcube-preview', 'https://webmail.tasklane-demo.test/?_task=mail&_action=preview&_uid=1&_mbox=INBOX', [
      { taskId: 'to-line', people: ['sales@tasklane-demo.test'], subjectKey: 'request for quote - 40 handheld scanners for our felixstowe depot', since },
      { taskId: 'from-line', people: ['elena.petrov@kestrel-freight.com'], subjectKey: 'request for quote - 40 handheld scanners for our felixstowe depot', since },
    ], ['rep@tasklane-demo.test']);
    watch.scan([doc]);
    expect(found.map((r) => r.taskId)).toEqual(['from-line']);
  });
});
