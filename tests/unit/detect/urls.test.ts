// Page kinds are pure URL predicates; every adapter's example URLs run here.

import { describe, expect, it } from 'vitest';
import { adapterFor, ADAPTERS } from '../../../lib/detect/index';
import { EXAMPLE_URLS as dynamics } from '../../../lib/detect/sites/dynamics';
import { EXAMPLE_URLS as gmail } from '../../../lib/detect/sites/gmail';
import { EXAMPLE_URLS as hubspot } from '../../../lib/detect/sites/hubspot';
import { EXAMPLE_URLS as outlook } from '../../../lib/detect/sites/outlook';
import { EXAMPLE_URLS as pipedrive } from '../../../lib/detect/sites/pipedrive';
import { EXAMPLE_URLS as salesforce } from '../../../lib/detect/sites/salesforce';
import { EXAMPLE_URLS as netease } from '../../../lib/detect/sites/netease';
import { EXAMPLE_URLS as qqmail } from '../../../lib/detect/sites/qqmail';
import { EXAMPLE_URLS as roundcube } from '../../../lib/detect/sites/roundcube';
import { EXAMPLE_URLS as zoho } from '../../../lib/detect/sites/zoho';
import type { ExampleUrls, SiteId } from '../../../lib/detect/types';
import { parseWithLinkedom } from './helpers';

/** Hosted sites: recognised by their address. */
const EXAMPLES: Record<Exclude<SiteId, 'generic' | 'roundcube'>, ExampleUrls> = { gmail, outlook, salesforce, hubspot, pipedrive, zoho, dynamics, qqmail, netease };

describe('URL predicates', () => {
  for (const [id, examples] of Object.entries(EXAMPLES)) {
    const adapter = ADAPTERS.find((a) => a.id === id)!;
    for (const url of examples.match) {
      it(`${id} matches ${url}`, () => {
        expect(adapter.matches(new URL(url))).toBe(true);
        expect(adapterFor(new URL(url))?.id).toBe(id);
      });
    }
    for (const url of examples.noMatch) {
      it(`${id} does not match ${url}`, () => {
        expect(adapter.matches(new URL(url))).toBe(false);
      });
    }
  }

  it('no two adapters claim the same example URL', () => {
    for (const examples of Object.values(EXAMPLES)) {
      for (const url of examples.match) expect(ADAPTERS.filter((a) => a.matches(new URL(url)))).toHaveLength(1);
    }
  });

  it('gives unknown sites no adapter', () => {
    expect(adapterFor(new URL('https://crm.example-selfhosted.com/contacts/1'))).toBeNull();
    expect(adapterFor(new URL('http://127.0.0.1:5173/demo/gmail-thread.html'))).toBeNull();
  });

  it('has one adapter per site id', () => {
    expect(ADAPTERS.map((a) => a.id).sort()).toEqual(['dynamics', 'gmail', 'hubspot', 'netease', 'outlook', 'pipedrive', 'qqmail', 'roundcube', 'salesforce', 'zoho']);
  });
});

describe('apps recognised by their page, on any host', () => {
  const page = (body: string) => parseWithLinkedom(`<html><body class="task-mail action-show">${body}</body></html>`);
  it('Roundcube is never matched by an address alone', () => {
    for (const url of [...roundcube.match, ...roundcube.noMatch]) expect(ADAPTERS.find((a) => a.id === 'roundcube')!.matches(new URL(url))).toBe(false);
  });
  it('Roundcube is recognised on any host by its page', () => {
    const doc = page('<div id="messagebody">Hi</div>');
    for (const url of roundcube.match) expect(adapterFor(new URL(url), doc)?.id).toBe('roundcube');
  });
  it('a page that only looks a little like it is not Roundcube', () => {
    expect(adapterFor(new URL(roundcube.match[0]!), page('<div id="inbox">Hi</div>'))).toBeNull();
    expect(adapterFor(new URL(roundcube.match[0]!), parseWithLinkedom('<html><body><div id="messagebody"></div></body></html>'))).toBeNull();
  });
  it('a hosted site keeps its adapter whatever its page looks like', () => {
    expect(adapterFor(new URL(gmail.match[0]!), page('<div id="messagebody"></div>'))?.id).toBe('gmail');
  });
});
