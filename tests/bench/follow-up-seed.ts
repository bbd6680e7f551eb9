// Follow-ups waiting for a reply, seeded before the page runs (issue 16): the content script then
// holds a watch set of this many entries and checks every row the stream adds against it. Their
// people are the inbox's senders and their subjects its subjects, so rows match by person and
// thread and are rejected only by date (the bench's rows are older than the tasks): the full
// cost of the check, and no task closes mid-run.
import type { BenchBrowser } from './browsers';
import { personAt, SUBJECTS } from './people';
import { subjectKey } from '../../lib/follow-up/subject-key';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export async function seedWaitingThreads(b: BenchBrowser, count: number, log: (s: string) => void): Promise<void> {
  if (!count) return;
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/popup.html?bench-waiting`);
  const payloads = Array.from({ length: count }, (_, i) => {
    const person = personAt(i);
    const subject = SUBJECTS[i % SUBJECTS.length]!;
    return {
      draft: {
        title: `Waiting for ${person.name}: ${subject}`,
        due: { date: new Date(Date.now() + 3 * 86_400_000).toLocaleDateString('en-CA') },
        source: { site: 'gmail', title: subject },
        followUp: { closeOnReply: true, state: 'waiting', people: [person.email], subjectKey: subjectKey(subject) },
        dedupeKey: `bench-waiting:${i}`,
      },
      contact: { name: person.name, email: person.email },
    };
  });
  await page.evaluate(async (list) => {
    const replies = (await Promise.all(list.map((payload) => chrome.runtime.sendMessage({ tasklane: 1, type: 'task.create', payload })))) as { ok: boolean; error?: { message: string } }[];
    const failed = replies.find((r) => !r.ok);
    if (failed) throw new Error(failed.error?.message ?? 'seed failed');
  }, payloads);
  // The worker rebuilds its cached watch set a moment after the last change: ask until it has them.
  let created = 0;
  for (let tries = 0; tries < 50 && created !== count; tries++) {
    created = await page.evaluate(async () => {
      const watch = (await chrome.runtime.sendMessage({ tasklane: 1, type: 'followUp.watchSet', payload: { site: 'gmail' } })) as { ok: boolean; data?: { entries: unknown[] } };
      return watch.data?.entries.length ?? 0;
    });
    if (created !== count) await page.waitForTimeout(200);
  }
  if (created !== count) throw new Error(`the watch set holds ${created} follow-ups, not ${count}`);
  log(`  seeded ${count} follow-ups waiting for a reply (the pages' watch set)`);
  await page.close();
}
