// Rarer ways pages write people, read by the record kit and the CLI (ALL_READERS), not by the
// CRM script's own bundle (whose five apps write none of them): a field as one text
// ("联系人：王芳（销售经理）", "邮箱：wang@…"), two people in one table row ("A / B" over
// "a@…, b@…"), and a status column's value where a company belongs.

import { queryAll, textOf } from '../dom';
import { findEmails } from '../email-scan';
import { fieldOfLabel } from '../field-labels';
import { phoneFromField } from '../phone-scan';
import type { DetectedContact } from '../types';
import { LABEL_CANDIDATES, MAX_CANDIDATES, type Pair } from './fields';

/** A status or stage value ("Sent", "Draft", 进行中): never a company. */
const STATE = /^(sent|draft|pending|accepted|declined|rejected|expired|paid|unpaid|overdue|in progress|qualified|unqualified|active|inactive|open|closed|won|lost|new|已发送|草稿|待处理|已完成|进行中|已成交|跟进中|gesendet|entwurf|offen|envoyé|brouillon|enviado|borrador)$/i;

/** "label：value" in one text; a name without the title in brackets after it. */
function inlineField(raw: string, at: Element): Pair | null {
  const m = /^\s*([^:：]{1,20})[:：]\s*(\S[^:：]{0,80})$/u.exec(raw);
  const kind = m ? fieldOfLabel(m[1]!) : null;
  if (!kind) return null;
  const text = m![2]!.trim();
  const value = kind === 'email' ? findEmails(text, 1)[0]?.email : kind === 'phone' ? phoneFromField(text) : kind === 'name' ? text.replace(/\s*[(（][^()（）]{1,30}[)）]$/u, '') : text;
  return value ? { kind, value, at } : null;
}

/**
 * Fields written inline ("联系人：王芳（销售经理）"): texts of the label candidates ./fields.ts reads
 * (./fields.ts pairsIn) with no element inside and no label of their own. They count on a page
 * that names its people so: elsewhere "电话：…" is a signature's line, read with its message. They
 * need an address among them too: a page of phone-only people is ./phone-record.ts's.
 */
export function inlinePairs(root: ParentNode): Pair[] {
  const inlines: Pair[] = [];
  for (const label of queryAll(root, LABEL_CANDIDATES).slice(0, MAX_CANDIDATES)) {
    const raw = label.textContent ?? '';
    // Only a link inside ("邮箱：<a href="mailto:…"><span>…</span></a>"): still one text.
    const pair = ![...label.querySelectorAll('*')].some((el) => !el.closest('a')) && (raw.length > 40 || !fieldOfLabel(raw)) && inlineField(raw, label);
    if (pair) inlines.push(pair);
  }
  return inlines.some((p) => p.kind === 'name') && inlines.some((p) => p.kind === 'email') ? pinRuns(inlines) : [];
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** The element a field's line is: its outermost ancestor with no other text (a wrapper around it is the line). */
function lineOf(el: Element): Element {
  const text = (el.textContent ?? '').trim();
  while (el.parentElement && (el.parentElement.textContent ?? '').trim() === text) el = el.parentElement;
  return el;
}

/** A heading among the siblings after line `a` and before line `b`. */
function headingBetween(a: Element, b: Element): boolean {
  for (let el = a.nextElementSibling; el && el !== b; el = el.nextElementSibling) if (el.matches(HEADINGS) || el.querySelector(HEADINGS)) return true;
  return false;
}

/**
 * Inline fields written as siblings with no element per person ("<h4>国内销售部</h4><p>联系人：…</p>
 * <p>手机：…</p><p>邮箱：…</p><h4>…"): ./fields.ts would make each line its own card, so the name
 * and phone never reach the address. A run of one parent's lines is one person, ended by a heading
 * or a second name or address (the next person's); its fields are pinned to its address's line.
 * A line is the field's element with any wrapper that holds nothing else.
 */
function pinRuns(pairs: Pair[]): Pair[] {
  const runs: Pair[][] = [];
  let run: Pair[] = [];
  for (const pair of pairs) {
    const last = run[run.length - 1];
    const [a, b] = last ? [lineOf(last.at), lineOf(pair.at)] : [];
    if (a && b && (a.parentElement !== b.parentElement || headingBetween(a, b) || (pair.kind !== 'phone' && run.some((p) => p.kind === pair.kind)))) {
      runs.push(run);
      run = [];
    }
    run.push(pair);
  }
  runs.push(run);
  return runs.flatMap((r) => {
    const email = r.find((p) => p.kind === 'email');
    return email ? r.map((p) => ({ ...p, at: email.at })) : r;
  });
}

const NAME_SPLIT = /\s*[/;；、,，&]\s*|\s+(?:and|und|et|y)\s+|\s*和\s*/;

/**
 * A table reader's people as they are: two people in one row ("Owen Lewis / Megan Hughes" over
 * "owen@…, megan@…") are one person per address, named in the same order when the names split
 * as many ways (the first keeps the row's phone); a company that is a status value is none.
 */
export function rowPeople(read: (root: ParentNode) => DetectedContact[]): (root: ParentNode) => DetectedContact[] {
  return (root) =>
    read(root).flatMap((c) => {
      if (c.company && STATE.test(c.company.trim())) c.company = null;
      const row = c.email ? c.anchor.closest('tr, [role="row"]') : null;
      const emails = row ? [...new Set(findEmails(textOf(row, 600), 6).map((hit) => hit.email))] : [];
      if (emails.length < 2 || emails[0] !== c.email) return [c];
      const names = (c.name ?? '').split(NAME_SPLIT).filter(Boolean);
      const named = names.length === emails.length;
      return emails.map((email, i) => ({ ...c, email, name: named ? names[i]! : names.length === 1 && !i ? c.name : null, phone: i ? null : c.phone }));
    });
}
