// The record readers of custom sites (schema.org/hCard people, tables of people, labelled fields:
// lib/detect/generic/records.ts ALL_READERS) are not in the mail scripts (custom.js, qqmail.js,
// netease.js), which run on every Roundcube, QQ Mail and NetEase page where they rarely find anything. When a page shows what they read
// (RECORD_MARKUP, or a field label's word in its text), the content script asks, the background
// injects record-kit.js into this frame's isolated world (lib/background/quick-panel.ts), and the
// page is read again with them; until then the readers find nobody. Once loaded, the mail
// script's detector is the CLI's (lib/detect/index.ts FULL_DETECTOR) for the hosts it serves.
import { safely } from '@/lib/detect/contact';
import type { GenericReader } from '@/lib/detect/generic';
import { FIELD_WORDS } from '@/lib/detect/generic/fields';
import { request } from '@/lib/messages/client';

export const RECORD_KIT_KEY = '__tasklaneRecordKit';
/** The kit's reader of a record's Account / Company field (lib/detect/generic/page-company.ts
 *  accountField), for the mail scripts' company part: it reads labelled fields too. */
export const ACCOUNT_KIT_KEY = '__tasklaneAccountKit';

type WithKit = typeof globalThis & { [RECORD_KIT_KEY]?: readonly GenericReader[]; [ACCOUNT_KIT_KEY]?: (doc: Document) => string | undefined };

/** The record's account field by the kit's reader; none before the kit is loaded. */
export const kitAccountField = (doc: Document): string | undefined => (globalThis as WithKit)[ACCOUNT_KIT_KEY]?.(doc);

/** What the readers start from: schema.org/hCard markup (lib/detect/generic/structured.ts), tables and grids
 *  (generic/tables.ts); the labelled fields reader reads nothing without a label's word (FIELD_WORDS).
 *  A root without any of them gives them nobody, so not loading them there changes nothing. */
const RECORD_MARKUP = '[itemscope],script[type="application/ld+json"],.vcard,.h-card,table,[role="grid"],[role="table"],[role="treegrid"]';

/** True when the page may show records: cheap, run on every scan before the kit is loaded. */
export function mayShowRecords(root: ParentNode): boolean {
  const el = (root as Node).nodeType === 9 ? (root as Document).documentElement : (root as Element);
  return !!el && (!!root.querySelector(RECORD_MARKUP) || FIELD_WORDS.test((el.textContent ?? '').slice(0, 200_000)));
}

/**
 * A reader that runs the kit's readers once loaded; before that, on a page that may show
 * records, it asks for the kit once and calls `loaded` (the content script's rescan) when it
 * arrives. A failed load is asked again on a later scan.
 */
export function lazyRecordReader(loaded: () => void): GenericReader {
  let asked = false;
  return (root) => {
    const readers = (globalThis as WithKit)[RECORD_KIT_KEY];
    if (readers) return readers.flatMap((read) => safely([], () => read(root)));
    if (!asked && mayShowRecords(root)) {
      asked = true;
      request('records.load', {}).then(
        () => (globalThis as WithKit)[RECORD_KIT_KEY] && loaded(),
        () => (asked = false),
      );
    }
    return [];
  };
}
