// The people of a saved page, each at every place they were seen, as the content script builds
// them for a click (lib/content/follow-up.ts personOnPage).
import { personOnPage, type PersonOnPage } from '@/lib/content/follow-up';
import { FULL_DETECTOR, detectPage, makeDetector } from '@/lib/detect';
import { fixture, parseWithLinkedom } from '../unit/detect/helpers';

export function peopleOn(name: string): PersonOnPage[] {
  const f = fixture(name);
  const doc = parseWithLinkedom(f.html);
  const url = new URL(f.url);
  const { site, contacts } = detectPage(doc, url);
  return contacts.flatMap((contact) =>
    [contact.anchor, ...(contact.elsewhere ?? [])].map((anchor) => personOnPage(makeDetector(FULL_DETECTOR), { contact: { ...contact, anchor }, site }, doc, url)),
  );
}
