// Which hosts get the run-time content script, and which host permissions go when a site is
// removed: through the real router and store (fake-indexeddb) and WXT's fakeBrowser, whose
// permissions and scripting are kept in memory by tests/helpers/fake-browser.ts.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { releaseHostPermissions, syncSiteScripts, watchSitePermissions } from '@/lib/background/sites';
import * as db from '@/lib/db';
import { saveSyncSettings } from '@/lib/db/sync-store';
import { WEBMAIL_MATCHES } from '@/lib/sites';
import { resetFakeBrowser, type FakeHosts } from '../../helpers/fake-browser';
import { makeRouter } from '../../helpers/router';

const PIPEDRIVE = 'https://*.pipedrive.com/*';
const NEXTCLOUD = 'https://cloud.example.com/*';
const CUSTOM = 'https://crm.example.com/*';

/** Every origin a run-time script is registered for, in the top frame (a CRM's own script) or in all frames. */
const registered = (hosts: FakeHosts) => [...hosts.scripts.values()].flatMap((script) => script.matches ?? []).sort();
/** The frame scripts registered now (QQ Mail's, NetEase's, the custom sites'): id → its file, origins and frames. */
const frameScripts = (hosts: FakeHosts) => Object.fromEntries([...hosts.scripts.values()].filter((script) => script.allFrames).map((script) => [script.id, { js: script.js, matches: script.matches }]));
/** The CRM scripts registered now: id → its file and origins. */
const crmScripts = (hosts: FakeHosts) => Object.fromEntries([...hosts.scripts.values()].filter((script) => script.id.startsWith('tasklane-crm')).map((script) => [script.id, { js: script.js, matches: script.matches }]));

async function connectSync(database: db.TasklaneDb) {
  await saveSyncSettings(database, {
    serverUrl: 'https://cloud.example.com/remote.php/dav',
    username: 'dana',
    password: 'app-password',
    collectionUrl: 'https://cloud.example.com/remote.php/dav/calendars/dana/tasks/',
    enabled: true,
  });
}

let hosts: FakeHosts;
beforeEach(() => {
  hosts = resetFakeBrowser([...WEBMAIL_MATCHES]);
});

