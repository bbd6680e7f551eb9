// A CRM script reads the signed-in account from the page's chrome (its user menu) through the
// record kit (lib/content/records-loader.ts SELF_KIT_KEY), not with code of its own: where its
// adapter names no account it asks for the kit and offers nobody until it is in — a button, once
// on the page, is never taken back — and then never the rep.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeDetector } from '@/lib/detect/detector';
import { ALL_READERS } from '@/lib/detect/generic/records';
import { selfFromChrome } from '@/lib/detect/self';
import { CRM_ADAPTERS } from '@/lib/detect/sites/crm-adapters';
import { parseWithLinkedom } from '../detect/helpers';

const request = vi.fn();
vi.mock('@/lib/messages/client', () => ({ request: (...args: unknown[]) => request(...args) }));
const { crmParts } = await import('@/lib/content/crm-script');
const { RECORD_KIT_KEY, SELF_KIT_KEY } = await import('@/lib/content/records-loader');
const world = globalThis as Record<string, unknown>;

const URL_ZOHO = new URL('https://crm.zoho.eu/crm/org20071234/tab/Contacts/5123400000001234567');
const PAGE = `<html><body><header class="topband"><div class="user-menu" title="Signed in as nadia.rep@brightwave-sales.example">NR</div></header>
  <main><h1>Ingrid Solberg</h1><p>Purchasing lead. Write to <a href="mailto:ingrid.solberg@fjord-supply.example">ingrid.solberg@fjord-supply.example</a>
  or cc <a href="mailto:nadia.rep@brightwave-sales.example">Nadia</a>.</p></main></body></html>`;

beforeEach(() => {
  request.mockReset();
});
afterEach(() => {
  delete world[RECORD_KIT_KEY];
  delete world[SELF_KIT_KEY];
});

describe('the CRM scripts\' signed-in account', () => {
  it('asks for the record kit where the adapter names no account, and offers nobody until it is in; then never the rep', async () => {
    let arrive = () => {};
    request.mockImplementation(async (name: string) => {
      await new Promise<void>((resolve) => (arrive = resolve));
      world[RECORD_KIT_KEY] = ALL_READERS;
      world[SELF_KIT_KEY] = selfFromChrome;
      return { loaded: name === 'records.load' };
    });
    const rescan = vi.fn();
    const zoho = makeDetector(crmParts(CRM_ADAPTERS.find((a) => a.id === 'zoho')!, rescan));
    expect(zoho.detectPage(parseWithLinkedom(PAGE), URL_ZOHO).contacts).toEqual([]);
    expect(request.mock.calls.map(([name]) => name)).toContain('records.load');
    arrive();
    await vi.waitFor(() => expect(rescan).toHaveBeenCalled());
    expect(zoho.pageContext(parseWithLinkedom(PAGE), URL_ZOHO).selfEmail).toBe('nadia.rep@brightwave-sales.example');
    expect(zoho.detectPage(parseWithLinkedom(PAGE), URL_ZOHO).contacts.map((c) => c.email)).toEqual(['ingrid.solberg@fjord-supply.example']);
  });
});
