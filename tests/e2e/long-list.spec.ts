// A long inbox (the bench's Gmail-like page, 600 rows rendered by its own script): buttons go
// where the rep can see, rows far below wait without costing the page anything, and scrolling
// brings their buttons — also for a far row the page re-rendered while it waited.
import { inboxHtml } from '../bench/inbox-page';
import { expect, test } from './fixtures';

const ROWS = 600;

test('buttons follow the rep down a long list', async ({ context }) => {
  const html = inboxHtml(ROWS);
  await context.route('https://mail.google.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const page = await context.newPage();
  await page.goto('https://mail.google.com/mail/u/0/#inbox');
  const row = (i: number) => page.locator(`tr.zA[id=":r${i}"]`);
  const buttons = page.locator('tasklane-ui[data-tasklane-button]');
  /** Re-renders a row's people cell as Gmail does when a thread updates: same people, new elements. */
  const rerender = (i: number) =>
    page.evaluate((id) => {
      const cell = document.getElementById(id)!.querySelector('div.yW')!;
      const copy = cell.cloneNode(true) as Element;
      copy.querySelectorAll('tasklane-ui').forEach((host) => host.remove());
      cell.replaceChildren(...copy.childNodes);
    }, `:r${i}`);

  // The first screen is decorated; the list's other 560-odd rows are not (yet).
  await expect(row(0).locator('tasklane-ui[data-tasklane-button]')).toHaveCount(1);
  await page.waitForTimeout(300);
  const first = await buttons.count();
  expect(first).toBeGreaterThan(15);
  expect(first).toBeLessThan(80);
  await expect(row(ROWS - 1).locator('tasklane-ui')).toHaveCount(0);

  // The page re-renders a far row's people cell (Gmail does when a thread updates).
  await rerender(150);

  // Scrolling to the bottom brings the bottom rows' buttons (rows 560–599 show people whose
  // other rows, 260–299, were never on screen; a person seen twice gets one button per view).
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(row(ROWS - 1).locator('tasklane-ui[data-tasklane-button]')).toHaveCount(1);

  // A row on screen that the page re-renders gets its button back at once, not on a scroll.
  await rerender(597);
  await expect(row(597).locator('tasklane-ui[data-tasklane-button]')).toHaveCount(1);

  // The far row re-rendered while it waited gets its button when it comes into view.
  await row(150).scrollIntoViewIfNeeded();
  await expect(row(150).locator('tasklane-ui[data-tasklane-button]')).toHaveCount(1);
});

test('a list that scrolls inside its own pane gets its buttons too', async ({ context }) => {
  const html = inboxHtml(ROWS).replace('</style>', 'div[role="main"] { height: 600px; overflow: auto; }</style>');
  await context.route('https://mail.google.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const page = await context.newPage();
  await page.goto('https://mail.google.com/mail/u/0/#inbox');
  const last = page.locator(`tr.zA[id=":r${ROWS - 1}"]`);
  await expect(page.locator('tr.zA[id=":r0"] tasklane-ui[data-tasklane-button]')).toHaveCount(1);
  await page.waitForTimeout(300);
  await expect(last.locator('tasklane-ui')).toHaveCount(0);
  // Gmail's list scrolls in a pane, not the window: the pane's scroll event reaches us too.
  await page.locator('div[role="main"]').evaluate((pane) => pane.scrollTo(0, pane.scrollHeight));
  await expect(last.locator('tasklane-ui[data-tasklane-button]')).toHaveCount(1);
});
