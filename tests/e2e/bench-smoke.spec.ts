// Keeps the performance harness from rotting: runs `npm run bench` at toy sizes against the build
// npm test just made and checks the JSON has every key, each a number. No thresholds: timings on
// a shared CI machine say nothing; `npm run bench` is where the targets are held.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR } from '../../scripts/launch-chromium';

const run = promisify(execFile);

const SHAPE = {
  mutation_overhead_ms_per_1000: ['median', 'p95'],
  mutation_overhead_ms_per_new_person: null,
  mutation_overhead_share_of_page: null,
  longest_extension_task_ms: null,
  inject_latency_ms: ['median', 'p95'],
  first_detection_ms: ['median', 'p95'],
  heap_extra_mb: null,
  heap_growth_mb: null,
  bundle_gzip_kb: ['content', 'popup', 'options', 'background'],
  popup_render_ms: ['warm_p95', 'cold_p95'],
  today_query_ms: ['p95'],
  popup_targets_ms: ['worker_p95', 'round_trip_p95'],
  no_change_sync: ['ms_p95', 'records_read'],
  import_20k_ms: ['preview', 'commit'],
  runs: null,
} as const;

test('the bench harness runs at toy sizes and prints the JSON of issue 6', async () => {
  test.setTimeout(180_000);
  const args = ['tests/bench/run.ts', '--json', '--extension', EXTENSION_DIR, '--runs', '2', '--rows', '300', '--mutations', '50',
    '--views', '2', '--view-wait', '300', '--settle', '300', '--popup-tasks', '40', '--query-tasks', '500', '--sync-tasks', '50', '--import-rows', '200'];
  const { stdout } = await run(process.execPath, ['--import', 'tsx', ...args], { maxBuffer: 1 << 20 });
  const result = JSON.parse(stdout) as Record<string, unknown>;
  expect(Object.keys(result).sort()).toEqual(Object.keys(SHAPE).sort());
  for (const [key, inner] of Object.entries(SHAPE)) {
    const value = result[key];
    if (inner === null) {
      expect(typeof value, key).toBe('number');
      expect(Number.isFinite(value), key).toBe(true);
      continue;
    }
    expect(Object.keys(value as object).sort(), key).toEqual([...inner].sort());
    for (const k of inner) expect(Number.isFinite((value as Record<string, number>)[k]), `${key}.${k}`).toBe(true);
  }
  expect(result.runs).toBe(2);
  // A fraction of the page's time, not a percentage.
  expect(result.mutation_overhead_share_of_page as number).toBeLessThan(1);
});
