// The record readers (schema.org/hCard people, tables of people, labelled fields:
// lib/detect/generic/records.ts ALL_READERS) are not in the mail scripts (custom.js, qqmail.js,
// netease.js), which run on every Roundcube, QQ Mail and NetEase page where they rarely find anything,
// nor in the CRM scripts (crm-<id>.js, ./crm-script.ts: their budget), whose record pages load them at once. When a page shows what they read
// (RECORD_MARKUP, or a field label's word in its text), the content script asks, the background
// injects record-kit.js into this frame's isolated world (lib/background/quick-panel.ts), and the
// page is read again with them; until then the readers find nobody. Once loaded, the mail
// script's detector is the CLI's (lib/detect/index.ts FULL_DETECTOR) for the hosts it serves.
import { safely } from '@/lib/detect/contact';
import type { GenericReader } from '@/lib/detect/generic';
import type { DetectorParts } from '@/lib/detect/detector';
import type { DetectedContact } from '@/lib/detect/types';
import { FIELD_WORDS } from '@/lib/detect/generic/fields';
import { request } from '@/lib/messages/client';

export const RECORD_KIT_KEY = '__tasklaneRecordKit';
/** The kit's company part for the mail scripts (lib/detect/index.ts FULL_DETECTOR's on their sites): the page's company
 *  with a record's Account / Company field read (lib/detect/generic/page-company.ts accountField,
 *  a labelled-field reader), after the rep's own side is taken out (lib/detect/own-side.ts). */
export const COMPANY_KIT_KEY = '__tasklaneCompanyKit';
/** Whom a CRM page offers, once the kit is in: not its users — a person seen only in a table's
 *  Owner / Enrolled by / Sender column (lib/detect/generic/user-columns.ts). */
export const USERS_KIT_KEY = '__tasklaneUsersKit';
/** The signed-in account read from the page's chrome (lib/detect/self.ts), for the CRM scripts:
 *  a CRM adapter rarely knows the account, and ~1.3 kB of chrome reading is the kit's, not every
 *  CRM script's (their budget). */
export const SELF_KIT_KEY = '__tasklaneSelfKit';

type Company = NonNullable<DetectorParts['company']>;
type WithKit = typeof globalThis & { [RECORD_KIT_KEY]?: readonly GenericReader[]; [COMPANY_KIT_KEY]?: Company; [USERS_KIT_KEY]?: (c: DetectedContact) => boolean; [SELF_KIT_KEY]?: (doc: Document) => string | null };

/** What the readers start from: schema.org/hCard markup (lib/detect/generic/structured.ts), tables and grids
 *  (generic/tables.ts), an e-mail field's icon (generic/icon-fields.ts: its label is no text), a
 *  link to a person's record (generic/linked-org.ts: Pipedrive's /person/…, HubSpot's older
 *  /contacts/<portal>/contact/…, whose cards may hold no label's word at all); the
 *  labelled fields reader reads nothing else without a label's word (FIELD_WORDS).
 *  A root without any of them gives them nobody, so not loading them there changes nothing. */
const RECORD_MARKUP = '[itemscope],script[type="application/ld+json"],.vcard,.h-card,table,[role="grid"],[role="table"],[role="treegrid"],i[title*=mail i],i[aria-label*=mail i],svg[aria-label*=mail i],a[href*="/person/"],a[href*="/contact/"]';

/** True when the page may show records: cheap, run on every scan before the kit is loaded. */
export function mayShowRecords(root: ParentNode): boolean {
  const el = (root as Node).nodeType === 9 ? (root as Document).documentElement : (root as Element);
  return !!el && (!!root.querySelector(RECORD_MARKUP) || FIELD_WORDS.test((el.textContent ?? '').slice(0, 200_000)));
}

/**
 * The kit's readers, and its company part, for the mail scripts (./mail-script.ts). `reader` runs the
 * kit's readers once loaded; before that, on a page that may show records, it asks for the kit
 * once and calls `loaded` (the content script's rescan) when it arrives. A failed load is asked
 * again on a later scan. `company` is the kit's company part once loaded (the rep taken out: a
 * From picker's identities, a top bar's signed-in user, a person of the account chrome's name;
 * a record's account field read), else the one given. Where the rep is unknown (no adapter read
 * the account) or a From picker may list them, it asks for the kit, and until it arrives offers
 * nobody: a button, once on the page, is never taken back, so the rep's must not go on first.
 */
export function recordKit(loaded: () => void): { reader: GenericReader; company: (company: Company) => Company; pending: () => boolean; offered: (c: DetectedContact) => boolean; self: (doc: Document) => string | null } {
  let asked = false;
  /** Once the kit failed to load, people are offered without it (it is still asked again). */
  let failed = false;
  const ask = () => {
    if (asked) return;
    asked = true;
    request('records.load', {})
      .then(() => (globalThis as WithKit)[RECORD_KIT_KEY], () => (asked = false))
      .then((kit) => {
        failed ||= !kit;
        loaded();
      });
  };
  return {
    reader: (root) => {
      const readers = (globalThis as WithKit)[RECORD_KIT_KEY];
      if (readers) return readers.flatMap((read) => safely([], () => read(root)));
      if (mayShowRecords(root)) ask();
      return [];
    },
    company: (company) => (contacts, doc, url, context, site) => {
      const kit = (globalThis as WithKit)[COMPANY_KIT_KEY];
      if (kit) return kit(contacts, doc, url, context, site);
      if (!context.selfEmail || doc.querySelector('select,[role=combobox]')) {
        ask();
        if (!failed) return [];
      }
      return company(contacts, doc, url, context, site);
    },
    /** Asked for and not yet in (nor failed): what the page shows is read whole when it comes. */
    pending: () => asked && !failed && !(globalThis as WithKit)[RECORD_KIT_KEY],
    /** Not one of the CRM's users (the kit's test; everyone, before it is in). */
    offered: (c) => (globalThis as WithKit)[USERS_KIT_KEY]?.(c) ?? true,
    /** The account the page's chrome shows, once the kit is in; until then it is asked for (and
     *  pending: a CRM script offers nobody while it is). */
    self: (doc) => {
      const read = (globalThis as WithKit)[SELF_KIT_KEY];
      if (read) return safely(null, () => read(doc));
      ask();
      return null;
    },
  };
}

/** The kit's readers alone (see recordKit). */
export const lazyRecordReader = (loaded: () => void): GenericReader => recordKit(loaded).reader;
