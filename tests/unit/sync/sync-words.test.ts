// What Options → Sync shows a zh-CN rep is Chinese: why an item was skipped (on a pull or a
// push), how a conflict was settled, the last failure — and records older builds wrote with
// an English sentence only get their key when read, never shown in English.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { conflictText, skippedText, syncErrorText } from '@/components/options/sync-words';
import * as db from '@/lib/db';
import { listConflicts, saveSyncSettings } from '@/lib/db/sync-store';
import { translator, type Messages } from '@/lib/i18n';
import { runSync } from '@/lib/sync/engine';
import { errorForStatus, toSyncError } from '@/lib/sync/errors';
import type { SyncConflict, SyncStatus } from '@/lib/sync/records';
import { readVtodo } from '@/lib/sync/vtodo-read';
import { CONFLICT_REASONS, keyedConflict, keyedSyncStatus } from '@/lib/sync/words';
import { freshIndexedDb } from '../../helpers/fresh-db';
import { fakeTaskList } from '../../helpers/fake-dav';

const EN = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Messages;
const ZH = JSON.parse(readFileSync('public/_locales/zh_CN/messages.json', 'utf8')) as Messages;
const zh = translator(ZH, 'zh-CN').t;
const en = translator(EN, 'en').t;
/** Two English words in a row: a sentence left untranslated (names like iCalendar, VTODO, HTTP pass). */
const ENGLISH = /[A-Za-z]{2,}[\s,]+[A-Za-z]{2,}/;

