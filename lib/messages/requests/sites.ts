// Requests of Options → Sites. The page asks Chrome for a host permission itself (the prompt
// needs the click), then tells the background; the background keeps the list of custom sites,
// registers the content script, and revokes a permission only when nothing else uses it.
// Handlers: lib/background/site-handlers.ts.
import * as v from 'valibot';
import { MAX } from '../../model';
import { CRM_SITES } from '../../sites';
import type { RequestDefinitions } from '../protocol';

/** What the rep typed; the handler turns it into a bare host or refuses it in plain words. */
const HostInputSchema = v.pipe(v.string(), v.maxLength(MAX.url));

export const SITES_REQUESTS = {
  'sites.addCustom': { access: 'extension', input: v.object({ host: HostInputSchema }) },
  'sites.removeCustom': { access: 'extension', input: v.object({ host: HostInputSchema }) },
  'sites.turnOffCrm': { access: 'extension', input: v.object({ id: v.picklist(CRM_SITES.map((site) => site.id)) }) },
} as const satisfies RequestDefinitions;

export interface SitesResponses {
  /** The custom sites now, and the origins the content script now matches. */
  'sites.addCustom': { customSites: string[]; matches: string[] };
  /** `revoked`: the permissions given back (none while sync or a CRM still uses the host). */
  'sites.removeCustom': { customSites: string[]; revoked: string[]; matches: string[] };
  'sites.turnOffCrm': { revoked: string[]; matches: string[] };
}
