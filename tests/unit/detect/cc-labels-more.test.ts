// Cc read as a recipient (issue 14, eighth held-out round): Gmail in Dutch and Hebrew, and the Cc
// labels of Swedish, Turkish, Indonesian and Hindi UIs. Gmail's short "to me, Pieter" line names
// To and Cc people alike under one "to" ("aan", "אל"): with the details rows beside it, their
// labels decide; an unknown Cc label left its person a recipient.

import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/detect/index';
import { lastLabelIn } from '../../../lib/detect/labels';
import { parseWithLinkedom } from './helpers';

/** A webmail's details table (no adapter: the generic core reads it): one row per label. */
function detailsPage(rows: [string, string, string][], dir = 'ltr'): string {
  const cells = rows.map(([label, name, email]) => `<tr><td>${label}</td><td><span title="${email}">${name}</span></td></tr>`).join('');
  return `<html dir="${dir}"><body><main><table>${cells}</table><p>Hello, see the quote attached.</p></main></body></html>`;
}

function rolesOn(html: string): Record<string, string> {
  const doc = parseWithLinkedom(html);
  return Object.fromEntries(detectPage(doc, new URL('https://webmail.example.org/mail/1')).contacts.map((c) => [c.email, c.role]));
}

describe('Cc labels in more languages', () => {
  it('reads each language’s Cc label with its colon (direction marks aside)', () => {
    for (const label of ['Kopia:', 'Bilgi:', 'Cc:', 'cc:', 'प्रतिलिपि:', '\u200fעותק:\u200f']) expect(lastLabelIn([label]), label).toBe('cc');
  });

  it('never reads the same words in a sentence as a label', () => {
    expect(lastLabelIn(['Kopia av avtalet bifogas '])).toBeNull();
    expect(lastLabelIn(['Bilgi için lütfen yazın '])).toBeNull();
    expect(lastLabelIn(['עותק של החוזה מצורף '])).toBeNull();
  });

  it('gives a details row’s Cc person the role cc, the To row’s the role recipient', () => {
    const people = (cc: string, to: string) =>
      rolesOn(detailsPage([[to, 'Anna Berg', 'anna.berg@kund.example'], [cc, 'Erik Lund', 'erik.lund@kund.example']]));
    for (const [cc, to] of [['Kopia:', 'Till:'], ['Bilgi:', 'Kime:'], ['Cc:', 'Kepada:'], ['प्रतिलिपि:', 'प्रति:'], ['עותק:', 'אל:']] as const) {
      const roles = people(cc, to);
      expect(roles['erik.lund@kund.example'], cc).toBe('cc');
      expect(roles['anna.berg@kund.example'], to).not.toBe('cc');
    }
  });
});
