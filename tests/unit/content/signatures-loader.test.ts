// crm-<id>.js's sign-off block reader loads when a page may show a message (lib/content/
// signatures-loader.ts): before it arrives it finds nobody, a lone phone waits for it, and the page
// is read again when it comes. On every CRM fixture and every drift rewrite of one, that CRM's
// script as crm-<id>.content.ts builds it (its adapter alone, lib/content/crm-script.ts) finds the
// CLI's people once its kits are in, and where it never asked for the sign-off reader it finds
// them without it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeDetector } from '@/lib/detect/detector';
import { mayHoldSignature } from '@/lib/detect/generic/signatures';
import { signatureContacts } from '@/lib/detect/quoted-signatures';
import { withAttendees } from '@/lib/detect/generic/attendance';
import { withProseNames } from '@/lib/detect/generic/prose-names';
import { notOnlyUser } from '@/lib/detect/generic/user-columns';
import { FULL_DETECTOR } from '@/lib/detect/index';
import { ALL_READERS } from '@/lib/detect/generic/records';
import { withExtras } from '@/lib/detect/mention-extras';
import { namedFor } from '@/lib/detect/phone-mention';
import { CRM_ADAPTERS } from '@/lib/detect/sites/crm-adapters';
import { makeContact } from '@/lib/detect/contact';
import { selfFromChrome } from '@/lib/detect/self';
import { REWRITES } from '../../drift/rewrites';
import { listFixtures, parseWithLinkedom } from '../detect/helpers';

const request = vi.fn();
vi.mock('@/lib/messages/client', () => ({ request: (...args: unknown[]) => request(...args) }));

const { lazySignatures, SIGNATURE_KIT_KEY } = await import('@/lib/content/signatures-loader');
const { MENTION_KIT_KEY } = await import('@/lib/content/mention-loader');
const { crmParts } = await import('@/lib/content/crm-script');
const { RECORD_KIT_KEY, SELF_KIT_KEY, USERS_KIT_KEY } = await import('@/lib/content/records-loader');
const world = globalThis as Record<string, unknown>;

beforeEach(() => {
  request.mockReset();
});
afterEach(() => {
  delete world[SIGNATURE_KIT_KEY];
  delete world[MENTION_KIT_KEY];
  delete world[RECORD_KIT_KEY];
  delete world[USERS_KIT_KEY];
  delete world[SELF_KIT_KEY];
});

const page = (html: string) => parseWithLinkedom(`<html><body>${html}</body></html>`);
const MESSAGE = '<div class="message-body"><p>Thanks for the call, the quote looks right.</p><p>Best regards,</p><p>Dana Okafor</p><p>Buyer | Northwind Traders</p><p>Tel. +1 415 555 0142</p></div>';

/** The detector of `site`'s CRM script, as entrypoints/crm-<site>.content.ts makes it: that CRM's adapter alone. */
function crmDetector(site: string, rescan: () => void = () => undefined) {
  const adapter = CRM_ADAPTERS.find((a) => a.id === site);
  if (!adapter) throw new Error(`no CRM script for ${site}`);
  return makeDetector(crmParts(adapter, rescan));
}

