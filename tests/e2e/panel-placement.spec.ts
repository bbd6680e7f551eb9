// The quick-create panel on a rep's real screen sizes: opened from every person's button on a
// Gmail thread, with the button near the top, the middle and the bottom of the viewport, the
// whole panel and its Create button are inside the viewport and the page has not scrolled. It
// follows its button when the page scrolls, the toast keeps clear of it, and the title field
// opens showing its first letters.
import type { Page } from '@playwright/test';
import { accessibleNodes, boxOfAccessible, propertiesOfAccessible, type AxBox } from './ax';
import { expect, test } from './fixtures';

const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkLnqTbWcPdHsJvMnXtPqRs';
const BUTTONS = '[data-tasklane-button]';
const PANEL = 'New follow-up task';
const CREATE = 'Create task';

const VIEWPORTS = [
  { width: 1366, height: 657 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 420, height: 720 },
];

/** Room above and below the thread, so each button can be scrolled to any height. */
async function openThread(showAt: (url: string, fixture: string) => Promise<Page>, viewport: { width: number; height: number }) {
  const page = await showAt(GMAIL_THREAD, 'gmail-thread.html');
  await page.setViewportSize(viewport);
  await expect(page.locator(BUTTONS)).toHaveCount(5);
  await page.evaluate((h) => {
    document.body.style.paddingTop = `${h}px`;
    document.body.style.paddingBottom = `${h}px`;
  }, viewport.height);
  return page;
}

/** Scrolls the page so the button's top is at `y` in the viewport. */
async function scrollButtonTo(page: Page, index: number, y: number) {
  await page.evaluate(([i, top]) => {
    const button = document.querySelectorAll('[data-tasklane-button]')[i]!;
    window.scrollBy(0, button.getBoundingClientRect().top - top);
  }, [index, y] as const);
}

const panelOpen = async (context: Parameters<typeof accessibleNodes>[0], page: Page) =>
  (await accessibleNodes(context, page)).some((n) => n.role === 'dialog' && n.name === PANEL);

function expectInside(box: AxBox, viewport: { width: number; height: number }, what: string) {
  expect(box.x, `${what} left`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${what} top`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what} right`).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height, `${what} bottom`).toBeLessThanOrEqual(viewport.height);
}

for (const viewport of VIEWPORTS) {
  test(`at ${viewport.width}×${viewport.height} the panel and Create fit for every button at the top, middle and bottom`, async ({ showAt, context }) => {
    test.setTimeout(180_000);
    const page = await openThread(showAt, viewport);
    const count = await page.locator(BUTTONS).count();
    for (let i = 0; i < count; i++) {
      for (const [where, y] of [['top', 12], ['middle', viewport.height / 2], ['bottom', viewport.height - 30]] as const) {
        const what = `button ${i + 1} at the ${where}`;
        await scrollButtonTo(page, i, y);
        const scrollY = await page.evaluate(() => window.scrollY);
        await page.locator(BUTTONS).nth(i).click({ modifiers: ['Shift'] });
        await expect.poll(() => panelOpen(context, page), { message: what }).toBe(true);
        await page.evaluate(() => new Promise(requestAnimationFrame));
        const panel = await boxOfAccessible(context, page, 'dialog', PANEL);
        const create = await boxOfAccessible(context, page, 'button', CREATE);
        expectInside(panel, viewport, `${what}: the panel`);
        expectInside(create, viewport, `${what}: Create`);
        // Create is not scrolled out of the panel's own box either.
        expect(create.y + create.height, `${what}: Create inside the panel`).toBeLessThanOrEqual(panel.y + panel.height);
        expect(await page.evaluate(() => window.scrollY), `${what}: the page did not scroll`).toBe(scrollY);
        // On a laptop screen or larger there is always room beside the button: the panel never hides it.
        if (viewport.width >= 1280) {
          const button = (await page.locator(BUTTONS).nth(i).boundingBox())!;
          const covers = button.x < panel.x + panel.width && panel.x < button.x + button.width && button.y < panel.y + panel.height && panel.y < button.y + button.height;
          expect(covers, `${what}: the panel covers its button`).toBe(false);
        }
        await page.keyboard.press('Escape');
        await expect.poll(() => panelOpen(context, page), { message: `${what} closes` }).toBe(false);
      }
    }
  });
}

test('the panel follows its button when the page scrolls', async ({ showAt, context }) => {
  // Tall enough for the panel to stay below its button all along.
  const viewport = { width: 1920, height: 1080 };
  const page = await openThread(showAt, viewport);
  await scrollButtonTo(page, 0, 40);
  await page.locator(BUTTONS).first().click({ modifiers: ['Shift'] });
  await expect.poll(() => panelOpen(context, page)).toBe(true);
  const before = await boxOfAccessible(context, page, 'dialog', PANEL);
  await scrollButtonTo(page, 0, 120);
  await expect.poll(async () => (await boxOfAccessible(context, page, 'dialog', PANEL)).y).toBeGreaterThan(before.y + 70);
  const button = await page.locator(BUTTONS).first().boundingBox();
  const after = await boxOfAccessible(context, page, 'dialog', PANEL);
  // Still right below its button, and still whole.
  expect(Math.abs(after.y - (button!.y + button!.height + 6))).toBeLessThan(2);
  expectInside(after, viewport, 'the panel after scrolling');
});

test('the toast keeps clear of the open panel, and the title opens at its first letter', async ({ showAt, context }) => {
  const viewport = { width: 1366, height: 657 };
  const page = await openThread(showAt, viewport);
  // A long subject: the suggested title overflows its field.
  const subject = 'Q3 renewal: revised quote for 40 seats, the multi-year discount schedule and the onboarding plan for the new regional offices';
  await page.evaluate((text) => {
    document.querySelector('h2.hP')!.textContent = text;
  }, subject);
  // One click: a task and its Undo toast, bottom-left.
  await scrollButtonTo(page, 0, 300);
  await page.locator(BUTTONS).first().click();
  await expect(page.locator('tasklane-ui[data-tasklane-toast]')).toBeVisible();
  // Then the panel for a person low on the left, where the toast is.
  await scrollButtonTo(page, 1, viewport.height - 60);
  await page.locator(BUTTONS).nth(1).click({ modifiers: ['Shift'] });
  await expect.poll(() => panelOpen(context, page)).toBe(true);
  await page.evaluate(() => new Promise(requestAnimationFrame));
  const panel = await boxOfAccessible(context, page, 'dialog', PANEL);
  const toast = (await page.locator('tasklane-ui[data-tasklane-toast]').boundingBox())!;
  const overlap = toast.x < panel.x + panel.width && panel.x < toast.x + toast.width && toast.y < panel.y + panel.height && panel.y < toast.y + toast.height;
  expect(overlap, `toast ${JSON.stringify(toast)} over panel ${JSON.stringify(panel)}`).toBe(false);

  const title = await propertiesOfAccessible(context, page, 'textbox', 'Title', ['value', 'scrollLeft', 'scrollWidth', 'clientWidth', 'selectionStart', 'selectionEnd', 'selectionDirection']);
  expect(String(title.value).length).toBeGreaterThan(60);
  expect(title.scrollWidth as number, 'the title overflows its field').toBeGreaterThan(title.clientWidth as number);
  expect(title.scrollLeft).toBe(0);
  // All selected (typing replaces it), the caret at the start.
  expect([title.selectionStart, title.selectionEnd, title.selectionDirection]).toEqual([0, String(title.value).length, 'backward']);
});
