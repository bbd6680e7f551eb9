// People a page describes on purpose: schema.org Person (microdata and JSON-LD) and hCard
// (microformats v1 "vcard" and v2 "h-card").

import { makeContact } from '../contact';
import { attr, closestOf, documentOf, queryAll, queryOne, textOf } from '../dom';
import { emailFromMailto, validEmail } from '../email-scan';
import { phoneFromField } from '../phone-scan';
import type { DetectedContact } from '../types';

const MICRODATA_PERSON = '[itemscope][itemtype*="schema.org/Person"]';
const JSON_LD = 'script[type="application/ld+json"]';
const HCARD = '.vcard, .h-card';
const MAX_JSON_CHARS = 100_000;
const MAX_JSON_NODES = 500;

function emailFrom(value: string | null): string | null {
  if (!value) return null;
  return emailFromMailto(value) ?? validEmail(value);
}

/** Microdata property value: content/href attributes first, then text. */
function itemValue(el: Element | null): string | null {
  if (!el) return null;
  return attr(el, 'content') ?? attr(el, 'href') ?? (textOf(el, 200) || null);
}

/** The first itemprop=name directly owned by scope (not by a nested item such as worksFor). */
function ownProp(scope: Element, prop: string): Element | null {
  for (const el of queryAll(scope, `[itemprop~="${prop}"]`)) {
    const owner = el.parentElement ? closestOf(el.parentElement, '[itemscope]') : null;
    if (owner === scope && el !== scope) return el;
  }
  return null;
}

function detectMicrodata(root: ParentNode): DetectedContact[] {
  return queryAll(root, MICRODATA_PERSON).slice(0, 200).map((person) => {
    const org = ownProp(person, 'worksFor') ?? ownProp(person, 'affiliation');
    const orgName = org ? (org.hasAttribute('itemscope') ? itemValue(ownProp(org, 'name')) : itemValue(org)) : null;
    return makeContact({
      name: itemValue(ownProp(person, 'name')),
      email: emailFrom(itemValue(ownProp(person, 'email'))),
      phone: phoneFromField(itemValue(ownProp(person, 'telephone'))),
      company: orgName,
    }, 'mentioned', ownProp(person, 'name') ?? person);
  });
}

type Json = unknown;

function str(v: Json): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

function isPerson(node: Record<string, Json>): boolean {
  const t = node['@type'];
  return t === 'Person' || (Array.isArray(t) && t.includes('Person'));
}

function orgName(v: Json): string | null {
  if (Array.isArray(v)) return orgName(v[0]);
  if (v && typeof v === 'object') return str((v as Record<string, Json>)['name']);
  return str(v);
}

/** Walks parsed JSON-LD (bounded) and collects Person nodes. */
function personsIn(data: Json, out: Record<string, Json>[], budget: { left: number }, depth = 0): void {
  if (budget.left-- <= 0 || depth > 8 || !data || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    for (const item of data) personsIn(item, out, budget, depth + 1);
    return;
  }
  const node = data as Record<string, Json>;
  if (isPerson(node)) out.push(node);
  for (const key of Object.keys(node)) if (key !== '@context') personsIn(node[key], out, budget, depth + 1);
}

function detectJsonLd(root: ParentNode): DetectedContact[] {
  const out: DetectedContact[] = [];
  const doc = documentOf(root);
  for (const script of queryAll(root, JSON_LD).slice(0, 20)) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_CHARS) continue;
    let data: Json;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    const persons: Record<string, Json>[] = [];
    personsIn(data, persons, { left: MAX_JSON_NODES });
    // JSON-LD is invisible: anchor the button at the page's main heading.
    const anchor = queryOne(doc, 'main h1, h1') ?? doc?.body ?? script;
    for (const p of persons.slice(0, 50)) {
      out.push(makeContact({
        name: str(p['name']),
        email: emailFrom(str(p['email'])),
        phone: phoneFromField(str(p['telephone'])),
        company: orgName(p['worksFor'] ?? p['affiliation']),
      }, 'mentioned', anchor));
    }
  }
  return out;
}

function firstOf(card: Element, selector: string): Element | null {
  return queryOne(card, selector);
}

function detectHCard(root: ParentNode): DetectedContact[] {
  return queryAll(root, HCARD).slice(0, 200).map((card) => {
    const fn = firstOf(card, '.fn, .p-name');
    const emailEl = firstOf(card, '.email, .u-email');
    const telEl = firstOf(card, '.tel, .p-tel');
    const org = firstOf(card, '.org, .p-org');
    return makeContact({
      name: fn ? textOf(fn, 200) : null,
      email: emailEl ? emailFrom(attr(emailEl, 'href') ?? textOf(emailEl, 200)) : null,
      phone: telEl ? phoneFromField(attr(telEl, 'href') ?? textOf(telEl, 60)) : null,
      company: org ? textOf(org, 200) : null,
    }, 'mentioned', fn ?? card);
  });
}

export function detectStructured(root: ParentNode): DetectedContact[] {
  return [...detectMicrodata(root), ...detectJsonLd(root), ...detectHCard(root)];
}
