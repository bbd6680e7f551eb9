// The people of a saved page, each at every place they were seen, built as the content script
// builds them for a click (lib/content/tasklane.ts): the clicked element's own context and text.
import type { PersonOnPage } from '@/lib/content/follow-up';
import { adapterFor, detectPage, pageContext } from '@/lib/detect';
import { fixture, parseWithLinkedom } from '../unit/detect/helpers';

export function peopleOn(name: string): PersonOnPage[] {
  const f = fixture(name);
  const doc = parseWithLinkedom(f.html);
  const url = new URL(f.url);
  const { site, contacts } = detectPage(doc, url);
  return contacts.flatMap((contact) =>
    [contact.anchor, ...(contact.elsewhere ?? [])].map((anchor) => ({
      contact: { ...contact, anchor },
      site,
      context: pageContext(doc, url, anchor),
      url,
      text: adapterFor(url)?.messageText?.(anchor) ?? null,
    })),
  );
}
