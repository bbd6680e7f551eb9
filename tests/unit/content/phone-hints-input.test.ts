// Issue 14: the click sends the text a national number is written in with the contact, and the
// background reads the number in the country that text says rather than the browser's.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { normaliseContact } from '@/lib/background/contacts';
import { contactInput } from '@/lib/content/follow-up';
import type { DetectedContact } from '@/lib/detect';
import { ContactInputSchema } from '@/lib/model';
import { parseWithLinkedom } from '../detect/helpers';

function sender(email: string, signature: string, phone: string): DetectedContact {
  const doc = parseWithLinkedom(`<html lang="en-US"><body><div class="msg"><span class="from">Pat</span><div class="body">${signature}</div></div></body></html>`);
  return { name: 'Pat Lee', email, phone, company: null, role: 'sender', anchor: doc.querySelector('.from')! };
}

describe('a national number from a click', () => {
  it('carries its block through the schema and is stored in the person\'s country', () => {
    const input = contactInput(sender('pat@harbourfreight.com.au', 'Kind regards,<br>Pat Lee<br>Sydney NSW 2000<br>Mob: 0412 345 678', '0412 345 678'));
    expect(input.phoneBlock).toContain('Sydney NSW 2000 Mob: 0412 345 678');
    const parsed = v.parse(ContactInputSchema, input);
    expect(normaliseContact(parsed, 'en-US')?.phone).toBe('+61412345678');
  });

  it('reads the country from the block, not the browser, even on a German browser', () => {
    const input = contactInput(sender('megan@lonestar.example', 'Thanks,<br>Megan Carter<br>1200 Congress Ave, Austin, TX 78701<br>Direct: (512) 555-0134', '(512) 555-0134'));
    expect(normaliseContact(v.parse(ContactInputSchema, input), 'de-DE')?.phone).toBe('+15125550134');
    // Without the block the browser's country is all there is.
    expect(normaliseContact({ ...input, phoneBlock: undefined }, 'de-DE')?.phone).toBe('+495125550134');
  });

  it('refuses a block longer than a window around one number', () => {
    expect(v.safeParse(ContactInputSchema, { name: 'Pat', phone: '0412 345 678', phoneBlock: 'x'.repeat(641) }).success).toBe(false);
  });

  it('sends no block for a number with its own country code, and the browser\'s country still reads one without', () => {
    expect(contactInput(sender('pat@vendor.example', 'Tel: +44 20 7946 0321', '+44 20 7946 0321')).phoneBlock).toBeUndefined();
    expect(normaliseContact({ name: 'Pat', phone: '(415) 555-0134' }, 'en-US')?.phone).toBe('+14155550134');
  });

  it('refuses more than four hints', () => {
    expect(v.safeParse(ContactInputSchema, { name: 'Pat', phone: '0412 345 678', phoneHints: ['AU', 'NZ', 'GB', 'IE', 'US'] }).success).toBe(false);
  });
});
