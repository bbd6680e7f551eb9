// Requests of Options → Sites. The page asks Chrome for a host permission itself (the prompt
// needs the click), then tells the background; the background keeps the list of custom sites,
// registers the content script, and revokes a permission only when nothing else uses it.
// Handlers: lib/background/site-handlers.ts.
import * as v from 'valibot';
import { MAX } from '../../model';
import { OPTIONAL_SITES, type ScriptMatches } from '../../sites';
import type { RequestDefinitions } from '../protocol';
import type { SiteHealth } from './page';

/** What the rep typed; the handler turns it into a bare host or refuses it in plain words. */
const HostInputSchema = v.pipe(v.string(), v.maxLength(MAX.url));

export const SITES_REQUESTS = {
  'sites.addCustom': { access: 'extension', input: v.object({ host: HostInputSchema }) },
  'sites.removeCustom': { access: 'extension', input: v.object({ host: HostInputSchema }) },
  'sites.turnOff': { access: 'extension', input: v.object({ id: v.picklist(OPTIONAL_SITES.map((site) => site.id)) }) },
  /** Per site, when people were last found there and when its page last came up empty. */
  'sites.health': { access: 'extension', input: v.object({}) },
} as const satisfies RequestDefinitions;

export interface SitesResponses {
  /** The custom sites now, and the origins the content script now matches. */
  'sites.addCustom': { customSites: string[]; matches: ScriptMatches };
  /** `revoked`: the permissions given back (none while sync or another site still uses the host). */
  'sites.removeCustom': { customSites: string[]; revoked: string[]; matches: ScriptMatches };
  'sites.turnOff': { revoked: string[]; matches: ScriptMatches };
  'sites.health': { health: Record<string, SiteHealth> };
}