describe('lazySignatures', () => {
  it('asks for the kit once on a page that shows a message, and reads the page again when it arrives', async () => {
    request.mockImplementation(async () => {
      await Promise.resolve();
      world[SIGNATURE_KIT_KEY] = signatureContacts;
      return { loaded: true };
    });
    const loaded = vi.fn();
    const { read } = lazySignatures(loaded);
    const doc = page(MESSAGE);
    expect(read(doc)).toEqual([]);
    expect(read(doc)).toEqual([]);
    await vi.waitFor(() => expect(loaded).toHaveBeenCalledTimes(1));
    expect(request.mock.calls).toEqual([['signatures.load', {}]]);
    expect(read(doc).map((c) => [c.name, c.company, c.phone])).toEqual([['Dana Okafor', 'Northwind Traders', '+1 415 555 0142']]);
  });

  it('makes a lone phone wait while the kit is on its way, and no longer once it is in', () => {
    request.mockImplementation(() => new Promise(() => {}));
    const signatures = lazySignatures(() => undefined);
    const mention = vi.fn(() => null);
    const namer = signatures.phonesWait(mention);
    const doc = page(MESSAGE);
    const lone = makeContact({ phone: '+1 415 555 0142' }, 'mentioned', doc.querySelector('p')!);
    // Nothing asked for: the namer decides.
    expect(namer(lone, [])).toBeNull();
    signatures.read(doc);
    const held = namer(lone, []);
    expect(held).toEqual(lone);
    expect(held).not.toBe(lone);
    expect(mention).toHaveBeenCalledTimes(1);
    world[SIGNATURE_KIT_KEY] = signatureContacts;
    expect(namer(lone, [])).toBeNull();
    expect(mention).toHaveBeenCalledTimes(2);
  });

  it('never asks on a record page that shows no message, and asks again after a failed load', async () => {
    const { read } = lazySignatures(() => undefined);
    const record = page('<h1>Hanna Schneider</h1><div><span>Email</span><span>h.schneider@brightwater.example</span></div><div><span>Title</span><span>Head of Operations</span></div>');
    expect(mayHoldSignature(record)).toBe(false);
    read(record);
    expect(request).not.toHaveBeenCalled();
    expect(mayHoldSignature(page('<p>Hi Hanna,</p><p>see you Tuesday.</p><p>Cheers,</p><p>Alex</p>'))).toBe(true);
    expect(mayHoldSignature(page('<p>Our quote.</p><p>--</p><p>Alex Rep</p>'))).toBe(true);
    request.mockRejectedValueOnce(new Error('worker restarting'));
    read(page(MESSAGE));
    await vi.waitFor(() => expect(request).toHaveBeenCalledTimes(1));
    await Promise.resolve();
    request.mockResolvedValueOnce({ loaded: true });
    read(page(MESSAGE));
    expect(request).toHaveBeenCalledTimes(2);
  });
});

