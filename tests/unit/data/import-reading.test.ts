// The commit reuses the preview's reading of the same file (lib/background/manage/import-reading.ts):
// the rows are not read twice, yet the store is met afresh, a different file or changed category
// values are read again, and a backup's records come through the preview unharmed.
import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from '@/lib/messages';
import { bigBackupJson, bigTasksCsv } from '../../helpers/big-import';
import { makeRouter } from '../../helpers/router';

const NOW = Date.UTC(2026, 10, 28, 10);

async function router() {
  const events: Omit<ProgressEvent, 'tasklane' | 'event'>[] = [];
  const r = await makeRouter(() => NOW, { progress: (event) => events.push(event) });
  const send = (format: 'csv' | 'json', content: string, commit: boolean, job: string) => r.send('optionsTab', 'data.import', { format, content, commit, job });
  const reads = (job: string) => events.filter((e) => e.job === job && e.step === 'read').map((e) => e.done);
  return { ...r, send, reads };
}

describe('the commit after a preview', () => {
  it('reuses the preview’s reading of the same CSV, and lands the same tasks', async () => {
    const { send, reads, getDb } = await router();
    const csv = bigTasksCsv(2500, NOW);
    const preview = await send('csv', csv, false, 'p');
    expect(reads('p')).toEqual([0, 1000, 2000, 2500]);
    const commit = await send('csv', csv, true, 'c');
    // Read once: the commit reports the whole file read at once.
    expect(reads('c')).toEqual([2500]);
    expect(commit).toMatchObject({ ok: true, data: { committed: true, preview: { newTasks: 2500 } } });
    expect(commit.ok && preview.ok && commit.data.preview).toEqual(preview.ok && preview.data.preview);
    expect(await (await getDb()).count('tasks')).toBe(2500);
    // The kept reading is gone after the commit; the store is met afresh: nothing is new now.
    const again = await send('csv', csv, false, 'p2');
    expect(reads('p2')).toEqual([0, 1000, 2000, 2500]);
    expect(again).toMatchObject({ ok: true, data: { preview: { newTasks: 0, unchangedTasks: 2500 } } });
  });

  it('reads a different file again', async () => {
    const { send, reads } = await router();
    await send('csv', bigTasksCsv(1200, NOW), false, 'p');
    const commit = await send('csv', bigTasksCsv(1100, NOW), true, 'c');
    expect(reads('c')).toEqual([0, 1000, 1100]);
    expect(commit).toMatchObject({ ok: true, data: { committed: true, preview: { newTasks: 1100 } } });
  });

  it('reads the file again when the category values a cell may name have changed', async () => {
    const { send, reads, getDb } = await router();
    const csv = bigTasksCsv(10, NOW);
    await send('csv', csv, false, 'p');
    const database = await getDb();
    const goal = (await database.getAll('categories')).find((c) => c.dimension === 'goal')!;
    await database.put('categories', { ...goal, labels: { ...goal.labels, en: `${goal.labels.en} (renamed)` } });
    await send('csv', csv, true, 'c');
    expect(reads('c')).toEqual([0, 10]);
  });

  it('judges the reused reading against what is stored at the commit', async () => {
    const { send, getDb } = await router();
    const csv = bigTasksCsv(20, NOW);
    await send('csv', csv, false, 'p');
    // Between preview and import, one of the file's tasks is stored (as another import would).
    await send('csv', bigTasksCsv(1, NOW), true, 'other');
    const commit = await send('csv', csv, true, 'c');
    expect(commit).toMatchObject({ ok: true, data: { committed: true, preview: { newTasks: 19, unchangedTasks: 1 } } });
    expect(await (await getDb()).count('tasks')).toBe(20);
  });

  it('a JSON backup previewed then imported lands whole', async () => {
    const { send, reads, getDb } = await router();
    const json = bigBackupJson(400, NOW);
    await send('json', json, false, 'p');
    const commit = await send('json', json, true, 'c');
    expect(reads('c')).toEqual([400]);
    expect(commit).toMatchObject({ ok: true, data: { committed: true, preview: { newTasks: 400 } } });
    const database = await getDb();
    expect(await database.count('tasks')).toBe(400);
    expect(await database.count('contacts')).toBe(100);
  });
});
