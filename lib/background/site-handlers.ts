// Handlers of Options → Sites (lib/messages/requests/sites.ts): the custom sites list in
// settings, the content script's registration, and giving back permissions nothing uses.
import * as db from '../db';
import { ProtocolError } from '../messages';
import type { SITES_REQUESTS } from '../messages/requests/sites';
import type { Handlers } from '../messages/router';
import { OPTIONAL_SITES, allOriginsOf, normaliseHost, originPatternFor } from '../sites';
import { browser } from 'wxt/browser';
import type { HandlerDeps } from './handlers';
import { releaseHostPermissions, syncSiteScripts } from './sites';

export type SiteHandlers = Pick<Handlers, Exclude<keyof typeof SITES_REQUESTS, 'sites.health'>>;

function hostOf(input: string): string {
  const host = normaliseHost(input);
  if (!host) throw new ProtocolError({ code: 'bad_request', key: 'errorSiteAddress', params: [input.slice(0, 80)], message: `“${input.slice(0, 80)}” is not a web address Tasklane can run on (for example crm.example.com).` });
  return host;
}

export function createSiteHandlers(deps: HandlerDeps): SiteHandlers {
  return {
    async 'sites.addCustom'({ host: input }) {
      const host = hostOf(input);
      // The page asks Chrome first (the prompt needs the rep's click); without the grant the
      // site would be listed but never work.
      if (!(await browser.permissions.contains({ origins: [originPatternFor(host)] }))) {
        throw new ProtocolError({ code: 'forbidden', key: 'errorSiteNotAllowed', params: [host], message: `Chrome has not allowed Tasklane on ${host}.` });
      }
      const database = await deps.getDb();
      const { customSites } = await db.getSettings(database);
      const settings = customSites.includes(host) ? { customSites } : await db.saveSettings(database, { customSites: [...customSites, host] });
      const matches = await syncSiteScripts(deps.getDb);
      deps.broadcast('settings', ['customSites']);
      return { customSites: settings.customSites, matches };
    },
    async 'sites.removeCustom'({ host: input }) {
      const host = hostOf(input);
      const database = await deps.getDb();
      const { customSites } = await db.getSettings(database);
      const settings = await db.saveSettings(database, { customSites: customSites.filter((h) => h !== host) });
      const revoked = await releaseHostPermissions(database, [originPatternFor(host)]);
      const matches = await syncSiteScripts(deps.getDb);
      deps.broadcast('settings', ['customSites']);
      return { customSites: settings.customSites, revoked, matches };
    },
    async 'sites.turnOff'({ id }) {
      const site = OPTIONAL_SITES.find((s) => s.id === id)!;
      const revoked = await releaseHostPermissions(await deps.getDb(), allOriginsOf(site), id);
      const matches = await syncSiteScripts(deps.getDb);
      return { revoked, matches };
    },
  };
}