const LIST = 'https://dav.example/rep/tasks/';
const ics = (body: string) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n${body}END:VCALENDAR\r\n`;

let clock = Date.parse('2026-11-28T10:00:00Z');
const now = () => (clock += 1_000);
let database: db.TasklaneDb;

beforeEach(async () => {
  freshIndexedDb();
  database = await db.openTasklaneDb();
});

describe('sync lines in the rep’s language', () => {
  it('each kind of unreadable item, and a field the task schema refuses', () => {
    const local = { id: '0b6f1f0e-8c1a-4d7e-9a51-2f1c3e4d5a61', title: 'x', notes: '', priority: 'normal', categories: {}, status: 'open', createdAt: 1, updatedAt: 1, contactId: 'not-an-id' } as never;
    const items = [
      'X'.repeat(300_000),
      'not a calendar',
      ics(''),
      ics('BEGIN:VTODO\r\nSUMMARY:x\r\nEND:VTODO\r\n'),
      ics('BEGIN:VTODO\r\nUID:a\r\nSUMMARY:x\r\nEND:VTODO\r\n'),
    ];
    const said = items.map((item, i) => {
      const read = readVtodo(item, () => (i === 4 ? local : undefined), () => crypto.randomUUID(), clock);
      expect(read.kind).toBe('malformed');
      if (read.kind !== 'malformed') return '';
      expect(en(read.words.key), read.problem).not.toBe(read.words.key);
      return skippedText({ href: `h${i}`, problem: read.problem, ...read.words }, zh);
    });
    for (const line of said) expect(line).not.toMatch(ENGLISH);
    expect(said.at(-1)).toBe('已跳过服务器上的一项：无法保存该任务：联系人不是 Tasklane 的 id。');
  });

  it('a push the server refuses, and a conflict, as a sync reports and logs them', async () => {
    const server = fakeTaskList();
    await saveSyncSettings(database, { serverUrl: 'https://dav.example/', username: 'rep', password: 'pw', collectionUrl: LIST, enabled: true, approvedOrigins: [] } as never);
    const sync = () => runSync({ db: database, client: server.client, collectionUrl: LIST, now, locale: 'zh-CN' });
    const { task } = await db.createTask(database, { title: '给王总回电话', notes: '', priority: 'normal', categories: {} }, undefined, now());
    const put = server.client.putItem.bind(server.client);
    server.client.putItem = async () => ({ status: 'refused', httpStatus: 507 }) as never;
    const refused = (await sync()).report.skipped;
    expect(refused).toHaveLength(1);
    expect(skippedText(refused[0]!, zh)).toBe('已跳过服务器上的一项：服务器拒绝保存“给王总回电话”（HTTP 507）；Tasklane 会再次尝试。');
    server.client.putItem = put;
    await sync();
    // Both sides edit; the server's edit is later and wins.
    await db.updateTask(database, task.id, { title: '给王总回电话（改）' }, now());
    clock += 5_000;
    server.edit(task.id, (text) => text.replace(/SUMMARY:[^\r]*/, 'SUMMARY:服务器上的修改').replace(/LAST-MODIFIED:[^\r]*/, `LAST-MODIFIED:${new Date(clock + 60_000).toISOString().replace(/[-:]|\.\d{3}/g, '')}`));
    expect((await sync()).report.conflicts).toBe(1);
    const [conflict] = await listConflicts(database, 5);
    expect(conflict).toMatchObject({ key: 'syncConflict_serverNewer', reason: CONFLICT_REASONS.serverNewer });
    expect(conflictText(conflict!, zh)).toBe('在 Tasklane 和服务器上都被修改；服务器上的修改较新。');
  });

  it('a server task without a title gets one in the rep’s language', async () => {
    const server = fakeTaskList();
    await saveSyncSettings(database, { serverUrl: 'https://dav.example/', username: 'rep', password: 'pw', collectionUrl: LIST, enabled: true, approvedOrigins: [] } as never);
    server.holds(`${LIST}no-title.ics`, '"1"', ics('BEGIN:VTODO\r\nUID:no-title-1\r\nDUE;VALUE=DATE:20261201\r\nEND:VTODO\r\n'));
    const { report } = await runSync({ db: database, client: server.client, collectionUrl: LIST, now, untitled: async () => zh('untitledTask') });
    expect(report.pulled).toBe(1);
    expect((await database.getAll('tasks')).map((t) => t.title)).toEqual(['（无标题）']);
  });

  it('records written before the key scheme get a key when read', () => {
    const older = (message: string): SyncStatus => ({ failures: 1, lastError: { message, at: 1 } });
    const cases: [string, string][] = [
      [errorForStatus(401, 'listing').message, 'errorSync_auth'],
      [errorForStatus(404, 'listing').message, 'errorSync_not_found'],
      [errorForStatus(503, 'listing').message, 'errorSync_server'],
      [errorForStatus(418, 'listing').message, 'errorSync_bad_answer'],
      [toSyncError(new TypeError('Failed to fetch')).message, 'errorSync_offline'],
      [toSyncError(Object.assign(new Error('x'), { name: 'TimeoutError' })).message, 'errorSync_offline'],
      ['Something an old build said.', 'errorSync_earlier'],
    ];
    for (const [message, key] of cases) {
      const keyed = keyedSyncStatus(older(message)).lastError!;
      expect(keyed.key, message).toBe(key);
      expect(syncErrorText(keyed, zh)).not.toMatch(ENGLISH);
    }
    const report = { at: 1, pulled: 0, pushed: 0, deleted: 0, conflicts: 0, requests: 1, ms: 1, skipped: [{ href: 'a', problem: 'It is not valid iCalendar (bad).' }] };
    const skipped = keyedSyncStatus({ failures: 0, lastReport: report }).lastReport!.skipped[0]!;
    expect(skippedText(skipped, zh)).toBe('已跳过服务器上的一项：它无法作为任务读取。');

    const conflict = (reason: string): SyncConflict => ({ id: 'c', at: 1, taskId: 't', title: 'x', kept: 'local', reason, discarded: '' });
    for (const reason of Object.values(CONFLICT_REASONS)) {
      const keyed = keyedConflict(conflict(reason));
      expect(en(keyed.key!)).toBe(reason);
      expect(conflictText(keyed, zh)).not.toMatch(ENGLISH);
    }
    expect(keyedConflict(conflict('Something else')).key).toBe('syncConflict_earlier');
    // Even unkeyed (an older worker answering), the page says the generic words.
    expect(conflictText(conflict('Changed somewhere.'), zh)).not.toMatch(ENGLISH);
    expect(syncErrorText({ message: 'The server is busy.', at: 1 }, zh)).not.toMatch(ENGLISH);
  });
});
