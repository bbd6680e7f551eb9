// Round 8, lane C kind 5: a sender shown by address alone (Roundcube's From without a display
// name) is the author of the signature under their message: one person with the signature's name,
// phone and company — not the address beside a second, nameless-address person.
import { describe, expect, it } from 'vitest';
import { makeContact } from '../../../lib/detect/contact';
import { attachToPeople } from '../../../lib/detect/ownership';
import { parseWithLinkedom } from './helpers';

const doc = parseWithLinkedom('<html><body><div id="top"></div><div id="head1"></div><div id="body1"><p id="sig1"></p></div><div id="head2"></div><div id="body2"><p id="sig2"></p></div></body></html>');
const at = (id: string) => doc.getElementById(id)!;
const sender = (id: string, email: string, name: string | null = null) => makeContact({ email, name }, 'sender', at(id));
const signature = (id: string) => makeContact({ name: 'Marta Ferreira', phone: '+351 22 610 4471', company: 'Costa Verde Conservas, S.A.' }, 'signature', at(id));
const people = (list: ReturnType<typeof makeContact>[]) => attachToPeople(list).map((c) => [c.name, c.email, c.phone, c.role]);

describe('an address-only sender', () => {
  it('takes the signature under their message', () => {
    expect(people([sender('head1', 'mferreira@costaverde.example'), signature('sig1')])).toEqual([['Marta Ferreira', 'mferreira@costaverde.example', '+351 22 610 4471', 'sender']]);
  });
  it('does not take a signature above their header (another message\'s)', () => {
    expect(people([sender('head2', 'mferreira@costaverde.example'), signature('sig1')])).toHaveLength(2);
  });
  it('does not take it when the page shows two senders', () => {
    expect(people([sender('head1', 'ops@costaverde.example'), sender('head2', 'jl@costaverde.example', 'João Lopes'), signature('sig2')])).toHaveLength(3);
  });
  it('a named sender keeps their own name against another\'s signature', () => {
    expect(people([sender('head1', 'lily@costaverde.example', 'Lily Chen'), signature('sig1')])).toHaveLength(2);
  });
});
