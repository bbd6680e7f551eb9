// The mail scripts (gmail.js and outlook.js: lib/content/webmail-script.ts; qqmail.js, netease.js
// and custom.js: lib/content/mail-script.ts) load the generic sign-off reader — each message's own
// and the parts quoted or forwarded under it, and every message of a page read whole, Gmail's
// print view — as signature-kit.js (lib/content/signatures-loader.ts), and the lone-phone namer
// as mention-kit.js (lib/content/mention-loader.ts). Before they arrive they find the people and
// ask once, and no signature's number goes to anyone (a lone phone waits); with them in, they
// find the CLI's people on every fixture of their sites and every drift rewrite of one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeDetector } from '@/lib/detect/detector';
import { ALL_READERS } from '@/lib/detect/generic/records';
import { FULL_DETECTOR } from '@/lib/detect/index';
import { withExtras } from '@/lib/detect/mention-extras';
import { kitCompany } from '@/lib/detect/generic/kit-company';
import { namedFor } from '@/lib/detect/phone-mention';
import { signatureContacts } from '@/lib/detect/quoted-signatures';
import { withAttendees } from '@/lib/detect/generic/attendance';
import { signatureWithPhones, withBlockPhones } from '@/lib/detect/signature-phones';
import { gmailAdapter, gmailAdapterWith } from '@/lib/detect/sites/gmail';
import { outlookAdapter, outlookAdapterWith } from '@/lib/detect/sites/outlook';
import { roundcubeAdapter } from '@/lib/detect/sites/roundcube';
import { REWRITES } from '../../drift/rewrites';
import { fixture, listFixtures, parseWithLinkedom } from '../detect/helpers';

const request = vi.fn();
vi.mock('@/lib/messages/client', () => ({ request: (...args: unknown[]) => request(...args) }));

const { OWN_SIGNATURE_KEY, SIGNATURE_KIT_KEY } = await import('@/lib/content/signatures-loader');
const { COMPANY_KIT_KEY, RECORD_KIT_KEY } = await import('@/lib/content/records-loader');
const { MENTION_KIT_KEY } = await import('@/lib/content/mention-loader');
const { mailParts } = await import('@/lib/content/mail-script');
const { webmailParts } = await import('@/lib/content/webmail-script');
type WebmailSite = Parameters<typeof webmailParts>[0];
const world = globalThis as Record<string, unknown>;

beforeEach(() => {
  request.mockReset();
});
afterEach(() => {
  for (const key of [SIGNATURE_KIT_KEY, OWN_SIGNATURE_KEY, RECORD_KIT_KEY, COMPANY_KIT_KEY, MENTION_KIT_KEY]) delete world[key];
});

/** Gmail's or Outlook's script's detector, as entrypoints/gmail.content.ts and outlook.content.ts make it. */
const webmailDetector = (site: WebmailSite) => makeDetector(webmailParts(site, () => undefined));

const cli = makeDetector(FULL_DETECTOR);
const shown = (r: ReturnType<typeof cli.detectPage>) => ({ site: r.site, people: r.contacts.map((c) => [c.name, c.email, c.phone, c.company, c.role]) });

/** The background answers the kit's request when the test says so (`arrive()`), as
 *  entrypoints/signature-kit.ts registers it: the scripts' wait is what is tested. */
function kitOnRequest(): () => void {
  let release = () => {};
  const arrived = new Promise<void>((resolve) => (release = resolve));
  request.mockImplementation(async () => {
    await arrived;
    world[OWN_SIGNATURE_KEY] = signatureWithPhones;
    world[SIGNATURE_KIT_KEY] = signatureContacts;
    return { loaded: true };
  });
  return () => release();
}

