// Driving the harness's Roundcube from a Playwright page as the rep would: sign in through the
// login form, open a mailbox's list (Elastic's three-pane layout: folders, list, preview pane),
// open a message in the preview pane or on its own page. These selectors are Roundcube's
// (Elastic skin, 1.6) and drive the app only; what Tasklane reads from it belongs in its adapter.
import { expect, type Frame, type Page } from '@playwright/test';
import type { RunningRoundcube, SeededMessage } from './harness';

const LOGIN_USER = '#rcmloginuser';
const LIST_ROWS = '#messagelist tbody tr';

/** Fills Roundcube's login form and waits until the inbox has listed its first messages. */
export async function signIn(page: Page, roundcube: RunningRoundcube): Promise<void> {
  if (!page.url().startsWith(roundcube.url)) await page.goto(roundcube.url);
  await page.locator(LOGIN_USER).fill(roundcube.user);
  await page.locator('#rcmloginpwd').fill(roundcube.password);
  await page.locator('#rcmloginsubmit').click();
  await expect(page.locator(LIST_ROWS).first(), `Roundcube did not list the inbox after login.\n${roundcube.errorLog()}`).toBeVisible();
}

/** Goes to `url`, signing in first if Roundcube answers with its login form (it then returns to `url`). */
async function gotoSignedIn(page: Page, roundcube: RunningRoundcube, url: string): Promise<void> {
  await page.goto(url);
  if (await page.locator(LOGIN_USER).isVisible()) {
    await signIn(page, roundcube);
    await page.goto(url);
  }
}

/** The mailbox's message list with the preview pane beside it; resolves once its rows are listed. */
export async function openMailbox(page: Page, roundcube: RunningRoundcube, mailbox: 'INBOX' | 'Sent' = 'INBOX'): Promise<void> {
  await gotoSignedIn(page, roundcube, `${roundcube.url}?_task=mail&_mbox=${encodeURIComponent(mailbox)}`);
  await expect(page.locator(LIST_ROWS).first()).toBeVisible();
}

/** The list's row for that message (Roundcube ids rows by UID, but encoded; the subject is what a person sees). */
export function listRow(page: Page, message: SeededMessage) {
  return page.locator(LIST_ROWS, { hasText: message.subject });
}

/**
 * Clicks the message in the open mailbox's list and returns the preview pane's frame once the
 * message is shown there.
 */
export async function previewMessage(page: Page, message: SeededMessage): Promise<Frame> {
  await listRow(page, message).click();
  const uid = new RegExp(`[?&]_uid=${message.uid}(&|$)`);
  const shown = () => page.frames().find((f) => f.name() === 'messagecontframe' && uid.test(f.url()));
  await expect.poll(() => Boolean(shown()), { message: `the preview pane did not load uid ${message.uid}` }).toBe(true);
  const frame = shown()!;
  await expect(frame.locator('#messagebody')).toBeVisible();
  return frame;
}

/** The message on a page of its own (`?_task=mail&_action=show&_uid=N&_mbox=INBOX`). */
export async function openMessage(page: Page, roundcube: RunningRoundcube, message: SeededMessage): Promise<void> {
  await gotoSignedIn(page, roundcube, roundcube.messageUrl(message));
  await expect(page.locator('#messagebody')).toBeVisible();
}
