// Direct dials on a company's page (a German Impressum, a contact page, a signature block read
// whole): the switchboard is written with its operator's extension "-0" ("Tel. +49 89 4521870-0",
// "089 4521870-0"), and each person's own line as the switchboard with their extension ("Tel.
// +49 89 4521870-35") or the extension alone ("Durchwahl -21", "DW 21", "App. 21", "ext. 21",
// "anexo 112", "分机 21"). A person's phone is their direct dial, read in their own block; the
// switchboard is the company's, never a named person's. Only where such a switchboard is written:
// elsewhere an extension word has no number to extend, and nothing here changes.
// Run by the record kit's company part (record-kit.js, for the mail scripts) and the CLI on those
// sites (./kit-company.ts): no content script carries it.

import { closestOf, textOf } from '../dom';
import type { DetectorParts } from '../detector';
import { findPhones } from '../phone-scan';
import type { DetectedContact } from '../types';

/** A switchboard: a number ending in the operator's extension "-0". */
const SWITCHBOARD = /^(.*\d)\s?-\s?0$/;
/** An extension alone, after its word ("Durchwahl -21", "DW: 21", "Apparat 21", "ext. 21"). */
const EXTENSION = /(?:durchwahl|\bdw|\bapp(?:arat|\.)|nebenstelle|\bext(?:ension|\.)?|anexo|ramal|interno|\bposte|分[机機]|内线|內線)\s*[:：.]?\s*-?\s*(\d{1,5})(?![\d\s.-]*\d{3})/i;
/** The block a person's sighting stands in: their paragraph, list item, row or definition. */
const BLOCK = 'p, li, tr, dd, address';
const MAX_PAGE_TEXT = 50_000;

const digits = (raw: string | null | undefined) => raw?.replace(/\D/g, '') ?? '';

/** The page's switchboard base ("+49 89 4521870" of "+49 89 4521870-0"), or null. */
function switchboardOf(doc: Document): string | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  for (const hit of findPhones(textOf(body, MAX_PAGE_TEXT), false, 50)) {
    const base = SWITCHBOARD.exec(hit.raw)?.[1];
    if (base && digits(base).length >= 6) return base;
  }
  return null;
}

/** Each person's direct dial from their own block, where the page writes a switchboard. */
export function withDirectDials(contacts: DetectedContact[], doc: Document): DetectedContact[] {
  const base = switchboardOf(doc);
  if (!base) return contacts;
  const board = `${digits(base)}0`;
  for (const c of contacts) {
    if (!c.email && !c.name) continue;
    const block = closestOf(c.anchor, BLOCK) ?? c.anchor.parentElement;
    // Their own block only: one that shows someone else too is a list, not theirs.
    const own = block && !contacts.some((o) => o !== c && (o.email || o.name) && block.contains(o.anchor));
    const text = own ? textOf(block, 400) : '';
    const direct = findPhones(text, false, 5).find((hit) => digits(hit.raw) !== board);
    const ext = EXTENSION.exec(text)?.[1];
    if (direct) c.phone = direct.raw;
    else if (ext) c.phone = `${base}-${ext}`;
    // The switchboard, given to a person of the page from the company's block, is the company's
    // line (an info@ mailbox in that block keeps it). A message's sender or recipient who signs
    // with it keeps it: it is how they are reached.
    else if (c.name && c.role === 'mentioned' && digits(c.phone) === board && !digits(text).includes(board)) c.phone = null;
  }
  return contacts;
}

/** A company part (../detector.ts DetectorParts['company']) with the direct dials read first. */
export const withDialsFirst =
  (next: NonNullable<DetectorParts['company']>): NonNullable<DetectorParts['company']> =>
  (contacts, doc, ...rest) =>
    next(withDirectDials(contacts, doc), doc, ...rest);
