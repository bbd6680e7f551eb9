// Contact detection over a set of site adapters: pick the page's adapter, run it and the generic
// core beside it, merge and normalise. Each content script makes a detector of only the adapters
// its pages need (a small bundle on every page); the CLI and the tests use them all (./index.ts).
// (Phones stay raw here; see phone.ts for why E.164 happens in the background.)

import type { Audience } from './audience';
import { safely } from './contact';
import { closestOf, comesBefore, documentOf } from './dom';
import { detectGeneric, type GenericReader } from './generic';
import type { SignatureReader } from './generic/signatures';
import { normaliseContacts } from './normalize';
import type { DetectedContact, PageContext, SiteAdapter, SiteId } from './types';
import type { MentionReader } from './phone-mention';

/**
 * The adapter for a page: by its host first (Gmail, Outlook, the CRMs), else — given the page —
 * by what the page is, for apps that run on any domain (Roundcube on a company's own host).
 */
function adapterAmong(ADAPTERS: readonly SiteAdapter[], url: URL, doc?: Document | null): SiteAdapter | null {
  for (const adapter of ADAPTERS) {
    try {
      if (adapter.matches(url)) return adapter;
    } catch {
      // A broken predicate must not hide the other adapters.
    }
  }
  if (!doc) return null;
  for (const adapter of ADAPTERS) {
    try {
      if (adapter.recognises?.(doc)) return adapter;
    } catch {
      // Same.
    }
  }
  return null;
}

export interface DetectOptions {
  /** The signed-in user's address when the caller already knows it, null when it looked and
   *  found none; left out, it is read from the page. */
  selfEmail?: string | null;
  /** Skip the site adapter (custom domains the user enabled get the generic detector only). */
  genericOnly?: boolean;
  /** Only the site adapter's people, no generic core: the content script's first look at the
   *  first rows of a list rendered whole, before it reads the whole list (lib/content/first-rows.ts). */
  adapterOnly?: boolean;
  /** Called when an adapter finds its landmarks but no contacts: the site's markup drifted. */
  onDrift?: (site: SiteId) => void;
  /** Whom to offer: the rep's own addresses, colleagues, role mailboxes (./audience.ts). */
  audience?: Audience;
}

export interface DetectResult {
  site: SiteId;
  contacts: DetectedContact[];
}

const EMPTY_CONTEXT: PageContext = { subject: null, threadId: null, recordName: null, recordId: null, selfEmail: null };

/** The adapter's page context, or an empty one (never throws). With `anchor`, the context of
 *  the row or conversation that element belongs to (see SiteAdapter.context). Where the adapter
 *  knows no signed-in account (or there is no adapter), the page's chrome may show it (./self.ts). */
function contextOn({ adapters, chromeSelf }: DetectorParts, doc: Document, url: URL, anchor?: Element): PageContext {
  const adapter = adapterAmong(adapters, url, doc);
  const context = adapter ? safely(EMPTY_CONTEXT, () => adapter.context(doc, url, anchor)) : EMPTY_CONTEXT;
  return context.selfEmail || !chromeSelf ? context : { ...context, selfEmail: safely(null, () => chromeSelf(doc)) };
}

function reportDrift(adapter: SiteAdapter, root: ParentNode, opts: DetectOptions): void {
  try {
    // Landmarks are looked up only for a listener (not in the content script's passes, which
    // would pay it on every empty subtree).
    if (opts.onDrift && adapter.hasAnchors?.(root)) opts.onDrift(adapter.id);
    if (import.meta.env?.DEV && adapter.hasAnchors?.(root)) console.warn(`[tasklane/detect] ${adapter.id}: page landmarks found but no contacts — selectors may have drifted; the generic detector is serving.`);
  } catch {
    // Diagnostics never break detection.
  }
}

/**
 * A freshly added element too small to hold anything the generic detector looks for — no '@', no
 * run of digits a phone number could be, no link or structured data, too little text for a
 * signature block — is not worth its text walk. Busy pages add thousands of these (a label chip,
 * a re-rendered date), and the content script sees each one.
 */
function tooSmallForGeneric(root: ParentNode): boolean {
  if ((root as Node).nodeType !== 1) return false;
  const element = root as Element;
  const text = element.textContent ?? '';
  return text.length < 40 && !text.includes('@') && !/\d[\d\s().+\-]{5,}\d/.test(text) && !element.querySelector('a[href], [itemscope], [itemtype], .vcard, script');
}

