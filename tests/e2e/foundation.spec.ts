// The data path end to end: a task made from an extension page survives a stopped service
// worker, and a content script cannot ask for what only the extension's pages may.
import { expect, test } from './fixtures';
import { contentWorld } from './isolated-world';

// The extension API inside extension pages, as page.evaluate sees it.
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

test('a task created in the popup is still listed after the service worker is stopped', async ({ openExtensionPage, stopServiceWorker }) => {
  const popup = await openExtensionPage('popup.html');
  await popup.getByLabel('New task').fill('Call Dana Lee about the Q4 renewal');
  await popup.getByRole('button', { name: 'Add' }).click();
  await expect(popup.locator('#today-heading + ul')).toContainText('Call Dana Lee about the Q4 renewal');
  await popup.close();

  await stopServiceWorker();

  const reopened = await openExtensionPage('popup.html');
  await expect(reopened.locator('#today-heading + ul')).toContainText('Call Dana Lee about the Q4 renewal');
});

test('the options page in a tab may use the protocol; a created task shows in an open popup live', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByText('Nothing due today')).toBeVisible();
  const options = await openExtensionPage('options.html');
  await expect(options.locator('[data-dimension="goal"] li')).toHaveCount(4);
  await expect(options.locator('[data-dimension="channel"]')).toContainText('Distribution / resellers');

  const reply = await options.evaluate(() =>
    chrome.runtime.sendMessage({
      tasklane: 1,
      type: 'task.create',
      payload: {
        draft: { title: 'Reconcile invoice INV-2291', due: { date: new Date().toLocaleDateString('en-CA') }, categories: { goal: 'payment_collection' } },
        contact: { name: 'Wei Zhang', email: 'wei.zhang@example.cn' },
      },
    }),
  );
  expect(reply).toMatchObject({ ok: true, data: { created: true } });
  // The popup was open all along: the broadcast brings the task in without reopening.
  await expect(popup.locator('.task')).toContainText(['Reconcile invoice INV-2291']);
  await expect(popup.locator('.task')).toContainText(['Wei Zhang']);
  await expect(popup.locator('.task .chip')).toHaveText(['Payment collection']);

  const malformed = await options.evaluate(() => chrome.runtime.sendMessage({ tasklane: 1, type: 'task.create', payload: { draft: { title: '' } } }));
  expect(malformed).toMatchObject({ ok: false, error: { code: 'bad_request' } });
});

test('a privileged message from a content script is refused', async ({ showAt, context, extensionId }) => {
  const page = await showAt('https://mail.google.com/mail/u/0/#inbox', 'gmail-inbox.html');
  const world = await contentWorld(context, page, extensionId);
  const ask = (message: object) => world.evaluate(`chrome.runtime.sendMessage(${JSON.stringify(message)})`);

  expect(await ask({ tasklane: 1, type: 'task.listDue', payload: {} })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(await ask({ tasklane: 1, type: 'settings.save', payload: { patch: { language: 'en' } } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  // What a content script may do still works from the same context.
  expect(await ask({ tasklane: 1, type: 'contact.lookup', payload: { email: 'nobody@example.com' } })).toMatchObject({ ok: true, data: { openTasks: [] } });
});
