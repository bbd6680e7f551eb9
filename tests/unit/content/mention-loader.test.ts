// crm-<id>.js's lone-phone namer loads on the first phone that needs it (lib/content/mention-loader.ts):
// until it arrives that phone goes to nobody (never first to the sender, whose button would keep
// it), then the page is read again and finds what the CLI finds; on the CRM fixtures, with it
// loaded, the CRM script finds the same people as the CLI.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeDetector } from '@/lib/detect/detector';
import { FULL_DETECTOR } from '@/lib/detect/index';
import { withExtras } from '@/lib/detect/mention-extras';
import { namedFor } from '@/lib/detect/phone-mention';
import { fixture, parseWithLinkedom } from '../detect/helpers';

const request = vi.fn();
vi.mock('@/lib/messages/client', () => ({ request: (...args: unknown[]) => request(...args) }));

const { lazyMention, MENTION_KIT_KEY } = await import('@/lib/content/mention-loader');
const world = globalThis as Record<string, unknown>;

beforeEach(() => {
  request.mockReset();
});
afterEach(() => {
  delete world[MENTION_KIT_KEY];
});

const cli = makeDetector(FULL_DETECTOR);
type Result = ReturnType<typeof cli.detectPage>;
const shown = (r: Result) => ({ site: r.site, people: r.contacts.map((c) => [c.name, c.email, c.phone, c.company, c.role]) });

describe('lazyMention', () => {
  it('holds a sentence\'s phone back until the namer arrives, then the rescan gives it to the person named', async () => {
    request.mockImplementation(async () => {
      await Promise.resolve();
      world[MENTION_KIT_KEY] = withExtras(namedFor); // as entrypoints/mention-kit.ts registers it
      return { loaded: true };
    });
    const loaded = vi.fn();
    const f = fixture('generic-webmail-cc-phone');
    // Grace signs without her own number: a namer-less detector gives her Marc's.
    const html = f.html.replace('<br>Phone: (503) 555-0147', '');
    const url = new URL(f.url);
    const senderPhone = (r: Result) => r.contacts.find((c) => c.role === 'sender')?.phone ?? null;
    expect(senderPhone(makeDetector({ ...FULL_DETECTOR, mention: undefined }).detectPage(parseWithLinkedom(html), url))).toMatch(/06 12/);
    const detector = makeDetector({ ...FULL_DETECTOR, mention: lazyMention(loaded) });
    expect(senderPhone(detector.detectPage(parseWithLinkedom(html), url))).toBeNull();
    await vi.waitFor(() => expect(loaded).toHaveBeenCalledTimes(1));
    expect(request.mock.calls).toEqual([['mention.load', {}]]);
    const after = detector.detectPage(parseWithLinkedom(html), url);
    expect(after.contacts.find((c) => c.name === 'Marc Dubois')?.phone).toMatch(/06 12/);
    expect(shown(after)).toEqual(shown(cli.detectPage(parseWithLinkedom(html), url)));
  });

  it('gives such phones to the sender, as without a namer, when it cannot load', async () => {
    request.mockRejectedValue(new Error('no scripting'));
    const loaded = vi.fn();
    const f = fixture('generic-webmail-cc-phone');
    const detector = makeDetector({ ...FULL_DETECTOR, mention: lazyMention(loaded) });
    detector.detectPage(parseWithLinkedom(f.html), new URL(f.url));
    await vi.waitFor(() => expect(loaded).toHaveBeenCalledTimes(1));
    const without = makeDetector({ ...FULL_DETECTOR, mention: undefined });
    expect(shown(detector.detectPage(parseWithLinkedom(f.html), new URL(f.url)))).toEqual(shown(without.detectPage(parseWithLinkedom(f.html), new URL(f.url))));
    expect(request).toHaveBeenCalledTimes(1);
  });
});
