// The CLI's side of the browser/CLI parity check (parity.spec.ts): which fixtures a browser can
// show at an address the extension runs on, and whom the CLI's detector (the one `npm run detect`
// runs: lib/detect/index over linkedom, whole page at once, then the same normalisation) offers
// there, as the labels its buttons would carry (lib/content/follow-up personLabel).
import { parseHTML } from 'linkedom';
import { personLabel } from '../../lib/content/follow-up';
import { detectPage, pageContext } from '../../lib/detect/index';
import { peopleOf } from '../../lib/detect/normalize';
import { GMAIL_MATCHES, OPTIONAL_ORIGINS, OUTLOOK_MATCHES } from '../../lib/sites';
import { listFixtures } from '../unit/detect/helpers';

/** The custom site the demo build is granted (wxt.config.ts DEMO_CUSTOM_SITES). */
export const CUSTOM_HOST = 'webmail.tasklane-demo.test';

export interface ParityFixture {
  name: string;
  html: string;
  /** The address the fixture names (its tasklane-fixture-url). */
  realUrl: string;
  /** Where the browser shows it: the real address, or the custom site for pages of no known host. */
  browserUrl: string;
}

export interface Skipped {
  name: string;
  why: string;
}

/** A manifest match pattern ("https://*.pipedrive.com/*") as a test of a URL's origin. */
function matches(pattern: string, url: URL): boolean {
  const m = /^https:\/\/(\*\.)?([^/]+)\/\*$/.exec(pattern);
  if (!m || url.protocol !== 'https:') return false;
  return m[1] ? url.hostname.endsWith(`.${m[2]}`) : url.hostname === m[2];
}

const GRANTED = [...GMAIL_MATCHES, ...OUTLOOK_MATCHES, ...OPTIONAL_ORIGINS];

/** Every fixture with an address and an .expected.json, and where the browser shows it. */
export function parityFixtures(): { shown: ParityFixture[]; skipped: Skipped[] } {
  const shown: ParityFixture[] = [];
  const skipped: Skipped[] = [];
  for (const f of listFixtures()) {
    const real = new URL(f.url);
    if (GRANTED.some((p) => matches(p, real))) {
      shown.push({ name: f.name, html: f.html, realUrl: f.url, browserUrl: f.url });
    } else if (f.expected.site === 'generic' || f.expected.site === 'roundcube') {
      // An app on a domain of its own (Roundcube, a company's CRM or site): the rep adds that
      // domain in Options → Sites, and custom.js runs there — the demo build's custom site stands
      // in for it, at the same path, query and hash.
      shown.push({ name: f.name, html: f.html, realUrl: f.url, browserUrl: `https://${CUSTOM_HOST}${real.pathname}${real.search}${real.hash}` });
    } else {
      skipped.push({ name: f.name, why: `${f.expected.site} page at ${real.hostname}, a host no content script of the extension matches (lib/sites): the CLI reads it, the browser never runs there` });
    }
  }
  return { shown, skipped };
}

const squash = (label: string) => label.replace(/\s+/g, ' ').trim();

export interface CliView {
  /** The CLI's people (its output: sightings in two list rows are one person), as labels. */
  people: string[];
  /** One label per sighting the content script places a button for (a list row's keeps its own). */
  sightings: string[];
  /** The rep: the page's account and the labels the rep's own sighting would carry. */
  rep: string[];
}

/** What the CLI offers on this page, as the labels its buttons would carry. */
export function cliView(html: string, url: string): CliView {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const at = new URL(url);
  const { contacts } = detectPage(doc, at);
  const self = pageContext(doc, at).selfEmail;
  // The same page read as if nobody were signed in: the rep's own sighting, never to get a button.
  const rep = self ? peopleOf(detectPage(doc, at, { selfEmail: null }).contacts).filter((c) => c.email === self) : [];
  return {
    people: peopleOf(contacts).map((c) => squash(personLabel(c))),
    sightings: contacts.map((c) => squash(personLabel(c))),
    rep: self ? [self, ...rep.map((c) => squash(personLabel(c)))] : [],
  };
}

/** The differences between two lists of labels, counted (one button per person). */
export function labelDiff(browser: readonly string[], cli: readonly string[]): { extra: string[]; missing: string[] } {
  const count = (list: readonly string[]) => list.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>());
  const b = count(browser);
  const c = count(cli);
  const over = (from: Map<string, number>, than: Map<string, number>) => [...from].flatMap(([label, n]) => Array<string>(Math.max(0, n - (than.get(label) ?? 0))).fill(label));
  return { extra: over(b, c), missing: over(c, b) };
}
