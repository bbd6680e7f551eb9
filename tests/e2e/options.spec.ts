// The options page end to end: a category renamed there shows in the open popup, a malformed
// import changes nothing, a backup restores after "delete all", a CSV re-import previews its
// changes field by field and keeps later edits, the default due date setting
// moves suggestions, and every section is screenshotted in English and Simplified Chinese
// (test artifacts under test-results/).
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { A_REPS_DAY, seedTasks } from './seed';
import { expect, test } from './fixtures';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const SECTIONS = ['categories', 'templates', 'classifier', 'targets', 'tasks', 'insights', 'sites', 'data', 'preferences'];

async function titles(page: Page): Promise<string[]> {
  const reply = (await page.evaluate(() => chrome.runtime.sendMessage({ tasklane: 1, type: 'task.list', payload: { limit: 200 } }))) as { data: { tasks: { title: string }[] } };
  return reply.data.tasks.map((t) => t.title).sort();
}

test('a category renamed in options shows in the open popup', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  await seedTasks(options, A_REPS_DAY);
  const popup = await openExtensionPage('popup.html');
  await expect(popup.locator('.chip', { hasText: 'Payment collection' }).first()).toBeVisible();

  await options.goto(options.url().replace(/#.*$/, '') + '#categories');
  const row = options.locator('[data-value="payment_collection"]');
  await row.getByRole('button', { name: 'Rename Payment collection' }).click();
  await row.locator('input.label-en').fill('Collections');
  await row.locator('input.label-zh').fill('回款催收');
  await row.getByRole('button', { name: 'Save' }).click();

  await expect(popup.locator('.chip', { hasText: 'Collections' }).first()).toBeVisible();
  await expect(popup.locator('.chip', { hasText: 'Payment collection' })).toHaveCount(0);
});

test('a malformed import names the problem and changes nothing', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html#data');
  await seedTasks(options, A_REPS_DAY);
  const before = await titles(options);

  await options.locator('input[type="file"]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"tasklane","version":1,"tasks":[{"id":"nope"') });
  await expect(options.getByRole('alert').first()).toBeVisible();
  await expect(options.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);

  const badRow = JSON.stringify({ app: 'tasklane', version: 1, tasks: [{ id: crypto.randomUUID(), title: '', status: 'open' }] });
  await options.locator('input[type="file"]').setInputFiles({ name: 'bad-row.json', mimeType: 'application/json', buffer: Buffer.from(badRow) });
  await expect(options.locator('.import-errors')).toContainText('Nothing was changed');
  expect(await titles(options)).toEqual(before);
});

test('a JSON backup restores everything after "delete all"', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html#data');
  await seedTasks(options, A_REPS_DAY);
  const before = await titles(options);
  expect(before).toHaveLength(A_REPS_DAY.length);

  const download = options.waitForEvent('download');
  await options.locator('[data-export="json"]').click();
  const backup = await (await download).path();

  await options.getByRole('button', { name: 'Delete all data' }).click();
  await options.getByLabel('Type DELETE to confirm').fill('DELETE');
  await options.getByRole('dialog').getByRole('button', { name: 'Delete all data' }).click();
  await expect.poll(() => titles(options)).toEqual([]);

  await options.locator('input[type="file"]').setInputFiles(backup);
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await expect.poll(() => titles(options)).toEqual(before);
});

test('re-importing a CSV shows each change field by field and keeps what was edited here since', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html#data');
  const [first] = await seedTasks(options, [{ title: 'Call Dana' }, { title: 'Send the quote' }]);
  const download = options.waitForEvent('download');
  await options.locator('[data-export="csv"]').click();
  const exported = await readFile(await (await download).path(), 'utf8');

  // After the export: one task renamed here; in the file, the other renamed in a spreadsheet.
  await options.evaluate((id) => chrome.runtime.sendMessage({ tasklane: 1, type: 'task.update', payload: { id, patch: { title: 'Call Dana Lee' } } }), first);
  const edited = exported.replace(',Send the quote,', ',Send the final quote,');
  await options.locator('input[type="file"]').setInputFiles({ name: 'tasks.csv', mimeType: 'text/csv', buffer: Buffer.from(edited) });

  const changes = options.locator('.import-changes');
  await expect(changes.locator('.import-changes-updated')).toContainText('Send the quote: title ‘Send the quote’ → ‘Send the final quote’');
  await expect(changes.locator('.import-changes-older')).toContainText('Call Dana Lee: title ‘Call Dana Lee’ → ‘Call Dana’');
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(options.locator('.import p.ok')).toHaveText('Imported: 0 new, 1 updated, 1 left as they were.');
  expect(await titles(options)).toEqual(['Call Dana Lee', 'Send the final quote']);
});

test('the default due date in Preferences moves the suggested due date', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html#preferences');
  const field = options.getByLabel('Default due date (business days ahead)');
  await expect(field).toHaveValue('1');
  await field.fill('3');
  await field.press('Tab');
  const suggestedDue = () =>
    options.evaluate(async () => {
      const reply = (await chrome.runtime.sendMessage({ tasklane: 1, type: 'classify.suggest', payload: { subject: 'Catching up' } })) as {
        data: { suggestion: { due: { date: string }; reasons: { dimension: string; detail: string }[] } };
      };
      return reply.data.suggestion.reasons.find((r) => r.dimension === 'due')?.detail;
    });
  await expect.poll(suggestedDue).toBe('3 business days ahead (default due date setting)');
  // Out of range snaps to the bound the setting allows.
  await field.fill('500');
  await field.press('Tab');
  await expect(field).toHaveValue('60');
});

for (const lang of ['en-US', 'zh-CN']) {
  test.describe(`screenshots (${lang})`, () => {
    test.use({ lang });

    test(`every options section and the popup, in ${lang}`, async ({ openExtensionPage }, testInfo) => {
      const options = await openExtensionPage('options.html');
      await seedTasks(options, A_REPS_DAY);
      await options.setViewportSize({ width: 1280, height: 900 });
      for (const section of SECTIONS) {
        await options.goto(options.url().replace(/#.*$/, '') + `#${section}`);
        await expect(options.locator(`#${section}`)).toBeVisible();
        await options.waitForTimeout(300);
        await options.screenshot({ path: testInfo.outputPath(`options-${section}-${lang}.png`), fullPage: true });
      }
      const popup = await openExtensionPage('popup.html');
      await popup.setViewportSize({ width: 380, height: 640 });
      await expect(popup.locator('.task').first()).toBeVisible();
      await popup.screenshot({ path: testInfo.outputPath(`popup-${lang}.png`), fullPage: true });
    });
  });
}
