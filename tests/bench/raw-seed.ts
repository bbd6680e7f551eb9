// The today query's (and the popup targets') 100,000-task store, written straight into
// IndexedDB. It runs inside the extension's worker (tests/bench/store-bench.ts hands it to
// Worker.evaluate, which sends its source: it must use nothing from outside its own body) and,
// for its unit test, in Node over fake-indexeddb.
//
// Done tasks are completed over the two years up to `now`, about 130 a day, today included —
// and today's between its midnight and `now`, never later: the current week's and month's
// target counters then have a row for every day so far, both metrics, even on a Monday just
// after midnight (the seed once left the last two days empty, and a Monday bench read no
// counter row at all). A done task was created the day it was completed or up to two before.
export interface RawSeedArgs {
  count: number;
  /** The worker's now, ms. */
  now: number;
  /** The due-counter and target-counter markers, deleted so the next open rebuilds both. */
  marker: string;
  targetMarker: string;
}

export async function seedRawTasks({ count, now, marker, targetMarker }: RawSeedArgs): Promise<void> {
  const db = await new Promise<IDBDatabase>((done, fail) => {
    const open = indexedDB.open('tasklane');
    open.onsuccess = () => done(open.result);
    open.onerror = () => fail(open.error);
  });
  // Schema 9's target counters are bypassed too: cleared, and rebuilt on the next open (a
  // build before version 9 has none).
  const counters = db.objectStoreNames.contains('targetCounts') ? ['dueCounts', 'targetCounts'] : ['dueCounts'];
  const tx = db.transaction(['tasks', ...counters, 'meta'], 'readwrite');
  const store = tx.objectStore('tasks');
  store.clear();
  for (const name of counters) tx.objectStore(name).clear();
  tx.objectStore('meta').delete(marker);
  tx.objectStore('meta').delete(targetMarker);
  const DAY = 86_400_000;
  // Local calendar days, as the rep's: `n` days from today (negative: before).
  const midnight = new Date(now);
  midnight.setHours(0, 0, 0, 0);
  const dayStart = (n: number) => new Date(midnight.getFullYear(), midnight.getMonth(), midnight.getDate() + n).getTime();
  const day = (n: number) => new Date(dayStart(n) + DAY / 2).toLocaleDateString('en-CA');
  const goals = ['new_customer', 'existing_customer', 'payment_collection', 'market_research'];
  const pick = <T,>(values: T[], bits: number) => values[bits % values.length]!;
  for (let i = 0; i < count; i++) {
    const h = Math.imul(i + 1, 2654435761) >>> 0;
    const open = h % 100 < 8;
    // The day from bits mixed again: straight from h's, a value's bits (h >>> 10 …) fixed the
    // day modulo 16, and a week's days held no task of some values.
    const m = Math.imul(h ^ (h >>> 15), 2246822519) >>> 0;
    const inDays = open ? (m % 91) - 45 : -(m % 720);
    // A moment of day `n` (≤ 0), before `now` when it is today.
    const within = (n: number, bits: number) => dayStart(n) + (bits % Math.max(1, Math.min(now, dayStart(n + 1)) - dayStart(n)));
    const completedAt = open ? undefined : within(inDays, h);
    // Created the day it was completed (before it), or one or two days earlier.
    const back = (m >>> 7) % 3;
    const createdAt = completedAt === undefined
      ? within(-(Math.abs(inDays) + 3), h)
      : back === 0 ? dayStart(inDays) + (m % (completedAt - dayStart(inDays) + 1)) : within(inDays - back, m);
    store.put({
      id: `bench-${String(i).padStart(7, '0')}`,
      title: `Follow up #${i}`,
      notes: '',
      due: { date: day(inDays), ...(i % 3 === 0 ? { time: '10:30' } : {}) },
      priority: 'normal',
      // A value in every dimension, so targets on any of them have tasks to count.
      categories: { goal: goals[(h >>> 4) % 4], cycle: pick(['daily', 'phased'], h >>> 10), customer: pick(['b2b', 'b2c'], h >>> 12), channel: pick(['direct', 'distribution', 'online'], h >>> 14) },
      source: { site: 'gmail', title: `Thread ${i}` },
      status: open ? 'open' : 'done',
      createdAt,
      updatedAt: completedAt ?? createdAt,
      ...(completedAt !== undefined ? { completedAt } : {}),
    });
  }
  await new Promise<void>((done, fail) => {
    tx.oncomplete = () => done();
    tx.onerror = () => fail(tx.error);
  });
  db.close();
}
