// The progress an import reports (issue 17): through the real router, a job id the page gave
// gets read, check and write events that end at their totals; no job id, no events; a job id
// that is not a plain token is refused by the schema.
import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from '@/lib/messages';
import { bigTasksCsv } from '../../helpers/big-import';
import { makeRouter } from '../../helpers/router';

type Progress = Omit<ProgressEvent, 'tasklane' | 'event'>;

async function importWithProgress(payload: { commit: boolean; job?: string }, rows = 2500) {
  const events: Progress[] = [];
  const router = await makeRouter(undefined, { progress: (event) => events.push(event) });
  const reply = await router.send('optionsTab', 'data.import', { format: 'csv', content: bigTasksCsv(rows), ...payload });
  return { reply, events };
}

const last = (events: Progress[], step: Progress['step']) => events.filter((e) => e.step === step).at(-1);

describe('an import’s progress', () => {
  it('counts rows read and checked, then records written, for the job that asked', async () => {
    const { reply, events } = await importWithProgress({ commit: true, job: 'job-1' });
    expect(reply).toMatchObject({ ok: true, data: { committed: true } });
    expect(events.every((e) => e.job === 'job-1')).toBe(true);
    expect(last(events, 'read')).toEqual({ job: 'job-1', step: 'read', done: 2500, total: 2500 });
    expect(events.filter((e) => e.step === 'check').map((e) => e.done)).toEqual([0, 1000, 2000]);
    const write = last(events, 'write')!;
    // 2,500 tasks and their 625 people (the queue is left to the next sync past 1,000 entries).
    expect(write.done).toBe(write.total);
    expect(write.total).toBeGreaterThanOrEqual(2500 + 625);
    // Steps come in order.
    const order = events.map((e) => e.step).filter((step, i, all) => step !== all[i - 1]);
    expect(order).toEqual(['read', 'check', 'write']);
  });

  it('a preview writes nothing, so it reports no write step', async () => {
    const { events } = await importWithProgress({ commit: false, job: 'preview-1' });
    expect(events.some((e) => e.step === 'write')).toBe(false);
    expect(last(events, 'read')?.done).toBe(2500);
  });

  it('sends nothing without a job id, and refuses a job id that is not a plain token', async () => {
    expect((await importWithProgress({ commit: false }, 10)).events).toEqual([]);
    const { reply } = await importWithProgress({ commit: false, job: '<script>' }, 10);
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });
});