describe('the run-time content script', () => {
  it('reaches the tabs already open on a site the rep turns on, and only those', async () => {
    const { getDb } = await makeRouter();
    hosts.tabs.push({ id: 1, url: 'https://acme.pipedrive.com/person/7' }, { id: 2, url: 'https://mail.google.com/mail/u/0/' }, { id: 3, url: 'https://crm.example.com/c/1' });
    hosts.granted.add(PIPEDRIVE);
    await syncSiteScripts(getDb);
    await vi.waitFor(() => expect(hosts.injected).toEqual([{ tabId: 1, files: ['content-scripts/crm-pipedrive.js'], allFrames: false }]));
    // A custom site added later: its open tab gets the custom sites' script in every frame; the
    // Pipedrive tab, which has its script, gets no second one.
    hosts.granted.add(CUSTOM);
    await db.saveSettings(await getDb(), { customSites: ['crm.example.com'] });
    await syncSiteScripts(getDb);
    await vi.waitFor(() => expect(hosts.injected.slice(1)).toEqual([{ tabId: 3, files: ['content-scripts/custom.js'], allFrames: true }]));
    // Nothing new registered: no tab gets anything.
    await syncSiteScripts(getDb);
    await new Promise((r) => setTimeout(r, 20));
    expect(hosts.injected).toHaveLength(2);
  });

  it('reaches every open tab of every site at install or update, Gmail and Outlook too', async () => {
    const { getDb } = await makeRouter();
    hosts.tabs.push({ id: 1, url: 'https://acme.pipedrive.com/person/7' }, { id: 2, url: 'https://outlook.office.com/mail/' }, { id: 4, url: 'https://example.org/' }, { id: 5, url: 'https://outlook.office.com/calendar/' });

    hosts.granted.add(PIPEDRIVE);
    await syncSiteScripts(getDb);
    await vi.waitFor(() => expect(hosts.injected).toHaveLength(1));
    hosts.injected.length = 0;
    // An update: the scripts are registered already, the tabs hold the old version's copies
    // (orphans: they answer no more), but tab 5 loaded while the update installed.
    hosts.live.clear();
    hosts.live.add(5);
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ content_scripts: [{ js: ['content-scripts/outlook.js'], matches: ['https://outlook.office.com/*'] }] } as never);
    await syncSiteScripts(getDb, 'all');
    await vi.waitFor(() => expect(hosts.injected.map((i) => [i.tabId, i.files[0]]).sort()).toEqual([[1, 'content-scripts/crm-pipedrive.js'], [2, 'content-scripts/outlook.js']]));
  });

  it('is registered for a granted CRM, never for the granted sync server', async () => {
    const { getDb } = await makeRouter();
    await connectSync(await getDb());
    hosts.granted.add(PIPEDRIVE);
    hosts.granted.add(NEXTCLOUD);
    await syncSiteScripts(getDb);
    expect(registered(hosts)).toEqual([PIPEDRIVE]);
  });

  it('gives each CRM its own script, with that CRM’s adapter alone, on that CRM’s hosts', async () => {
    const { getDb } = await makeRouter();
    for (const origin of [PIPEDRIVE, 'https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*']) hosts.granted.add(origin);
    await syncSiteScripts(getDb);
    expect(crmScripts(hosts)).toEqual({
      'tasklane-crm-hubspot': { js: ['content-scripts/crm-hubspot.js'], matches: ['https://app-eu1.hubspot.com/*', 'https://app.hubspot.com/*'] },
      'tasklane-crm-pipedrive': { js: ['content-scripts/crm-pipedrive.js'], matches: [PIPEDRIVE] },
    });
  });

  it('gives QQ Mail and NetEase each their own script and the custom sites theirs, in every frame', async () => {
    const { getDb } = await makeRouter();
    const database = await getDb();
    // en.mail.qq.com is no origin of QQ Mail's, but its adapter knows the host: QQ Mail's script runs there.
    await db.saveSettings(database, { customSites: ['crm.example.com', 'en.mail.qq.com'] });
    for (const origin of ['https://mail.qq.com/*', 'https://mail.163.com/*', 'https://*.qiye.163.com/*', CUSTOM, 'https://en.mail.qq.com/*']) hosts.granted.add(origin);
    await syncSiteScripts(getDb);
    expect(frameScripts(hosts)).toEqual({
      'tasklane-qqmail': { js: ['content-scripts/qqmail.js'], matches: ['https://en.mail.qq.com/*', 'https://mail.qq.com/*'] },
      'tasklane-netease': { js: ['content-scripts/netease.js'], matches: ['https://*.qiye.163.com/*', 'https://mail.163.com/*'] },
      'tasklane-custom': { js: ['content-scripts/custom.js'], matches: [CUSTOM] },
    });
    expect(crmScripts(hosts)).toEqual({});
  });

  it('is registered for a custom site the rep adds, and unregistered when they remove it', async () => {
    const { send, getDb } = await makeRouter();
    // Options → Sites asks Chrome for the host from the click, then tells the background.
    await fakeBrowser.permissions.request({ origins: [CUSTOM] });
    const added = await send('optionsTab', 'sites.addCustom', { host: 'CRM.Example.com' });
    expect(added).toMatchObject({ ok: true, data: { customSites: ['crm.example.com'] } });
    expect(registered(hosts)).toEqual([CUSTOM]);
    expect((await db.getSettings(await getDb())).customSites).toEqual(['crm.example.com']);

    const removed = await send('optionsTab', 'sites.removeCustom', { host: 'crm.example.com' });
    expect(removed).toMatchObject({ ok: true, data: { customSites: [], revoked: [CUSTOM] } });
    expect(hosts.scripts.size).toBe(0);
    expect(hosts.granted.has(CUSTOM)).toBe(false);
  });

  it('stays registered through a settings change that changes no site (a page loading meanwhile keeps its script)', async () => {
    const { getDb } = await makeRouter();
    hosts.granted.add(PIPEDRIVE);
    await syncSiteScripts(getDb);
    // Every unregister is a moment in which a page loading gets no script.
    const unregister = vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts');
    const gaps = () => unregister.mock.calls.map((call) => (call[0] as { ids?: string[] } | undefined)?.ids);
    // The rep's address learnt on a page: settings change, every script stays as it was.
    await db.saveSettings(await getDb(), { myAddresses: ['dana@whitfield.example'] });
    await syncSiteScripts(getDb);
    expect(gaps()).toEqual([]);
    expect(registered(hosts)).toEqual([PIPEDRIVE]);
    // A custom site added: now the scripts change, and are registered anew.
    hosts.granted.add(CUSTOM);
    await db.saveSettings(await getDb(), { customSites: ['crm.example.com'] });
    await syncSiteScripts(getDb);
    expect(gaps()).toEqual([['tasklane-crm-pipedrive']]);
    expect(registered(hosts)).toEqual([PIPEDRIVE, CUSTOM]);
  });

  it('refuses a custom site Chrome has not granted, and a host that is not one', async () => {
    const { send } = await makeRouter();
    expect(await send('optionsTab', 'sites.addCustom', { host: 'crm.example.com' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send('optionsTab', 'sites.addCustom', { host: 'not a host' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(hosts.scripts.size).toBe(0);
  });

  it('after an update, keeps the custom sites saved in settings and drops the sync server', async () => {
    const { getDb } = await makeRouter();
    const database = await getDb();
    // What an earlier version left: the custom site in settings, both hosts granted, and the
    // script registered on every granted origin.
    await db.saveSettings(database, { customSites: ['crm.example.com'] });
    await connectSync(database);
    for (const origin of [CUSTOM, NEXTCLOUD]) hosts.granted.add(origin);
    hosts.scripts.set('tasklane-crm', { id: 'tasklane-crm', matches: [NEXTCLOUD, CUSTOM] });
    watchSitePermissions(getDb);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await expect.poll(() => registered(hosts)).toEqual([CUSTOM]);
  });

  it('after an update, replaces the one script of every CRM (crm.js, gone from the build) by each CRM’s own', async () => {
    const { getDb } = await makeRouter();
    hosts.granted.add(PIPEDRIVE);
    hosts.scripts.set('tasklane-crm', { id: 'tasklane-crm', js: ['content-scripts/crm.js'], matches: [PIPEDRIVE] });
    watchSitePermissions(getDb);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await expect.poll(() => crmScripts(hosts)).toEqual({ 'tasklane-crm-pipedrive': { js: ['content-scripts/crm-pipedrive.js'], matches: [PIPEDRIVE] } });
  });

  it('after an update, replaces the one script of QQ Mail, NetEase and custom sites (mail.js, gone from the build) by each one’s own', async () => {
    const { getDb } = await makeRouter();
    await db.saveSettings(await getDb(), { customSites: ['crm.example.com'] });
    for (const origin of ['https://exmail.qq.com/*', CUSTOM]) hosts.granted.add(origin);
    hosts.scripts.set('tasklane-frames', { id: 'tasklane-frames', js: ['content-scripts/mail.js'], matches: ['https://exmail.qq.com/*', CUSTOM], allFrames: true });
    watchSitePermissions(getDb);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await expect.poll(() => frameScripts(hosts)).toEqual({
      'tasklane-qqmail': { js: ['content-scripts/qqmail.js'], matches: ['https://exmail.qq.com/*'] },
      'tasklane-custom': { js: ['content-scripts/custom.js'], matches: [CUSTOM] },
    });
    expect([...hosts.scripts.values()].flatMap((script) => script.js ?? [])).not.toContain('content-scripts/mail.js');
  });
});

describe('removing a site keeps the permissions others still use', () => {
  it('a custom site on the sync server’s host: removing it keeps the permission sync needs', async () => {
    const { send, getDb } = await makeRouter();
    await connectSync(await getDb());
    hosts.granted.add(NEXTCLOUD);
    // The rep also wants Tasklane on their Nextcloud pages (they added it on purpose).
    expect(await send('optionsTab', 'sites.addCustom', { host: 'cloud.example.com' })).toMatchObject({ ok: true });
    expect(registered(hosts)).toEqual([NEXTCLOUD]);

    const removed = await send('optionsTab', 'sites.removeCustom', { host: 'cloud.example.com' });
    expect(removed).toMatchObject({ ok: true, data: { customSites: [], revoked: [] } });
    expect(hosts.granted.has(NEXTCLOUD)).toBe(true);
    expect(hosts.scripts.size).toBe(0);
  });

  it('letting go of the sync server’s host keeps it while a custom site uses it', async () => {
    const { getDb } = await makeRouter();
    const database = await getDb();
    await db.saveSettings(database, { customSites: ['cloud.example.com'] });
    hosts.granted.add(NEXTCLOUD);
    // Sync is disconnected (no settings left): its host is released, but a custom site holds it.
    expect(await releaseHostPermissions(database, [NEXTCLOUD])).toEqual([]);
    expect(hosts.granted.has(NEXTCLOUD)).toBe(true);
    await db.saveSettings(database, { customSites: [] });
    expect(await releaseHostPermissions(database, [NEXTCLOUD])).toEqual([NEXTCLOUD]);
    expect(hosts.granted.has(NEXTCLOUD)).toBe(false);
  });

  it('turning a CRM off revokes its hosts but not one a custom site uses', async () => {
    const { send, getDb } = await makeRouter();
    await fakeBrowser.permissions.request({ origins: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'] });
    await db.saveSettings(await getDb(), { customSites: ['app.hubspot.com'] });
    const off = await send('optionsTab', 'sites.turnOff', { id: 'hubspot' });
    expect(off).toMatchObject({ ok: true, data: { revoked: ['https://app-eu1.hubspot.com/*'] } });
    expect(hosts.granted.has('https://app.hubspot.com/*')).toBe(true);
    expect(registered(hosts)).toEqual(['https://app.hubspot.com/*']);
  });
});
