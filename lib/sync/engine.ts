// One two-way sync with one task list: pull what changed on the server, then push what changed
// here (lib/sync/pull.ts, push.ts, reconcile.ts). Network and server failures are thrown as
// SyncError for the caller's backoff; nothing local is lost, since every step is recorded as it
// lands and a repeated step is harmless. What is read locally follows what changed: the server's
// listing for the pull, the sync queue for the push (lib/db/sync-queue.ts).
import { listCategories, getSettings, type TasklaneDb } from '../db';
import { ensureQueueSeeded } from '../db/sync-queue';
import type { LabelOf } from '../data/ics';
import type { DavClient } from './dav-client';
import { newReport, type SyncContext } from './context';
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
  /** The rep's words for a task the server sends without a title ("（无标题）"). */
  untitled?: () => Promise<string>;
}

/** A task without a title is stored under one: English only when the rep's words are not to be had. */
const UNTITLED = '(no title)';

/** Push rounds per sync: a second (and third) only when the server changed under a push. */
const MAX_PUSH_ROUNDS = 3;

async function labelsFor(db: TasklaneDb, browserLocale: string | undefined): Promise<LabelOf> {
  const settings = await getSettings(db);
  const locale = settings.language !== 'auto' ? settings.language : browserLocale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
  const labels = new Map((await listCategories(db)).map((c) => [`${c.dimension}:${c.id}`, c.labels[locale] || c.labels.en]));
  return (dimension: string, id: string) => labels.get(`${dimension}:${id}`) ?? id;
}

export async function runSync(run: SyncRun): Promise<{ report: SyncReport; changedTaskIds: string[] }> {
  const started = run.now();
  const requestsBefore = run.client.requestCount;
  let labels: Promise<LabelOf> | undefined;
  const ctx: SyncContext = {
    db: run.db,
    client: run.client,
    collectionUrl: run.collectionUrl,
    now: run.now,
    labels: () => (labels ??= labelsFor(run.db, run.locale)),
    contacts: new Map(),
    report: newReport(started),
    changedTaskIds: new Set(),
    untitled: (await run.untitled?.().catch(() => undefined)) || UNTITLED,
  };
  // The first sync with this list (or after the version 7 migration) queues whatever the
  // server lacks; later ones find the queue complete.
  await ensureQueueSeeded(run.db, run.collectionUrl, started);
  await pull(ctx);
  for (let round = 0; round < MAX_PUSH_ROUNDS; round++) {
    if (await pushRound(ctx)) break;
  }
  ctx.report.requests = run.client.requestCount - requestsBefore;
  ctx.report.ms = run.now() - started;
  return { report: ctx.report, changedTaskIds: [...ctx.changedTaskIds] };
}
