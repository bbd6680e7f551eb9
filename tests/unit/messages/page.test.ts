// What content scripts learn and tell about a page, through the real router and store: whom to
// offer (My addresses, colleagues' domains, role mailboxes), the account a page shows learnt
// into My addresses, and each site's health for Options → Sites.
import { describe, expect, it } from 'vitest';
import { makeRouter } from '../../helpers/router';

describe('page.audience and page.seen', () => {
  it('learns the account a page shows into My addresses, once, and offers it to every page', async () => {
    const { send, broadcasts } = await makeRouter();
    expect(await send('content', 'page.audience', {})).toMatchObject({ ok: true, data: { audience: { self: [], internalDomains: [], colleagues: 'last', roleMailboxes: false } } });
    expect(await send('content', 'page.seen', { site: 'gmail', recognised: true, people: 4, self: 'Alex.Rep@Acme-Sales.com' })).toMatchObject({ ok: true, data: { learnt: true } });
    expect(await send('content', 'page.seen', { site: 'gmail', recognised: true, people: 4, self: 'alex.rep@acme-sales.com' })).toMatchObject({ ok: true, data: { learnt: false } });
    expect(broadcasts.filter((b) => b.entity === 'settings')).toHaveLength(1);
    // A free-mail address is the rep's too, but its domain is not their company's.
    await send('content', 'page.seen', { site: 'outlook', recognised: true, people: 1, self: 'alex.rep@gmail.com' });
    const reply = await send('content', 'page.audience', {});
    if (!reply.ok) throw new Error(reply.error.message);
    const { data } = reply;
    expect(data.audience.self).toEqual(['alex.rep@acme-sales.com', 'alex.rep@gmail.com']);
    expect(data.audience.internalDomains).toEqual(['acme-sales.com']);
  });

  it('follows the settings for colleagues and role mailboxes', async () => {
    const { send } = await makeRouter();
    await send('optionsTab', 'settings.save', { patch: { colleagues: 'hide', offerRoleMailboxes: true, myAddresses: ['a@b.example'] } });
    expect(await send('content', 'page.audience', {})).toMatchObject({ ok: true, data: { audience: { self: ['a@b.example'], internalDomains: ['b.example'], colleagues: 'hide', roleMailboxes: true } } });
  });

  it('keeps when people were last found on a site and when it came up empty', async () => {
    let now = Date.UTC(2026, 11, 6, 9);
    const { send } = await makeRouter(() => now);
    await send('content', 'page.seen', { site: 'pipedrive', recognised: true, people: 2 });
    now += 3_600_000;
    await send('content', 'page.seen', { site: 'pipedrive', recognised: true, people: 0 });
    await send('content', 'page.seen', { site: 'zoho', recognised: false, people: 0 });
    expect(await send('optionsTab', 'sites.health', {})).toEqual({ ok: true, data: { health: { pipedrive: { foundAt: Date.UTC(2026, 11, 6, 9), emptyAt: Date.UTC(2026, 11, 6, 10) } } } });
  });

  it('refuses a malformed report and never lets a web page ask', async () => {
    const { send } = await makeRouter();
    expect(await send('content', 'page.seen', { site: 'gmail', recognised: true, people: -1 })).toMatchObject({ ok: false });
    expect(await send('content', 'page.seen', { site: 'gmail', recognised: true, people: 1, self: 'not an address' })).toMatchObject({ ok: false });
    expect(await send('content', 'sites.health', {})).toMatchObject({ ok: false });
  });
});
