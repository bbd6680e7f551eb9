// Saved pages (tests/fixtures and tests/fixtures/context) read as a click reads them: the people
// detected, each with their page context and the message around them (lib/content/page-message.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { personOnPage, type PersonOnPage } from '@/lib/content/follow-up';
import { readPageMessage } from '@/lib/content/page-message';
import { FULL_DETECTOR, makeDetector } from '@/lib/detect';

export const FIXTURES = join(process.cwd(), 'tests', 'fixtures');

export interface SavedPage {
  document: Document;
  url: URL;
}

/** `name`: a fixture's path under tests/fixtures, without `.html` ("context/qqmail-frame-order"). */
export function savedPage(name: string, html = readFileSync(join(FIXTURES, `${name}.html`), 'utf8')): SavedPage {
  const meta = /<meta name="tasklane-fixture-url" content="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
  if (!meta) throw new Error(`${name} has no tasklane-fixture-url meta`);
  return { document: parseHTML(html).document as unknown as Document, url: new URL(meta) };
}

/** Every person on the page, as a click on their button makes them (message read). `url`
 *  replaces the page's own address (the same page at another address). */
export function peopleWithMessages(page: SavedPage, today = '2026-12-06', url = page.url): PersonOnPage[] {
  const detector = makeDetector(FULL_DETECTOR);
  const { site, contacts } = detector.detectPage(page.document, url);
  return contacts.map((contact) => {
    const person = personOnPage(detector, { contact, site }, page.document, url);
    return { ...person, message: readPageMessage(person, detector, page.document, today) };
  });
}

/** The one person with that address on the page (throws when there is not exactly one). */
export function personOn(page: SavedPage, email: string, today?: string, url?: URL): PersonOnPage {
  const found = peopleWithMessages(page, today, url).filter((p) => p.contact.email === email);
  if (found.length !== 1) throw new Error(`${found.length} people with ${email}`);
  return found[0]!;
}
