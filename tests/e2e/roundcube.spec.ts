// A real Roundcube (Debian's, over Dovecot, started by the tests) on a rep's own domain, with the
// built extension: the rep adds the domain in Options → Sites, and Tasklane recognises Roundcube
// by its page — buttons beside the sender, recipients and Cc of a message (never the rep), in the
// preview pane's frame too, a click makes a task from that email, and the rep's address is learnt.
import { DEMO_EXTENSION_DIR } from '../../scripts/launch-chromium';
import { serveRoundcubeAtCustomSite, WEBMAIL_HOST } from '../roundcube/at-address';
import { openMailbox, openMessage, previewMessage, signIn } from '../roundcube/page';
import { expect, test } from './roundcube-fixtures';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

test.use({ extensionDir: DEMO_EXTENSION_DIR });

const BUTTON = 'tasklane-ui[data-tasklane-button]';

test('Roundcube on a custom site: people of a message and of the preview pane get buttons, never the rep; a click makes the task; the rep is learnt', async ({ context, roundcube, openExtensionPage }) => {
  const options = await openExtensionPage('options.html#sites');
  const send = (type: string, payload: unknown) => options.evaluate(([t, p]) => chrome.runtime.sendMessage({ tasklane: 1, type: t, payload: p }), [type, payload] as const) as Promise<{ ok: boolean; data?: any; error?: { message: string } }>;
  expect(await send('sites.addCustom', { host: WEBMAIL_HOST })).toMatchObject({ ok: true, data: { customSites: [WEBMAIL_HOST] } });

  const webmail = await serveRoundcubeAtCustomSite(context, roundcube);
  const page = await context.newPage();
  await signIn(page, webmail);

  // A message on a page of its own: Rachel (From), David (To), Priya (Cc); Jordan Ellis is the rep.
  await openMessage(page, webmail, roundcube.message('08-introduction-cc.eml'));
  const header = page.locator('#message-header');
  for (const email of ['rachel@goldberg-advisory.com', 'd.okoye@sunfield-foods.com', 'priya.nair@sunfield-foods.com']) {
    await expect(header.locator(`.rcmContactAddress[title="${email}"] ~ ${BUTTON}, .rcmContactAddress[title="${email}"] + ${BUTTON}`).first()).toBeAttached();
  }
  await expect(header.locator(`.rcmContactAddress[title="${roundcube.identity.email}"] ~ ${BUTTON}`)).toHaveCount(0);

  // One click on the sender's button: a task from this email, for Rachel, on the Roundcube site.
  await header.locator(`.rcmContactAddress[title="rachel@goldberg-advisory.com"] ~ ${BUTTON}`).first().click();
  await expect.poll(async () => (await send('task.list', { status: 'open' })).data?.tasks?.length ?? 0).toBe(1);
  const [task] = (await send('task.list', { status: 'open' })).data.tasks;
  expect(task.source).toMatchObject({ site: 'roundcube', title: 'Intro: Jordan (Tasklane Demo) <> David (Sunfield Foods)' });
  expect(task.contact?.email).toBe('rachel@goldberg-advisory.com');

  // The preview pane is a frame of its own: the content script runs there too.
  await openMailbox(page, webmail);
  const frame = await previewMessage(page, roundcube.message('01-quote-request.eml'));
  await expect(frame.locator(`.rcmContactAddress[title="elena.petrov@kestrel-freight.com"] ~ ${BUTTON}`).first()).toBeAttached();
  await expect(frame.locator(`.rcmContactAddress[title="${roundcube.identity.email}"] ~ ${BUTTON}`)).toHaveCount(0);

  // The account Roundcube names is learnt into My addresses, and the site's health recorded.
  await expect.poll(async () => (await send('settings.get', {})).data?.settings?.myAddresses, { timeout: 20_000 }).toContain(roundcube.identity.email);
  await expect.poll(async () => (await send('sites.health', {})).data?.health?.roundcube?.foundAt ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
  expect(roundcube.errorLog()).toBe('');
});