/**
 * Layered detection: the site's adapter adds what only it knows (roles, record ids, context),
 * the generic core always runs beside it, and the two are merged per person (the adapter's role
 * and anchor lead; the generic core adds the people the adapter missed and any field it lacked).
 * `site` names the page's site whoever found the people. Never throws.
 */
function detectOn(parts: DetectorParts, root: ParentNode, url: URL, opts: DetectOptions = {}): DetectResult {
  const { adapters, readers } = parts;
  const doc = documentOf(root);
  const adapter = opts.genericOnly ? null : adapterAmong(adapters, url, doc);
  const site: SiteId = adapter?.id ?? 'generic';
  let selfEmail = opts.selfEmail ?? null;
  // Looked up only when the caller did not say (null is an answer: not known on this page).
  if (opts.selfEmail === undefined && doc) selfEmail = contextOn(parts, doc, url).selfEmail;
  // A fresh element the adapter can tell at a glance holds no one skips the adapter's pass.
  const skipAdapter = !adapter || (adapter.mayHold !== undefined && (root as Node).nodeType === 1 && !safely(true, () => adapter.mayHold!(root as Element)));
  let fromAdapter: DetectedContact[] = [];
  if (adapter && !skipAdapter) {
    try {
      fromAdapter = adapter.detect(root, url);
    } catch (err) {
      if (import.meta.env?.DEV) console.warn(`[tasklane/detect] ${adapter.id} adapter failed`, err);
    }
    if (!fromAdapter.length) reportDrift(adapter, root, opts);
  }
  const placed = inTheirRows(adapter, fromAdapter);
  const fromGeneric = opts.adapterOnly || genericNotNeeded(root, adapter, skipAdapter, placed) ? [] : safely([], () => detectGeneric(root, knownAddresses(fromAdapter), adapter?.listRow, readers, coveredRows(adapter, placed), adapter?.parts?.body, parts.signatures));
  let contacts = normaliseContacts([...placed, ...newToAdapter(placed, inTheirRows(adapter, fromGeneric))], selfEmail, opts.audience, parts.mention, parts.notName);
  // After the merge: a signature's role has given its phone and company to its person by then.
  if (adapter?.records) for (const c of contacts) if (c.role === 'signature') c.role = 'mentioned';
  if (parts.company && doc) contacts = safely(contacts, () => parts.company!(contacts, doc, url, contextOn(parts, doc, url), site));
  return { site, contacts: addedByGeneric(contacts, fromAdapter) ? inPageOrder(contacts) : contacts };
}

/**
 * When the generic core has nothing to add, on the hot paths of a busy page: an element the
 * adapter can tell at a glance holds no one (its mayHold reads attributes, not classes), a tiny
 * element, or a piece of a list row whose people the adapter has just read (the row's preview
 * text holds snippets, not people). A row the adapter found nobody in still gets the generic core.
 */
function genericNotNeeded(root: ParentNode, adapter: SiteAdapter | null, skipAdapter: boolean, placed: readonly DetectedContact[]): boolean {
  if (adapter && (root as Node).nodeType === 1) {
    if (skipAdapter) return true;
    // The adapter's people carry their row: no layout or text read is needed to tell.
    const row = placed.length ? placed[0]!.row : undefined;
    if (row && (row === root || row.contains(root as Element)) && placed.every((c) => c.row === row)) return true;
  }
  return tooSmallForGeneric(root);
}

/** List rows whose people the adapter read: the generic core leaves them alone. */
function coveredRows(adapter: SiteAdapter | null, placed: readonly DetectedContact[]): ((el: Element) => boolean) | undefined {
  const listRow = adapter?.listRow;
  const rows = new Set(placed.flatMap((c) => (c.row ? [c.row] : [])));
  if (!listRow || !rows.size) return undefined;
  return (el) => {
    const row = closestOf(el, listRow);
    return row !== null && rows.has(row);
  };
}

/** True when the generic core found someone the adapter did not (then the merged list is put
 *  back in page order: the adapter's people come first in it otherwise). */
function addedByGeneric(contacts: readonly DetectedContact[], fromAdapter: readonly DetectedContact[]): boolean {
  const anchors = new Set(fromAdapter.map((c) => c.anchor));
  return contacts.some((c) => !anchors.has(c.anchor));
}

/** Contacts in the order their first sightings appear on the page (people listed top to bottom,
 *  as the rep reads them). Bounded: a huge list keeps the merge's order. */
function inPageOrder(contacts: DetectedContact[]): DetectedContact[] {
  if (contacts.length > 500) return contacts;
  return [...contacts].sort((a, b) => (a.anchor === b.anchor ? 0 : comesBefore(a.anchor, b.anchor) ? -1 : 1));
}

