// The mail scripts' record readers load when a page shows records (lib/content/records-loader.ts):
// before that they find nobody and ask once; once loaded, each mail script (qqmail.js, netease.js,
// custom.js) finds on every fixture of its sites (QQ Mail; NetEase; Roundcube and pages no adapter
// knows) the same people as the CLI.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeDetector } from '@/lib/detect/detector';
import { ALL_READERS } from '@/lib/detect/generic/records';
import { pageCompany } from '@/lib/detect/generic/page-company';
import { signatureContacts } from '@/lib/detect/quoted-signatures';
import { withAttendees } from '@/lib/detect/generic/attendance';
import { withProseNames } from '@/lib/detect/generic/prose-names';
import { FULL_DETECTOR } from '@/lib/detect/index';
import { withExtras } from '@/lib/detect/mention-extras';
import { namedFor } from '@/lib/detect/phone-mention';
import { kitCompany } from '@/lib/detect/generic/kit-company';
import { neteaseAdapter } from '@/lib/detect/sites/netease';
import { qqmailAdapter } from '@/lib/detect/sites/qqmail';
import { roundcubeAdapter } from '@/lib/detect/sites/roundcube';
import { listFixtures, parseWithLinkedom } from '../detect/helpers';

const request = vi.fn();
vi.mock('@/lib/messages/client', () => ({ request: (...args: unknown[]) => request(...args) }));

const { COMPANY_KIT_KEY, lazyRecordReader, mayShowRecords, RECORD_KIT_KEY, recordKit } = await import('@/lib/content/records-loader');
const { MENTION_KIT_KEY } = await import('@/lib/content/mention-loader');
const { mailParts } = await import('@/lib/content/mail-script');
const { SIGNATURE_KIT_KEY } = await import('@/lib/content/signatures-loader');
const world = globalThis as Record<string, unknown>;

beforeEach(() => {
  request.mockReset();
});
afterEach(() => {
  delete world[RECORD_KIT_KEY];
  delete world[COMPANY_KIT_KEY];
  delete world[MENTION_KIT_KEY];
  delete world[SIGNATURE_KIT_KEY];
});

const page = (html: string) => parseWithLinkedom(`<html><body>${html}</body></html>`);

describe('lazyRecordReader', () => {
  it('asks for the kit once on a page that shows records, and reads the page again when it arrives', async () => {
    request.mockImplementation(async () => {
      await Promise.resolve();
      world[RECORD_KIT_KEY] = ALL_READERS;
      return { loaded: true };
    });
    const loaded = vi.fn();
    const read = lazyRecordReader(loaded);
    const doc = page('<div><span>Email</span><span>ana@example.org</span></div><div><span>Name</span><span>Ana Silva</span></div>');
    expect(read(doc)).toEqual([]);
    expect(read(doc)).toEqual([]);
    await vi.waitFor(() => expect(loaded).toHaveBeenCalledTimes(1));
    expect(request.mock.calls).toEqual([['records.load', {}]]);
    expect(read(doc).map((c) => c.email)).toEqual(['ana@example.org']);
  });

  it('a link to a person\'s record is one: its card may hold no label\'s word (a HubSpot deal\'s older association cards)', () => {
    expect(mayShowRecords(page('<ul><li><a href="/contacts/44/contact/5501/">Zeynep Arslan</a><a href="/contacts/44/company/8801/">Bursa Örme</a></li></ul>'))).toBe(true);
    expect(mayShowRecords(page('<div><a href="/person/90">Fernanda Lima</a><a href="/organization/41">Aurora Ltda.</a></div>'))).toBe(true);
    expect(mayShowRecords(page('<p>See you on <a href="/calendar/2">Tuesday</a>.</p>'))).toBe(false);
  });

  it('never asks on a page with no records, and asks again after a failed load', async () => {
    const read = lazyRecordReader(() => undefined);
    expect(mayShowRecords(page('<p>See you on Tuesday.</p>'))).toBe(false);
    read(page('<p>See you on Tuesday.</p>'));
    expect(request).not.toHaveBeenCalled();
    request.mockRejectedValueOnce(new Error('worker restarting'));
    read(page('<table><tr><td>x</td></tr></table>'));
    await vi.waitFor(() => expect(request).toHaveBeenCalledTimes(1));
    await Promise.resolve();
    request.mockResolvedValueOnce({ loaded: true });
    read(page('<div itemscope></div>'));
    expect(request).toHaveBeenCalledTimes(2);
  });
});

