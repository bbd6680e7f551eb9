// A list row is walked for its sender's signed number only when its text can hold one: a row whose
// digits are an order or invoice number, a count or a date has none to give (perf10: the bench's
// busy inbox walked a fifth of its new rows, ~70 DOM calls each, for 'PO 88412' and 'INV-2291').
import { describe, expect, it } from 'vitest';
import { makeContact } from '../../../lib/detect/contact';
import { withSignedRowPhones } from '../../../lib/detect/row-phones';
import { findPhones, MAY_HOLD_PHONE } from '../../../lib/detect/phone-scan';
import { walkText } from '../../../lib/detect/dom';
import type { DetectedContact } from '../../../lib/detect/types';
import { listFixtures, parseWithLinkedom } from './helpers';

/** A row of one sender whose first-child reads (the walk's first step) are counted. */
function countedRow(preview: string): { people: DetectedContact[]; walks: () => number } {
  const doc = parseWithLinkedom(`<html><body><table><tr id="r"><td><span class="who">Rachel Ng</span></td><td><span>${preview}</span></td><td><span>10:41 AM</span></td></tr></table></body></html>`);
  const row = doc.getElementById('r')!;
  let walks = 0;
  const first = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Object.getPrototypeOf(Object.getPrototypeOf(row))), 'firstChild')
    ?? Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Object.getPrototypeOf(Object.getPrototypeOf(Object.getPrototypeOf(row)))), 'firstChild');
  Object.defineProperty(row, 'firstChild', { get() { walks++; return first?.get?.call(this) ?? null; } });
  return { people: [{ ...makeContact({ name: 'Rachel Ng', email: 'rachel@example.org' }, 'sender', row.querySelector('.who')!), row }], walks: () => walks };
}

describe('withSignedRowPhones: which rows are walked', () => {
  it('does not walk a row whose digits are an order number, an invoice number, a count', () => {
    for (const preview of ['Re: PO 88412 approved', 'Invoice INV-2291 is 45 days overdue', 'Volume discount for 200 units', 'Still failing after 4.2.1, ticket 20241 attached']) {
      const { people, walks } = countedRow(preview);
      withSignedRowPhones(people);
      expect(walks(), preview).toBe(0);
      expect(people[0]!.phone).toBeNull();
    }
  });

  it('still walks a row that signs with a number, and gives it to the sender', () => {
    const { people, walks } = countedRow('Thanks, Rachel Ng, Practice Manager, +1 (206) 555-0117');
    withSignedRowPhones(people);
    expect(walks()).toBeGreaterThan(0);
    expect(people[0]!.phone).toBe('+1 (206) 555-0117');
  });

  it('never turns away a text in which findPhones finds a number (every fixture text node)', () => {
    let numbers = 0;
    for (const fixture of listFixtures()) {
      const doc = parseWithLinkedom(fixture.html);
      walkText(doc, (text) => {
        if (!findPhones(text).length) return;
        numbers++;
        expect(MAY_HOLD_PHONE.test(text), `${fixture.name}: ${text.slice(0, 80)}`).toBe(true);
      }, { maxNodes: 100_000, maxChars: 1_000_000 });
    }
    expect(numbers).toBeGreaterThan(100);
  });
});
