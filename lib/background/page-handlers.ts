// What content scripts ask about and tell of the pages they run on (lib/messages/requests/page.ts):
// whom to offer there (the rep's own addresses, colleagues, role mailboxes), and, once a page
// was read, the account it showed (learnt into "My addresses") and whether the site still works
// (Options → Sites shows when people were last found and when a recognised page came up empty).
import { registrableDomain, isFreeMailDomain } from '../classify/domains';
import * as db from '../db';
import { getMeta, setMeta } from '../db/meta';
import type { Audience } from '../detect/audience';
import type { PAGE_REQUESTS, SiteHealth } from '../messages/requests/page';
import type { Handlers } from '../messages/router';
import { MAX_MY_ADDRESSES, type Settings } from '../model';
import type { HandlerDeps } from './handlers';
import { injectPageActions } from './page-actions';
import { injectQuickPanel, MENTION_KIT_FILE, RECORD_KIT_FILE, SIGNATURE_KIT_FILE } from './quick-panel';
import { overrideFor } from './strings';

export type PageHandlers = Pick<Handlers, keyof typeof PAGE_REQUESTS | 'sites.health'>;

export const SITE_HEALTH_KEY = 'siteHealth';
/** A site's health is written at most this often: content scripts report every page. */
const HEALTH_WRITE_EVERY_MS = 60_000;

/** The rep's company domains: those of their own addresses that are not free-mail. */
export function audienceOf(settings: Settings): Audience {
  const overrides = { free: settings.freeMailDomains, notFree: settings.companyMailDomains };
  const domains = settings.myAddresses.flatMap((email) => {
    const domain = registrableDomain(email.slice(email.lastIndexOf('@') + 1));
    return domain && !isFreeMailDomain(domain, overrides) ? [domain] : [];
  });
  return { self: settings.myAddresses, internalDomains: [...new Set(domains)], colleagues: settings.colleagues, roleMailboxes: settings.offerRoleMailboxes };
}

export function createPageHandlers(deps: HandlerDeps): PageHandlers {
  return {
    async 'actions.load'(_input, { sender }) {
      await injectPageActions(sender);
      return { loaded: true };
    },
    async 'records.load'(_input, { sender }) {
      await injectQuickPanel(sender, RECORD_KIT_FILE);
      return { loaded: true };
    },
    async 'mention.load'(_input, { sender }) {
      await injectQuickPanel(sender, MENTION_KIT_FILE);
      return { loaded: true };
    },
    async 'signatures.load'(_input, { sender }) {
      await injectQuickPanel(sender, SIGNATURE_KIT_FILE);
      return { loaded: true };
    },
    async 'page.strings'({ keys }) {
      const { language, theme } = await db.getSettings(await deps.getDb());
      const { locale, messages } = await overrideFor(language);
      // A content script's entry asks for the few strings it shows before any click (its
      // buttons' label), not for every message. Own keys only: never an Object.prototype member.
      const named = messages && keys ? Object.fromEntries(keys.flatMap((key) => (Object.hasOwn(messages, key) ? [[key, messages[key]!]] : []))) : messages;
      return { locale, messages: named, theme };
    },
    async 'page.audience'() {
      return { audience: audienceOf(await db.getSettings(await deps.getDb())) };
    },
    async 'page.seen'({ site, recognised, people, self }) {
      const database = await deps.getDb();
      let learnt = false;
      if (self) {
        const { myAddresses } = await db.getSettings(database);
        if (!myAddresses.includes(self) && myAddresses.length < MAX_MY_ADDRESSES) {
          await db.saveSettings(database, { myAddresses: [...myAddresses, self] });
          deps.broadcast('settings', ['myAddresses']);
          learnt = true;
        }
      }
      if (people > 0 || recognised) {
        const now = deps.now();
        const health = (await getMeta<Record<string, SiteHealth>>(database, SITE_HEALTH_KEY)) ?? {};
        const entry = health[site] ?? {};
        const key = people > 0 ? 'foundAt' : 'emptyAt';
        if (!entry[key] || now - entry[key]! >= HEALTH_WRITE_EVERY_MS) {
          await setMeta(database, SITE_HEALTH_KEY, { ...health, [site]: { ...entry, [key]: now } });
        }
      }
      return { learnt };
    },
    async 'sites.health'() {
      return { health: (await getMeta<Record<string, SiteHealth>>(await deps.getDb(), SITE_HEALTH_KEY)) ?? {} };
    },
  };
}
