// One two-way sync with one task list: pull what changed on the server, then push what changed
// here (lib/sync/pull.ts, push.ts, reconcile.ts). Network and server failures are thrown as
// SyncError for the caller's backoff; nothing local is lost, since every step is recorded as it
// lands and a repeated step is harmless.
import { getContacts, listCategories, getSettings, type TasklaneDb } from '../db';
import type { DavClient } from './dav-client';
import { newReport, type SyncContext } from './context';
import { takePicture } from './picture';
import { pull } from './pull';
import { pushRound } from './push';
import type { SyncReport } from './records';

export interface SyncRun {
  db: TasklaneDb;
  client: DavClient;
  collectionUrl: string;
  now: () => number;
  /** The browser's language, for category labels when the settings say 'auto'. */
  locale?: string;
}

/** Push rounds per sync: a second (and third) only when the server changed under a push. */
const MAX_PUSH_ROUNDS = 3;

async function labelsFor(db: TasklaneDb, browserLocale: string | undefined) {
  const settings = await getSettings(db);
  const locale = settings.language !== 'auto' ? settings.language : browserLocale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
  const labels = new Map((await listCategories(db)).map((c) => [`${c.dimension}:${c.id}`, c.labels[locale] || c.labels.en]));
  return (dimension: string, id: string) => labels.get(`${dimension}:${id}`) ?? id;
}

export async function runSync(run: SyncRun): Promise<{ report: SyncReport; changedTaskIds: string[] }> {
  const started = run.now();
  const requestsBefore = run.client.requestCount;
  const picture = await takePicture(run.db);
  const contactIds = [...new Set([...picture.tasks.values()].flatMap((t) => (t.contactId ? [t.contactId] : [])))];
  const ctx: SyncContext = {
    db: run.db,
    client: run.client,
    collectionUrl: run.collectionUrl,
    now: run.now,
    labelOf: await labelsFor(run.db, run.locale),
    contacts: await getContacts(run.db, contactIds),
    report: newReport(started),
    changedTaskIds: new Set(),
  };
  await pull(ctx);
  for (let round = 0; round < MAX_PUSH_ROUNDS; round++) {
    if (await pushRound(ctx, await takePicture(run.db))) break;
  }
  ctx.report.requests = run.client.requestCount - requestsBefore;
  ctx.report.ms = run.now() - started;
  return { report: ctx.report, changedTaskIds: [...ctx.changedTaskIds] };
}