describe('the sign-offs wait for the signature kit', () => {
  it("custom.js finds a two-layer forward's people at once, asks once, and gives each layer its sender's signature when the kit arrives", async () => {
    // The other kits are in (entrypoints/record-kit.ts, mention-kit.ts): only this one is awaited.
    world[RECORD_KIT_KEY] = ALL_READERS;
    world[COMPANY_KIT_KEY] = kitCompany; // as entrypoints/record-kit.ts registers it
    world[MENTION_KIT_KEY] = withExtras(namedFor);
    const arrive = kitOnRequest();
    const rescan = vi.fn();
    const f = fixture('roundcube-phones-14-forward-two-layers');
    const url = new URL(f.url);
    const mail = makeDetector(mailParts([roundcubeAdapter], rescan));
    const before = mail.detectPage(parseWithLinkedom(f.html), url).contacts;
    // The forwarder is found by the message header; no signature's number goes to anyone yet.
    expect(before.map((c) => c.email)).toContain('t.kern@kern-logistik.example');
    expect(before.filter((c) => c.phone)).toEqual([]);
    expect(request.mock.calls).toEqual([['signatures.load', {}]]);
    mail.detectPage(parseWithLinkedom(f.html), url);
    expect(request).toHaveBeenCalledTimes(1);
    arrive();
    await vi.waitFor(() => expect(rescan).toHaveBeenCalledTimes(1));
    expect(shown(mail.detectPage(parseWithLinkedom(f.html), url))).toEqual(shown(cli.detectPage(parseWithLinkedom(f.html), url)));
  });
});

describe("Gmail's and Outlook's scripts ask for the signature kit on their first scan", () => {
  it('asks once, on an inbox too, and the print view gives each message its own sender\'s signature when it arrives', async () => {
    world[MENTION_KIT_KEY] = withExtras(namedFor); // the namer's kit is in: only this one is awaited
    const arrive = kitOnRequest();
    const rescan = vi.fn();
    const gmail = makeDetector(webmailParts(gmailAdapterWith, rescan));
    const inbox = fixture('gmail-inbox');
    gmail.detectPage(parseWithLinkedom(inbox.html), new URL(inbox.url));
    expect(request.mock.calls).toEqual([['signatures.load', {}]]);
    const f = fixture('gmail-print-thread-zh-tw');
    const url = new URL(f.url);
    const before = gmail.detectPage(parseWithLinkedom(f.html), url).contacts;
    expect(request).toHaveBeenCalledTimes(1);
    // Meanwhile no message's number goes to another message's sender.
    const expected = new Map(f.expected.contacts.map((c) => [c.email, c.phone]));
    for (const c of before) if (c.phone) expect([c.email, c.phone]).toEqual([c.email, expected.get(c.email)]);
    arrive();
    await vi.waitFor(() => expect(rescan).toHaveBeenCalledTimes(1));
    expect(shown(gmail.detectPage(parseWithLinkedom(f.html), url))).toEqual(shown(cli.detectPage(parseWithLinkedom(f.html), url)));
  });
});

describe("Outlook's script reads its sender's own sign-off with the signature kit", () => {
  it('gives the sender a button at once, and the sign-off\'s phone and company when the kit arrives', async () => {
    world[MENTION_KIT_KEY] = withExtras(namedFor);
    const arrive = kitOnRequest();
    const rescan = vi.fn();
    const outlook = makeDetector(webmailParts(outlookAdapterWith, rescan));
    const f = fixture('outlook-reading-pane-de');
    const url = new URL(f.url);
    const sender = (people: ReturnType<typeof shown>['people']) => people.find((p) => p[1] === 'jonas.weber@kessler-maschinenbau.de');
    // Meanwhile: the sender, without what only their sign-off says, and the kit asked for once.
    expect(sender(shown(outlook.detectPage(parseWithLinkedom(f.html), url)).people)).toEqual(['Jonas Weber', 'jonas.weber@kessler-maschinenbau.de', null, null, 'sender']);
    expect(request.mock.calls).toEqual([['signatures.load', {}]]);
    arrive();
    await vi.waitFor(() => expect(rescan).toHaveBeenCalledTimes(1));
    const after = shown(outlook.detectPage(parseWithLinkedom(f.html), url));
    expect(sender(after.people)?.slice(2, 4)).toEqual(['+49 711 4829 3310', 'Kessler Maschinenbau GmbH']);
    expect(after).toEqual(shown(cli.detectPage(parseWithLinkedom(f.html), url)));
  });
});

