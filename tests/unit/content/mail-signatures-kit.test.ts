// The mail scripts (gmail.js and outlook.js: lib/content/webmail-script.ts; qqmail.js, netease.js
// and custom.js: lib/content/mail-script.ts) read each message's own sign-off at once and load the reader of the parts quoted
// or forwarded under it — and of every message of a page read whole, Gmail's print view — as
// signature-kit.js (lib/content/signatures-loader.ts). Before it arrives they find the message's
// own signature and ask once; a lone phone waits; with it in, they find the CLI's people on every
// fixture of their sites and every drift rewrite of one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeDetector } from '@/lib/detect/detector';
import { ownSignatures } from '@/lib/detect/generic/signatures';
import { FULL_DETECTOR } from '@/lib/detect/index';
import { namedFor } from '@/lib/detect/phone-mention';
import { signatureContacts } from '@/lib/detect/quoted-signatures';
import { gmailAdapter } from '@/lib/detect/sites/gmail';
import { outlookAdapter } from '@/lib/detect/sites/outlook';
import type { SiteAdapter } from '@/lib/detect/types';
import { REWRITES } from '../../drift/rewrites';
import { fixture, listFixtures, parseWithLinkedom } from '../detect/helpers';

const request = vi.fn();
vi.mock('@/lib/messages/client', () => ({ request: (...args: unknown[]) => request(...args) }));

const { lazySignatures, SIGNATURE_KIT_KEY } = await import('@/lib/content/signatures-loader');
const { webmailParts } = await import('@/lib/content/webmail-script');
const world = globalThis as Record<string, unknown>;

beforeEach(() => {
  request.mockReset();
});
afterEach(() => {
  delete world[SIGNATURE_KIT_KEY];
});

/** Gmail's or Outlook's script's detector, as entrypoints/gmail.content.ts and outlook.content.ts make it. */
const webmailDetector = (adapter: SiteAdapter) => makeDetector(webmailParts(adapter, () => undefined));

const cli = makeDetector(FULL_DETECTOR);
const shown = (r: ReturnType<typeof cli.detectPage>) => ({ site: r.site, people: r.contacts.map((c) => [c.name, c.email, c.phone, c.company, c.role]) });

describe('the quoted parts wait for the signature kit', () => {
  it("reads a forward's own signature at once, asks once, and gives each layer its sender's signature when the kit arrives", async () => {
    let arrive = () => {};
    request.mockImplementation(async () => {
      await new Promise<void>((resolve) => (arrive = resolve));
      world[SIGNATURE_KIT_KEY] = signatureContacts;
      return { loaded: true };
    });
    const rescan = vi.fn();
    const f = fixture('roundcube-phones-14-forward-two-layers');
    const url = new URL(f.url);
    const signatures = lazySignatures(rescan, ownSignatures);
    const mail = makeDetector({ ...FULL_DETECTOR, signatures: signatures.read, mention: signatures.phonesWait(FULL_DETECTOR.mention) });
    const before = mail.detectPage(parseWithLinkedom(f.html), url).contacts;
    // The forwarder's own signature is read at once; no forwarded layer's number goes to anyone.
    expect(before.find((c) => c.email === 't.kern@kern-logistik.example')).toMatchObject({ company: 'Kern Logistik GmbH', phone: '0421 555 2890' });
    expect(before.filter((c) => c.phone && c.email !== 't.kern@kern-logistik.example')).toEqual([]);
    expect(request.mock.calls).toEqual([['signatures.load', {}]]);
    mail.detectPage(parseWithLinkedom(f.html), url);
    expect(request).toHaveBeenCalledTimes(1);
    arrive();
    await vi.waitFor(() => expect(rescan).toHaveBeenCalledTimes(1));
    expect(shown(mail.detectPage(parseWithLinkedom(f.html), url))).toEqual(shown(cli.detectPage(parseWithLinkedom(f.html), url)));
  });
});

describe('the Gmail/Outlook script with its signature kit loaded', () => {
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
    world[SIGNATURE_KIT_KEY] = signatureContacts; // as entrypoints/signature-kit.ts registers it
    const url = new URL(f.url);
    // The CLI's reading with the webmail script's parts: the CLI also runs record readers, the
    // page-company part and the chrome's account on every page, which webmail.js never carries
    // (a Gmail or Outlook page differs there before this kit too: outlook-reading-pane-legal-city).
    const adapter = f.expected.site === 'outlook' ? outlookAdapter : gmailAdapter;
    const reference = makeDetector({ adapters: [adapter], signatures: signatureContacts, mention: namedFor });
    expect(shown(webmailDetector(adapter).detectPage(parse(f, rewrite), url))).toEqual(shown(reference.detectPage(parse(f, rewrite), url)));
  });
});
