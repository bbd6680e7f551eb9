// A list row's preview signed by the row's sender gives the sender that number (issue 14, kind 6):
// only when the number's own sentence names the sender, and a number goes to one person only.

import { describe, expect, it } from 'vitest';
import { makeContact } from '../../../lib/detect/contact';
import { withSignedRowPhones } from '../../../lib/detect/row-phones';
import type { DetectedContact } from '../../../lib/detect/types';
import { parseWithLinkedom } from './helpers';

function rowWith(preview: string, senders: string[]): DetectedContact[] {
  const names = senders.map((n) => `<span class="who">${n}</span>`).join(', ');
  const doc = parseWithLinkedom(`<html><body><table><tr id="r"><td>${names}</td><td><span>${preview}</span></td><td><span>10:41 AM</span></td></tr></table></body></html>`);
  const row = doc.getElementById('r')!;
  return [...row.querySelectorAll('.who')].map((el, i) => ({ ...makeContact({ name: senders[i]!, email: `p${i}@example.org` }, 'sender', el), row }));
}

describe('withSignedRowPhones', () => {
  it('gives the sender the number they sign with', () => {
    const [rachel] = withSignedRowPhones(rowWith('Hi Jordan, please double the order. Thanks, Rachel Ng, Practice Manager, +1 (206) 555-0117', ['Rachel Ng']));
    expect(rachel!.phone).toBe('+1 (206) 555-0117');
  });

  it('leaves a number the sender passes on (another person’s line)', () => {
    const [omar] = withSignedRowPhones(rowWith('Jordan, please call our front desk lead Mia Torres on +1 (503) 555-0190 before you arrive. Omar', ['Omar Haddad']));
    expect(omar!.phone).toBeNull();
  });

  it('gives the number to one sender of a thread only', () => {
    const people = withSignedRowPhones(rowWith('Thanks, Rachel Ng, +1 (206) 555-0117', ['Rachel Ng', 'Rachel Ng']));
    expect(people.filter((p) => p.phone).length).toBe(1);
  });

  it('reads no row of a person without a name, or outside a row', () => {
    const [nameless] = withSignedRowPhones(rowWith('Thanks, Rachel Ng, +1 (206) 555-0117', ['']).map((c) => ({ ...c, name: null })));
    expect(nameless!.phone).toBeNull();
  });
});