describe("Gmail's script asks for the namer kit on the first phone that needs it", () => {
  it('gives an Arabic message\'s phone-only colleagues nothing meanwhile, then their own numbers', async () => {
    world[OWN_SIGNATURE_KEY] = signatureWithPhones;
    world[SIGNATURE_KIT_KEY] = signatureContacts;
    request.mockImplementation(async () => {
      await Promise.resolve(); // the kit arrives after the scan that asked for it
      world[MENTION_KIT_KEY] = withExtras(namedFor); // as entrypoints/mention-kit.ts registers it
      return { loaded: true };
    });
    const rescan = vi.fn();
    const gmail = makeDetector(webmailParts(gmailAdapterWith, rescan));
    const f = fixture('gmail-body-phone-person-ar');
    const url = new URL(f.url);
    // Meanwhile the numbers wait: never the sender's, whose button would keep them.
    expect(gmail.detectPage(parseWithLinkedom(f.html), url).contacts.filter((c) => c.phone)).toEqual([]);
    await vi.waitFor(() => expect(rescan).toHaveBeenCalledTimes(1));
    expect(request.mock.calls).toEqual([['mention.load', {}]]);
    const after = shown(gmail.detectPage(parseWithLinkedom(f.html), url));
    expect(after.people.filter((p) => p[2]).map((p) => p[0])).toEqual(['خالد الدوسري', 'سارة القحطاني']);
    expect(after).toEqual(shown(cli.detectPage(parseWithLinkedom(f.html), url)));
  });
});

describe('the Gmail/Outlook script with its signature and namer kits loaded', () => {
  const ofWebmail = listFixtures().filter((f) => ['gmail', 'outlook'].includes(f.expected.site) || f.name === 'hostile-names');
  const pages = ofWebmail.flatMap((f) => [null, ...REWRITES].map((rewrite) => [`${f.name} ${rewrite?.id ?? 'as saved'}`, f, rewrite] as const));
  const parse = (f: (typeof ofWebmail)[number], rewrite: (typeof REWRITES)[number] | null) => {
    const doc = parseWithLinkedom(f.html);
    rewrite?.apply(doc);
    return doc;
  };

  it('covers every Gmail and Outlook fixture', () => {
    expect(ofWebmail.length).toBeGreaterThanOrEqual(20);
  });

  it.each(pages)('finds what the CLI finds: %s', (_name, f, rewrite) => {
    world[OWN_SIGNATURE_KEY] = signatureWithPhones; // as entrypoints/signature-kit.ts registers them
    world[SIGNATURE_KIT_KEY] = withAttendees(signatureContacts);
    world[MENTION_KIT_KEY] = withExtras(namedFor); // as entrypoints/mention-kit.ts registers it
    const url = new URL(f.url);
    // The CLI's reading with the webmail script's parts: the CLI also runs record readers, the
    // page-company part and the chrome's account on every page, which gmail.js and outlook.js never carry
    // (a Gmail or Outlook page differs there before this kit too: outlook-reading-pane-legal-city).
    const [adapter, site] = f.expected.site === 'outlook' ? [outlookAdapter, outlookAdapterWith] : [gmailAdapter, gmailAdapterWith];
    // The CLI's own second reading of each message's block (lib/detect/index.ts) is in the reference:
    // the kit hands the scripts that reading (the block's phone and company read again).
    const reference = makeDetector({ adapters: [adapter], signatures: withAttendees(signatureContacts), mention: withExtras(namedFor), company: (contacts, doc) => withBlockPhones(contacts, doc, adapter.parts?.body) });
    expect(shown(webmailDetector(site).detectPage(parse(f, rewrite), url))).toEqual(shown(reference.detectPage(parse(f, rewrite), url)));
  });
});
