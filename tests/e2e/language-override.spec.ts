// The language chosen in Options → Preferences reaches the popup and the in-page UI (toast and
// quick-create panel), not only the options page, in a browser whose own language is English.
import { accessibleNodes, stylesOfAccessible } from './ax';
import { expect, test } from './fixtures';
import { seedTasks } from './seed';

const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkLnqTbWcPdHsJvMnXtPqRs';

test('简体中文 chosen in the options shows in the popup, the toast and the panel', async ({ openExtensionPage, showAt, context }) => {
  const options = await openExtensionPage('options.html#preferences');
  await seedTasks(options, [{ title: 'Call Dana about the renewal', inDays: 0 }]);
  await options.getByRole('radio', { name: '简体中文' }).check();
  await expect(options.locator('h2').first()).not.toHaveText('Preferences');

  const popup = await openExtensionPage('popup.html');
  await expect(popup.locator('h1')).toHaveText('今日任务');
  await expect(popup.locator('#today-heading')).toHaveText('今天 (1)');
  await expect(popup.locator('html')).toHaveAttribute('lang', 'zh-CN');

  const page = await showAt(GMAIL_THREAD, 'gmail-thread.html');
  const buttons = page.locator('[data-tasklane-button]');
  await buttons.first().click();
  await expect.poll(async () => (await accessibleNodes(context, page)).some((n) => n.name.startsWith('已创建任务'))).toBe(true);
  await buttons.nth(1).click({ modifiers: ['Shift'] });
  await expect.poll(async () => (await accessibleNodes(context, page)).some((n) => n.role === 'dialog' && n.name === '新建跟进任务')).toBe(true);
  const names = (await accessibleNodes(context, page)).map((n) => n.name);
  expect(names).toContain('创建任务');
  expect(names).not.toContain('Create task');

  // The panel's text is dark on light here (the system is light)…
  expect((await stylesOfAccessible(context, page, 'heading', '新建跟进任务', ['color']))['color']).toBe('rgb(31, 41, 55)');
  await page.keyboard.press('Escape');

  // …and light on dark once Preferences fixes the theme to dark, though the system stays light.
  await options.getByRole('radio', { name: '深色' }).check();
  await buttons.nth(1).click({ modifiers: ['Shift'] });
  await expect.poll(async () => (await accessibleNodes(context, page)).some((n) => n.role === 'dialog' && n.name === '新建跟进任务')).toBe(true);
  await expect.poll(async () => (await stylesOfAccessible(context, page, 'heading', '新建跟进任务', ['color']))['color']).toBe('rgb(243, 244, 246)');
  await options.getByRole('radio', { name: '跟随系统' }).check();

  // Back to following the browser: English again, without reloading the page.
  await options.getByRole('radio', { name: /Same as the browser|跟随浏览器/ }).check();
  await page.keyboard.press('Escape');
  await buttons.nth(2).click({ modifiers: ['Shift'] });
  await expect.poll(async () => (await accessibleNodes(context, page)).some((n) => n.role === 'dialog' && n.name === 'New follow-up task')).toBe(true);
  await popup.reload();
  await expect(popup.locator('h1')).not.toHaveText('今日任务');
});

test('the popup and the options page paint their first words in the chosen language, never the browser’s first', async ({ openExtensionPage, context, extensionId }) => {
  const options = await openExtensionPage('options.html#preferences');
  await options.getByRole('radio', { name: '简体中文' }).check();
  await expect(options.locator('h2').first()).not.toHaveText('Preferences');

  // The toolbar button opens the popup at an address that carries the language and theme.
  const [worker] = context.serviceWorkers();
  const popupAddress = () => worker!.evaluate(() => (globalThis as unknown as { chrome: { action: { getPopup: (d: object) => Promise<string> } } }).chrome.action.getPopup({}));
  await expect.poll(popupAddress).toBe(`chrome-extension://${extensionId}/popup.html?lang=zh-CN&theme=auto`);
  const popupPath = (await popupAddress()).split(`${extensionId}/`)[1]!;

  for (const [path, first] of [[popupPath, '今日任务'], ['options.html#preferences', 'Tasklane 设置']] as const) {
    const page = await context.newPage();
    // Every name the page's heading (the popup's h1, the options' navigation) ever had, as seen
    // by an observer, whose callbacks run before any paint.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenNames: string[] }).seenNames = seen;
      new MutationObserver(() => {
        const name = document.querySelector('h1')?.textContent ?? document.querySelector('nav')?.getAttribute('aria-label');
        if (name && seen.at(-1) !== name) seen.push(name);
      }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect.poll(() => page.evaluate(() => (window as unknown as { seenNames: string[] }).seenNames.at(-1))).toBe(first);
    expect(await page.evaluate(() => (window as unknown as { seenNames: string[] }).seenNames)).toEqual([first]);
    await page.close();
  }

  // Back to the browser's language: the next popup starts in English straight away.
  await options.getByRole('radio', { name: /Same as the browser|跟随浏览器/ }).check();
  await expect.poll(popupAddress).toBe(`chrome-extension://${extensionId}/popup.html?lang=auto&theme=auto`);
  const popup = await openExtensionPage('popup.html?lang=auto&theme=auto');
  await expect(popup.locator('h1')).toHaveText('Today');
  await expect(popup.locator('html')).toHaveAttribute('lang', 'en');
});

test('an import’s refusal reads in the chosen language, row by row', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html#preferences');
  await options.getByRole('radio', { name: '简体中文' }).check();
  await expect(options.locator('h2').first()).not.toHaveText('Preferences');
  await options.goto(options.url().replace('#preferences', '#data'));

  const csv = `title,status,due_date,source_url\nCall Dana,maybe,,\nSend the quote,,2026-13-45,\n${'x'.repeat(201)},,,\nLink,,,ftp://example.com/a\n`;
  await options.locator('input[type="file"]').setInputFiles({ name: 'tasks.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const errors = options.locator('.import-errors');
  await expect(errors).toContainText('第 2 行：status 的值“maybe”必须是以下之一：open / done。');
  await expect(errors).toContainText('第 3 行：due_date 的值“2026-13-45”不是 2026-11-28 这样的日期。');
  // Rows only the task schema refuses: the field by its Chinese name, never valibot's English.
  await expect(errors).toContainText('第 4 行：标题超过 200 个字符。');
  await expect(errors).toContainText('第 5 行：来源链接不是网址（http 或 https）。');
  await expect(errors).not.toContainText('must be');
  await expect(errors).not.toContainText('Invalid');

  await options.locator('input[type="file"]').setInputFiles({ name: 'other.csv', mimeType: 'text/csv', buffer: Buffer.from('name,date\nDana,2026-11-28\n') });
  await expect(errors).toContainText('这不是任务 CSV 文件');

  // A backup's bad record: its list and field by their Chinese names.
  const backup = JSON.stringify({ app: 'tasklane', version: 1, tasks: [{ id: '0f8fad5b-d9cb-469f-a165-70867728950e', title: '', status: 'open' }] });
  await options.locator('input[type="file"]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await expect(errors.locator('li')).toHaveText(['任务列表中的第 1 项：标题缺失或为空']); // no “第 1 行”: a backup has no rows
  await expect(errors).not.toContainText('tasks');
});
