// An installed earlier release (database schema 1) updated in place to this build keeps every
// task, contact and renamed category, and the new version's features work on that data.
// The update is what Chrome does for a new version: the same extension (same id, same
// profile) loaded again from new files, here through CDP's Extensions.loadUnpacked.
import { chromium, expect, test } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPrevious, hasCommit, PREVIOUS_RELEASE } from '../../scripts/build-previous';
import { CHROMIUM, CHROMIUM_FLAGS, EXTENSION_DIR } from '../../scripts/launch-chromium';
import { A_REPS_DAY, seedTasks } from './seed';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

test('updating from the previous release keeps the data', async () => {
  test.skip(!hasCommit(PREVIOUS_RELEASE), `the previous release ${PREVIOUS_RELEASE} is not in this clone's history`);
  test.setTimeout(120_000);
  const installed = mkdtempSync(join(tmpdir(), 'tasklane-installed-'));
  const profile = mkdtempSync(join(tmpdir(), 'tasklane-profile-'));
  cpSync(buildPrevious(), installed, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${installed}`, `--load-extension=${installed}`,
      // CDP's Extensions domain (the update) needs these two.
      '--enable-unsafe-extension-debugging', '--remote-debugging-port=0',
      ...CHROMIUM_FLAGS,
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const before = await context.newPage();
    await before.goto(`chrome-extension://${extensionId}/options.html`);
    await seedTasks(before, A_REPS_DAY);
    await before.evaluate(async () => {
      const list = (await chrome.runtime.sendMessage({ tasklane: 1, type: 'categories.list', payload: {} })) as { data: { categories: { id: string }[] } };
      const value = list.data.categories.find((c) => c.id === 'b2b')!;
      await chrome.runtime.sendMessage({ tasklane: 1, type: 'category.save', payload: { value: { ...value, labels: { en: 'Companies', 'zh-CN': '公司' } } } });
    });

    // The new release's files, with a higher version as a release has, then the update.
    rmSync(installed, { recursive: true, force: true });
    cpSync(EXTENSION_DIR, installed, { recursive: true });
    const manifestPath = join(installed, 'manifest.json');
    writeFileSync(manifestPath, JSON.stringify({ ...JSON.parse(readFileSync(manifestPath, 'utf8')), version: '99.0.0' }));
    const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const cdp = await browser.newBrowserCDPSession();
    const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: installed } as never)) as { id: string };
    expect(id).toBe(extensionId);

    const after = await context.newPage();
    await after.goto(`chrome-extension://${extensionId}/options.html`);
    const send = (message: object) => after.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<{ ok: boolean; data: Record<string, unknown> }>;
    await expect.poll(async () => (await send({ tasklane: 1, type: 'app.status', payload: {} })).ok).toBe(true);
    expect(await after.evaluate(() => (chrome.runtime as unknown as { getManifest(): { version: string } }).getManifest().version)).toBe('99.0.0');

    const tasks = (await send({ tasklane: 1, type: 'task.list', payload: { limit: 200 } })).data.tasks as { title: string; contactId?: string }[];
    expect(tasks.map((t) => t.title).sort()).toEqual(A_REPS_DAY.map((t) => t.title).sort());
    expect(tasks.filter((t) => t.contactId)).toHaveLength(4);
    const categories = (await send({ tasklane: 1, type: 'categories.list', payload: {} })).data.categories as { id: string; labels: { en: string } }[];
    expect(categories.find((c) => c.id === 'b2b')?.labels.en).toBe('Companies');
    // The stores later schema versions added work on the updated database.
    const saved = await send({ tasklane: 1, type: 'target.save', payload: { target: { id: crypto.randomUUID(), dimension: 'goal', value: 'new_customer', period: 'week', count: 20, metric: 'completed' } } });
    expect(saved.ok).toBe(true);
    await browser.close().catch(() => undefined);
  } finally {
    await context.close();
    rmSync(installed, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
});
