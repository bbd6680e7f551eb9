// CalDAV sync in the browser (issue 17): the demo build (which grants a sync server on this
// computer at install, as a rep's click on "Allow" would) connects to a real Radicale from
// Options → Sync, creates a list and turns sync on; a task added in the popup reaches the server,
// and a VTODO another client writes there reaches the popup. Also screenshots of the Sync
// section at a laptop's 1366×657, light and dark.
import { DEMO_EXTENSION_DIR } from '../../scripts/launch-chromium';
import { startRadicale, USERS, type RunningRadicale } from '../sync/radicale';
import { expect, test } from './fixtures';

test.use({ extensionDir: DEMO_EXTENSION_DIR, viewport: { width: 1366, height: 657 } });
test.setTimeout(180_000);

let radicale: RunningRadicale;
test.beforeAll(async () => {
  radicale = await startRadicale();
});
test.afterAll(async () => {
  await radicale?.dispose();
});

const auth = `Basic ${Buffer.from(`rep:${USERS.rep}`).toString('base64')}`;

/** The summaries of every VTODO in the list, as the server has them. */
async function serverSummaries(listUrl: string): Promise<string[]> {
  const response = await fetch(listUrl, {
    method: 'REPORT',
    headers: { Authorization: auth, Depth: '1', 'Content-Type': 'application/xml' },
    body: '<c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><c:calendar-data/></d:prop><c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VTODO"/></c:comp-filter></c:filter></c:calendar-query>',
  });
  const xml = await response.text();
  return [...xml.matchAll(/SUMMARY:([^\r\n]+)/g)].map((m) => m[1]!);
}

const localDate = (d = new Date()) => `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;

test('connect to Radicale, create a list, turn sync on; a popup task reaches the server and another client’s VTODO reaches the popup', async ({ openExtensionPage }, info) => {
  const options = await openExtensionPage('options.html#sync');
  const section = options.locator('#sync');
  await section.getByLabel('Server address').fill(radicale.url);
  await section.getByLabel('User name').fill('rep');
  await section.getByLabel('Password or app password').fill(USERS.rep);
  await section.getByRole('button', { name: 'Connect' }).click();
  await section.getByRole('button', { name: /Create a .Tasklane. list/ }).click();
  const list = section.getByRole('combobox');
  await expect(list).not.toHaveValue('');
  const listUrl = await list.inputValue();
  expect(listUrl.startsWith(radicale.url)).toBe(true);
  await section.getByRole('switch').click();
  await expect(section.getByTestId('sync-status')).toContainText('Syncing with “Tasklane”');
  await expect(section.getByRole('switch')).toHaveAttribute('aria-checked', 'true');

  // The section as a rep on a laptop sees it, in both themes (looked at when it changed).
  for (const scheme of ['light', 'dark'] as const) {
    await options.emulateMedia({ colorScheme: scheme });
    await options.screenshot({ path: info.outputPath(`options-sync-1366x657-${scheme}.png`) });
  }
  await options.emulateMedia({ colorScheme: 'light' });

  // A task added in the popup goes to the server.
  const popup = await openExtensionPage('popup.html');
  await popup.getByLabel('New task').fill('Send Dana the signed quote today');
  await popup.getByRole('button', { name: 'Add' }).click();
  await expect(popup.locator('#today-heading + ul')).toContainText('Send Dana the signed quote');
  await options.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(() => serverSummaries(listUrl), { timeout: 60_000 }).toContain('Send Dana the signed quote');

  // Another client writes a VTODO due today: after a sync it is in the popup.
  const uid = `other-client-${Date.now()}`;
  const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Another client//EN', 'BEGIN:VTODO', `UID:${uid}`, `DTSTAMP:${new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '')}`,
    'SUMMARY:Call Priya about the renewal (from the phone)', `DUE;VALUE=DATE:${localDate()}`, 'STATUS:NEEDS-ACTION', 'END:VTODO', 'END:VCALENDAR', ''].join('\r\n');
  const put = await fetch(`${listUrl}${uid}.ics`, { method: 'PUT', headers: { Authorization: auth, 'Content-Type': 'text/calendar; charset=utf-8', 'If-None-Match': '*' }, body: ics });
  expect(put.status).toBe(201);
  await expect(options.getByRole('button', { name: 'Sync now' })).toBeEnabled();
  await options.getByRole('button', { name: 'Sync now' }).click();
  await expect(popup.locator('#today-heading + ul')).toContainText('Call Priya about the renewal (from the phone)', { timeout: 60_000 });
  await expect(options.getByTestId('sync-status')).toContainText(/1 received/);
});
