// A record page read by its labels: "Email", "Phone", "Mobile", "Company", "Account", "邮箱",
// "电话", "手机", "公司"… each beside its value (dt/dd, th/td, label/input, or an element and the one
// after it). The labels are the page's own words for its fields, so they hold when a CRM renames
// its classes, and on CRMs no adapter knows.

import { makeContact } from '../contact';
import { comesBefore, queryAll, queryOne, textOf, valueOf } from '../dom';
import { emailFromMailto, findEmails, validEmail } from '../email-scan';
import { fieldOfLabel, type FieldKind } from '../field-labels';
import { phoneFromField } from '../phone-scan';
import type { DetectedContact } from '../types';

const LABEL_CANDIDATES = 'dt, th, label, span, div, td, strong, b, p, h4, h5, h6';
/** A page mentions these words when it shows a person's fields at all: anything else skips the
 *  label search (busy webmail pages add thousands of elements). */
const FIELD_WORDS = /e-?mail|phone|mobile|telefon|téléphone|teléfono|邮箱|电子邮件|电话|手机/i;
const MAX_CANDIDATES = 4_000;
const HEADING = 'h1, h2, h3, [role="heading"]';

function valueElementOf(label: Element): Element | null {
  const tag = label.tagName.toUpperCase();
  if (tag === 'LABEL') {
    const id = label.getAttribute('for');
    const target = id ? label.ownerDocument?.getElementById(id) : null;
    if (target) return target;
  }
  return label.nextElementSibling ?? (label.parentElement && label.parentElement.children.length === 1 ? label.parentElement.nextElementSibling : null);
}

function readValue(kind: FieldKind, el: Element): string | null {
  if (kind === 'email') {
    const link = el.matches('a[href]') ? el : queryOne(el, 'a[href^="mailto:" i]');
    const text = valueOf(el) ?? '';
    return (link ? emailFromMailto(link.getAttribute('href') ?? '') : null) ?? validEmail(text) ?? findEmails(text, 1)[0]?.email ?? null;
  }
  if (kind === 'phone') {
    const link = el.matches('a[href^="tel:" i]') ? el : queryOne(el, 'a[href^="tel:" i]');
    return phoneFromField(link?.getAttribute('href') ?? null) ?? phoneFromField(valueOf(el));
  }
  const text = valueOf(el);
  return text && text.length <= 120 ? text : null;
}

interface Pair { kind: FieldKind; value: string; at: Element }

function pairsIn(root: ParentNode): Pair[] {
  const pairs: Pair[] = [];
  for (const label of queryAll(root, LABEL_CANDIDATES).slice(0, MAX_CANDIDATES)) {
    if (label.childElementCount > 2) continue;
    const raw = label.textContent ?? '';
    if (raw.length > 40) continue;
    const kind = fieldOfLabel(raw);
    if (!kind) continue;
    const valueEl = valueElementOf(label);
    // A label whose "value" is another label is a column header, not a field.
    if (!valueEl || fieldOfLabel(valueEl.textContent ?? '')) continue;
    const value = readValue(kind, valueEl);
    if (value) pairs.push({ kind, value, at: valueEl });
  }
  return pairs;
}

/** The heading above the first field: a record page's title is its person's name. */
function headingBefore(el: Element): Element | null {
  const doc = el.ownerDocument;
  const headings = doc ? queryAll(doc, HEADING) : [];
  let best: Element | null = null;
  for (const h of headings) {
    if (comesBefore(h, el)) best = h;
    else break;
  }
  return best;
}

/** One record person per run of fields (a second Email label starts the next person). */
export function detectFields(root: ParentNode): DetectedContact[] {
  // A Document's own textContent is null: its root element holds the text.
  const node = (root as Node).nodeType === 9 ? (root as Document).documentElement : (root as Node);
  const text = node?.textContent ?? '';
  if (!FIELD_WORDS.test(text.slice(0, 200_000))) return [];
  const out: DetectedContact[] = [];
  let current: Partial<Record<FieldKind, string>> = {};
  let first: Element | null = null;
  const flush = () => {
    if (current.email || current.phone) {
      const heading = current.name ? null : headingBefore(first!);
      const name = current.name ?? (heading ? textOf(heading, 120) || null : null);
      out.push(makeContact({ ...current, name }, 'record', heading ?? first!));
    }
    current = {};
    first = null;
  };
  for (const pair of pairsIn(root)) {
    if (current[pair.kind] && pair.kind !== 'phone') flush();
    if (pair.kind === 'phone' && current.phone) continue;
    current[pair.kind] = pair.value;
    first ??= pair.at;
  }
  flush();
  return out;
}