describe("recordKit's rep reader", () => {
  const signedIn = '<div><span>Logged in as <b>Nora Quinn</b> (nora@shop.example)</span></div><p>Order from Ivo Petrov &lt;ivo@client.example&gt;</p>';
  const url = new URL('https://orders.shop.example/o/1');

  it('offers nobody while the kit is on its way to a page whose rep is unknown, then everyone but the rep', async () => {
    request.mockImplementation(async () => {
      await Promise.resolve();
      world[RECORD_KIT_KEY] = ALL_READERS;
      world[COMPANY_KIT_KEY] = kitCompany;
      return { loaded: true };
    });
    const loaded = vi.fn();
    const mail = makeDetector(mailParts([roundcubeAdapter], loaded)); // custom.js
    expect(mail.detectPage(page(signedIn), url).contacts).toEqual([]);
    await vi.waitFor(() => expect(loaded).toHaveBeenCalledTimes(1));
    expect(request.mock.calls).toEqual([['records.load', {}]]);
    expect(mail.detectPage(page(signedIn), url).contacts.map((c) => c.email)).toEqual(['ivo@client.example']);
  });

  it('offers the people as they are when the kit cannot load (reading the page again)', async () => {
    request.mockRejectedValue(new Error('no frame access'));
    const loaded = vi.fn();
    const mail = makeDetector(mailParts([roundcubeAdapter], loaded)); // custom.js
    expect(mail.detectPage(page(signedIn), url).contacts).toEqual([]);
    await vi.waitFor(() => expect(loaded).toHaveBeenCalledTimes(1));
    expect(mail.detectPage(page(signedIn), url).contacts.map((c) => c.email)).toContain('ivo@client.example');
  });
});

describe("the kit's company part", () => {
  it("reads a record's account field only once the record kit has brought it", () => {
    const company = recordKit(() => undefined).company(pageCompany);
    const doc = page('<dl><dt>Company</dt><dd>Northwind Traders Ltd</dd></dl><p>ana@example.org</p>');
    const people = () => [{ name: 'Ana Silva', email: 'ana@example.org', phone: null, company: null, role: 'mentioned' as const, anchor: doc.body }];
    const context = { subject: null, threadId: null, recordName: null, recordId: null, selfEmail: 'rep@shop.example' };
    const url = new URL('https://crm.shop.example/c/1');
    expect(company(people(), doc, url, context, 'roundcube')[0]?.company).toBeNull();
    world[COMPANY_KIT_KEY] = kitCompany;
    expect(company(people(), doc, url, context, 'roundcube')[0]?.company).toBe('Northwind Traders Ltd');
  });
});

describe('the mail scripts with their record kit and namer loaded', () => {
  // As entrypoints/qqmail.content.ts, netease.content.ts and custom.content.ts make them
  // (lib/content/mail-script.ts): each on the fixtures of the pages it runs on.
  const scripts = [
    { file: 'qqmail.js', adapters: [qqmailAdapter], sites: ['qqmail'] },
    { file: 'netease.js', adapters: [neteaseAdapter], sites: ['netease'] },
    { file: 'custom.js', adapters: [roundcubeAdapter], sites: ['roundcube', 'generic'] },
  ];
  const cli = makeDetector(FULL_DETECTOR);
  const shown = (r: ReturnType<typeof cli.detectPage>) => ({ site: r.site, people: r.contacts.map((c) => [c.name, c.email, c.phone, c.company, c.role]) });
  const cases = scripts.flatMap((script) => listFixtures().filter((f) => script.sites.includes(f.expected.site)).map((f) => [script.file, f.name, script, f] as const));

  it('covers every fixture of their sites, some of each', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    for (const script of scripts) expect(cases.some(([file]) => file === script.file)).toBe(true);
  });
  it.each(cases)('%s finds what the CLI finds on %s', (_file, _name, script, f) => {
    world[RECORD_KIT_KEY] = ALL_READERS;
    world[COMPANY_KIT_KEY] = kitCompany; // as entrypoints/record-kit.ts registers them
    world[MENTION_KIT_KEY] = withExtras(namedFor); // as entrypoints/mention-kit.ts registers it
    world[SIGNATURE_KIT_KEY] = withProseNames(withAttendees(signatureContacts)); // as entrypoints/signature-kit.ts registers it
    const mail = makeDetector(mailParts(script.adapters, () => undefined));
    const url = new URL(f.url);
    expect(shown(mail.detectPage(parseWithLinkedom(f.html), url))).toEqual(shown(cli.detectPage(parseWithLinkedom(f.html), url)));
  });
});
