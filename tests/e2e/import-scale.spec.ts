// Imports at a rep's scale (issue 17) through the options page in Chromium: a 20,000-row CSV
// with one bad row is refused naming that row, and the good file is previewed and imported
// behind a bar that counts the rows. The files are generated (tests/helpers/big-import.ts).
// The ≤ 3 s targets are the bench's (`import_20k_ms`); this spec records the times it saw.
import { bigTasksCsv, bigTasksCsvWithBadRow, BIG_IMPORT_ROWS } from '../helpers/big-import';
import { expect, test } from './fixtures';

test.setTimeout(300_000);

declare const window: { __bars: string[]; __busy: { from?: number; to?: number } };

/** Records every text the progress bar shows, so a fast machine's short wait is judged fairly. */
function watchBars() {
  window.__bars = [];
  window.__busy = {};
  new MutationObserver(() => {
    // How long the page itself showed the wait ("Working…" or the bar): the file's transfer into
    // the page and its reading there come before, and are not the wait the bar is promised for.
    const waiting = [...document.querySelectorAll('[role="status"]')].some((el) => el.classList.contains('import-progress') || (el.textContent ?? '').startsWith('Working'));
    if (waiting) window.__busy.from ??= performance.now();
    else if (window.__busy.from !== undefined) window.__busy.to ??= performance.now();
    const bar = document.querySelector('.import-progress');
    const text = bar?.textContent ?? '';
    const max = bar?.querySelector('progress')?.getAttribute('max');
    if (text && window.__bars.at(-1) !== `${text}|${max}`) window.__bars.push(`${text}|${max}`);
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
}

/** A wait the page showed for more than a second must have shown the bar counting rows; a shorter
 *  one may show only "Working…". `ms` is the whole step as the test saw it, for the message. */
function expectBarIfSlow(seen: { bars: string[]; busy: { from?: number; to?: number } }, ms: number, pattern: RegExp) {
  const { bars, busy } = seen;
  expect(busy.from, 'the page never showed that it was working').toBeDefined();
  const waited = (busy.to ?? busy.from!) - busy.from!;
  if (waited > 1_200) expect(bars.some((text) => pattern.test(text)), `${ms} ms in all, ${Math.round(waited)} ms shown as a wait, bars seen: ${bars.slice(0, 5).join(' / ')}`).toBe(true);
}

const seenBars = () => ({ bars: window.__bars, busy: window.__busy });

const rows = BIG_IMPORT_ROWS.toLocaleString('en');

test('a 20,000-row CSV: a bad row is named and refused, the good file shows its progress and lands', async ({ openExtensionPage }, info) => {
  const options = await openExtensionPage('options.html#data');
  const input = options.locator('input[type="file"]');
  const now = Date.now();

  await input.setInputFiles({ name: 'crm-export-bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bigTasksCsvWithBadRow(12_345, BIG_IMPORT_ROWS, now)) });
  const problems = options.locator('.import-errors');
  await expect(problems).toContainText('Nothing was changed', { timeout: 120_000 });
  await expect(problems).toContainText(/Row 12,?345/);
  await expect(problems).toContainText('maybe');
  await expect(options.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);

  await options.evaluate(watchBars);
  let started = Date.now();
  await input.setInputFiles({ name: 'crm-export.csv', mimeType: 'text/csv', buffer: Buffer.from(bigTasksCsv(BIG_IMPORT_ROWS, now)) });
  const counts = options.locator('.preview-counts');
  await expect(counts).toContainText(`New tasks${BIG_IMPORT_ROWS}`, { timeout: 120_000 });
  const previewMs = Date.now() - started;
  // Past a second the wait shows a bar that counts the file's rows.
  expectBarIfSlow(await options.evaluate(seenBars), previewMs, new RegExp(`of ${rows}( rows)?\\|${BIG_IMPORT_ROWS}$`));
  await expect(options.locator('.import-progress')).toHaveCount(0);

  await options.evaluate(watchBars);
  started = Date.now();
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(options.locator('p.ok')).toHaveText(`Imported: ${BIG_IMPORT_ROWS.toLocaleString('en-US')} new, 0 updated, 0 left as they were.`, { timeout: 120_000 });
  const importMs = Date.now() - started;
  expectBarIfSlow(await options.evaluate(seenBars), importMs, /of [\d,]+( rows| records)?\|\d+$/);
  info.annotations.push({ type: 'import_20k_ms', description: JSON.stringify({ preview: previewMs, commit: importMs }) });

  // Landed: the same file again changes nothing.
  await input.setInputFiles({ name: 'crm-export-again.csv', mimeType: 'text/csv', buffer: Buffer.from(bigTasksCsv(BIG_IMPORT_ROWS, now)) });
  await expect(counts).toContainText(`Unchanged tasks${BIG_IMPORT_ROWS}`, { timeout: 120_000 });
});