describe('the CRM script on every CRM fixture and drift rewrite', () => {
  const cli = makeDetector(FULL_DETECTOR);
  type Result = ReturnType<typeof cli.detectPage>;
  const shown = (r: Result) => ({ site: r.site, people: r.contacts.map((c) => [c.name, c.email, c.phone, c.company, c.role]) });
  const ofCrms = listFixtures().filter((f) => ['salesforce', 'hubspot', 'pipedrive', 'zoho', 'dynamics'].includes(f.expected.site));
  const pages = ofCrms.flatMap((f) => [null, ...REWRITES].map((rewrite) => [`${f.name} ${rewrite?.id ?? 'as saved'}`, f, rewrite] as const));
  const parse = (f: (typeof ofCrms)[number], rewrite: (typeof REWRITES)[number] | null) => {
    const doc = parseWithLinkedom(f.html);
    rewrite?.apply(doc);
    return doc;
  };

  it('covers every CRM fixture', () => {
    expect(ofCrms.length).toBeGreaterThanOrEqual(25);
  });

  it.each(pages)('with its kits in, finds what the CLI finds: %s', (_name, f, rewrite) => {
    world[SIGNATURE_KIT_KEY] = withProseNames(withAttendees(signatureContacts)); // as entrypoints/signature-kit.ts registers it
    world[MENTION_KIT_KEY] = withExtras(namedFor); // as entrypoints/mention-kit.ts registers it
    world[RECORD_KIT_KEY] = ALL_READERS; // as entrypoints/record-kit.ts registers them
    world[SELF_KIT_KEY] = selfFromChrome;
    world[USERS_KIT_KEY] = notOnlyUser;
    const url = new URL(f.url);
    expect(shown(crmDetector(f.expected.site).detectPage(parse(f, rewrite), url))).toEqual(shown(cli.detectPage(parse(f, rewrite), url)));
  });

  it.each(pages)('where it never asks for the sign-off reader, finds the same people without it: %s', (_name, f, rewrite) => {
    request.mockImplementation(() => new Promise(() => {}));
    world[MENTION_KIT_KEY] = withExtras(namedFor); // as entrypoints/mention-kit.ts registers it
    world[RECORD_KIT_KEY] = ALL_READERS;
    world[SELF_KIT_KEY] = selfFromChrome;
    world[USERS_KIT_KEY] = notOnlyUser;
    const url = new URL(f.url);
    const without = shown(crmDetector(f.expected.site).detectPage(parse(f, rewrite), url));
    if (request.mock.calls.some(([name]) => name === 'signatures.load')) return;
    world[SIGNATURE_KIT_KEY] = withProseNames(withAttendees(signatureContacts));
    expect(without).toEqual(shown(crmDetector(f.expected.site).detectPage(parse(f, rewrite), url)));
  });

  it('asks for the sign-off reader only on the CRM pages that show a message', () => {
    request.mockImplementation(() => new Promise(() => {}));
    const asking = ofCrms.filter((f) => {
      request.mockClear();
      crmDetector(f.expected.site).detectPage(parseWithLinkedom(f.html), new URL(f.url));
      return request.mock.calls.some(([name]) => name === 'signatures.load');
    });
    // Pipedrive's mail tab shows the open thread's message beside the linked items; HubSpot's
    // conversations inbox shows a thread of messages, each signed (in two builds); a contact's
    // timeline may show a logged email's body.
    expect(asking.map((f) => f.name)).toEqual(['hubspot-conversations-inbox', 'hubspot-conversations-reply-named', 'hubspot-names10-timeline-logged-email-pt', 'pipedrive-mail-sidebar', 'zoho-deal-email-signature']);
  });

  it('on a record whose timeline shows an email, finds the record at once and the signature after the kit', async () => {
    let arrive = () => {};
    // The record kit (the generic field readers) is in; the sign-off kit is on its way.
    world[RECORD_KIT_KEY] = ALL_READERS;
    world[SELF_KIT_KEY] = selfFromChrome;
    request.mockImplementation(async (name: string) => {
      if (name !== 'signatures.load') return new Promise(() => {});
      await new Promise<void>((resolve) => (arrive = resolve));
      world[SIGNATURE_KIT_KEY] = signatureContacts;
      return { loaded: true };
    });
    const rescan = vi.fn();
    const crm = crmDetector('zoho', rescan);
    const url = new URL('https://crm.zoho.com/crm/org7002231/tab/Deals/5123400000009901001');
    const html = `<div class="field"><span class="lbl">Contact Name</span><span class="val">Isla McKenzie</span></div><div class="field"><span class="lbl">Email</span><span class="val">isla.mckenzie@redgum-cold.example</span></div>
      <div id="emails"><div>From: Tom Barker &lt;tom.barker@redgum-cold.example&gt;</div><div class="email-body"><p>We will review the revised quote on Thursday.</p><p>Kind regards,</p><p>Tom Barker</p><p>Operations Manager | Redgum Cold Storage Pty Ltd</p><p>+61 3 9018 4420</p></div></div>`;
    const before = crm.detectPage(page(html), url).contacts;
    expect(before.map((c) => c.email)).toEqual(['isla.mckenzie@redgum-cold.example', 'tom.barker@redgum-cold.example']);
    expect(request.mock.calls.filter(([name]) => name === 'signatures.load')).toHaveLength(1);
    arrive();
    await vi.waitFor(() => expect(rescan).toHaveBeenCalled());
    const after = crm.detectPage(page(html), url).contacts;
    expect(after.find((c) => c.email === 'tom.barker@redgum-cold.example')).toMatchObject({ company: 'Redgum Cold Storage Pty Ltd', phone: '+61 3 9018 4420' });
    expect(after.map((c) => [c.name, c.email, c.phone, c.company, c.role])).toEqual(cli.detectPage(page(html), url).contacts.map((c) => [c.name, c.email, c.phone, c.company, c.role]));
  });
});
