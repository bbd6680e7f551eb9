// A number is never a person's name (blind set 6: a Turkish "0 (212) 294 61 08" came back as a
// name with no phone): whatever reader hands a number in the name's place, the CLI and the
// background store it as the phone.

import { describe, expect, it } from 'vitest';
import { normaliseContact } from '../../../lib/background/contacts';
import { withE164Phones } from '../../../lib/detect/phone';

const contact = (name: string | null, phone: string | null = null) => ({ name, email: 'a@b.example', phone, company: null });

describe('a number in the name', () => {
  it('becomes the phone', () => {
    expect(withE164Phones([contact('0 (212) 294 61 08')], 'TR')).toEqual([contact(null, '+902122946108')]);
    expect(withE164Phones([contact('+234 803 555 0192')])).toEqual([contact(null, '+2348035550192')]);
    expect(normaliseContact({ name: '0800 917 3340', email: 'a@b.example' }, 'en-GB')).toEqual({ email: 'a@b.example', phone: '+448009173340' });
  });

  it('keeps a phone already there, and real names', () => {
    expect(withE164Phones([contact('050 331 8842', '+966503318842')])).toEqual([contact(null, '+966503318842')]);
    expect(withE164Phones([contact('Şükrü Yılmaz')])[0]!.name).toBe('Şükrü Yılmaz');
    expect(withE164Phones([contact('Agent 007')])[0]!.name).toBe('Agent 007');
  });
});