/** A find inside the adapter's list rows belongs to its row (DetectedContact.row), whichever layer
 *  found it: a sender of two emails is two follow-ups, never one. A message list's row shows its
 *  email's sender, so a person the row only mentions is that sender. */
function inTheirRows(adapter: SiteAdapter | null, contacts: DetectedContact[]): DetectedContact[] {
  const listRow = adapter?.listRow;
  if (!listRow) return contacts;
  return contacts.map((c) => {
    const row = c.row ?? closestOf(c.anchor, listRow);
    return row ? { ...c, row, role: c.role === 'mentioned' ? 'sender' : c.role } : c;
  });
}

/**
 * The generic finds of people the adapter placed fill in what the adapter lacked (a name, a phone,
 * a company) and go: the adapter's anchors are where those people's buttons belong, and a second
 * sighting of them in the same header would only cost the page. The rest are new people.
 */
const HEADER_ROLES: ReadonlySet<string> = new Set(['sender', 'recipient', 'cc']);

function newToAdapter(fromAdapter: DetectedContact[], fromGeneric: DetectedContact[]): DetectedContact[] {
  if (!fromAdapter.length) return fromGeneric;
  const placed = new Map<string, DetectedContact[]>();
  for (const c of fromAdapter) if (c.email) placed.set(c.email, [...(placed.get(c.email) ?? []), c]);
  return fromGeneric.filter((g) => {
    const same = g.email ? placed.get(g.email)?.filter((a) => a.row === g.row) : undefined;
    if (!same?.length) return true;
    for (const a of same) {
      // An adapter that could only say "mentioned" yields to a header label the core read.
      if (a.role === 'mentioned' && HEADER_ROLES.has(g.role)) a.role = g.role;
      a.name ??= g.name;
      a.phone ??= g.phone;
      a.company ??= g.company;
    }
    return false;
  });
}

function knownAddresses(contacts: readonly DetectedContact[]): Set<string> {
  const known = new Set<string>();
  for (const c of contacts) if (c.email) known.add(c.email.toLowerCase());
  return known;
}

export interface Detector {
  adapters: readonly SiteAdapter[];
  /** The adapter for a page: by its host first (Gmail, Outlook, the CRMs), else — given the page
   *  — by what the page is, for apps that run on any domain (Roundcube on a company's own host). */
  adapterFor(url: URL, doc?: Document | null): SiteAdapter | null;
  /** The adapter's page context, or an empty one (never throws). With `anchor`, the context of
   *  the row or conversation that element belongs to (see SiteAdapter.context). Where the adapter
   *  knows no signed-in account (or there is no adapter), the page's chrome may show it (./self.ts). */
  pageContext(doc: Document, url: URL, anchor?: Element): PageContext;
  /** Layered detection under root (see detectOn). Never throws. */
  detectPage(root: ParentNode, url: URL, opts?: DetectOptions): DetectResult;
}

/** What a detector is made of: its sites' adapters and the generic core's extra readers. */
export interface DetectorParts {
  adapters: readonly SiteAdapter[];
  /** Readers beside the generic core's own (./generic/records.ts on record pages). */
  readers?: readonly GenericReader[];
  /** The generic core's sign-off block reader (./quoted-signatures.ts signatureContacts; the
   *  content scripts load it late: lib/content/signatures-loader.ts); left out, no sign-off block
   *  is read. */
  signatures?: SignatureReader;
  /** Where no adapter names the signed-in account, a reading of the page's chrome (./self.ts). */
  chromeSelf?: (doc: Document) => string | null;
  /** Gives the page's company to its people who have none (./generic/page-company.ts). */
  company?: (contacts: DetectedContact[], doc: Document, url: URL, context: PageContext, site: SiteId) => DetectedContact[];
  /** Gives a phone in a sentence to the person it names ("Marc can be reached on …",
   *  ./phone-mention.ts); left out, such a phone goes to the message's sender like any other. */
  mention?: MentionReader;
  /** What on a record page is never a card's person (./owner-field.ts); left out, nothing. */
  notName?: (el: Element) => boolean;
}

export function makeDetector(parts: DetectorParts): Detector {
  return {
    adapters: parts.adapters,
    adapterFor: (url, doc) => adapterAmong(parts.adapters, url, doc),
    pageContext: (doc, url, anchor) => contextOn(parts, doc, url, anchor),
    detectPage: (root, url, opts) => detectOn(parts, root, url, opts),
  };
}
