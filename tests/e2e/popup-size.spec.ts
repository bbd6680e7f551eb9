// The popup stays inside Chrome's popup limits (800×600) at any number of tasks: its document
// never grows past them, its list scrolls inside instead, and the last row can be reached.
import { expect, test } from './fixtures';
import { seedTasks } from './seed';

for (const count of [0, 5, 300]) {
  test(`with ${count} tasks the popup's document fits 800×600`, async ({ openExtensionPage }) => {
    test.setTimeout(120_000);
    if (count) {
      const options = await openExtensionPage('options.html');
      await seedTasks(options, Array.from({ length: count }, (_, i) => ({ title: `Follow-up ${i + 1} with a customer about the renewal`, inDays: (i % 9) - 4, categories: { goal: 'payment_collection', cycle: 'daily' } })));
      await options.close();
    }
    const popup = await openExtensionPage('popup.html');
    // A viewport far larger than a popup: what is measured is the document's own size.
    await popup.setViewportSize({ width: 1280, height: 2000 });
    if (count) await expect(popup.locator('.task').first()).toBeVisible();
    else await expect(popup.locator('.empty').first()).toBeVisible();
    await popup.waitForTimeout(300);
    // The boxes the popup window is sized from (not the tab's viewport, which scrollWidth/Height report at least).
    const size = await popup.evaluate(() => ({ html: document.documentElement.getBoundingClientRect().toJSON() as DOMRect, body: document.body.getBoundingClientRect().toJSON() as DOMRect }));
    expect(size.html.width).toBeGreaterThan(0);
    expect(size.body.width).toBeLessThanOrEqual(800);
    expect(size.html.height).toBeLessThanOrEqual(600);
    expect(size.body.bottom).toBeLessThanOrEqual(600);
    if (count === 300) {
      // The rows past the fold are there, reached by scrolling inside the popup.
      const last = popup.locator('.task').last();
      await last.scrollIntoViewIfNeeded();
      await expect(last).toBeInViewport();
      expect(await popup.evaluate(() => document.body.scrollHeight > document.body.clientHeight)).toBe(true);
    }
  });
}
