// Round 8, lane B kind 2: a signature laid out as a table, each number's label in a cell of its own
// ("Tel." | "+39 …", "Tél." / "Port.", "Tel." / "Móvil", "電話" / "携帯"): the label is read with the
// number beside it, the mobile is the signer's phone before an office line above it, and a fax
// is never the phone.
import { describe, expect, it } from 'vitest';
import { signatureWithPhones } from '../../../lib/detect/signature-phones';
import { parseWithLinkedom } from './helpers';

function sigOf(rows: [string, string][], name = 'Giulia Marchetti', company = 'Officine Brenta S.r.l.') {
  const cells = rows.map(([label, value]) => `<tr><td>${label}</td><td>${value}</td></tr>`).join('');
  const doc = parseWithLinkedom(`<html><body><div id="b"><div>Buongiorno,<br>le invio in allegato l'offerta aggiornata.<br><br>Cordiali saluti,<br><table><tbody><tr><td colspan="2"><b>${name}</b></td></tr><tr><td colspan="2">${company}</td></tr>${cells}</tbody></table></div></div></body></html>`);
  return signatureWithPhones(doc.getElementById('b')!);
}

describe('a table signature', () => {
  it.each([
    ['it', [['Tel.', '+39 049 872 3410'], ['Cell.', '+39 335 612 7788'], ['Fax', '+39 049 872 3499']], '+39 335 612 7788'],
    ['it, national numbers', [['Tel.', '049 8723410'], ['Cell.', '335 6127788']], '335 6127788'],
    ['fr', [['Tél.', '01 42 68 53 00'], ['Port.', '06 12 34 56 78']], '06 12 34 56 78'],
    ['es', [['Tel.', '+34 91 123 45 67'], ['Móvil', '+34 612 345 678']], '+34 612 345 678'],
    ['ja', [['電話', '03-5412-7788'], ['携帯', '090-1234-5678']], '090-1234-5678'],
  ] as [string, [string, string][], string][])('%s: the mobile is the signer\'s phone', (_, rows, phone) => {
    expect(sigOf(rows)).toMatchObject({ name: 'Giulia Marchetti', phone, company: 'Officine Brenta S.r.l.' });
  });

  it('never takes the fax, even in the first row', () => {
    expect(sigOf([['Fax', '+39 049 872 3499'], ['Tel.', '+39 049 872 3410']])?.phone).toBe('+39 049 872 3410');
    expect(sigOf([['Fax', '+39 049 872 3499']])?.phone ?? null).toBeNull();
  });

  it('keeps the office line when there is no mobile, and a label cell is no company', () => {
    const sig = sigOf([['Tel.', '+39 049 872 3410'], ['Fax', '+39 049 872 3499']], 'Giulia Marchetti', 'Responsabile Commerciale');
    expect(sig).toMatchObject({ phone: '+39 049 872 3410', company: null });
  });
});

describe('a signature over a forwarded message that starts with the signer\'s first name', () => {
  it('keeps the signer\'s own number, not the forwarded writer\'s', () => {
    const body = parseWithLinkedom(`<html><body><div class="pre">Hola Jordan:<br><br>Te reenvío lo de la faena.<br><br>Saludos,<br>Camila Rojas Pérez<br>Compradora · Minera Sur SpA<br>+56 9 7654 3210<br><br>-----Mensaje original-----<br>De: Tomás Vidal &lt;tvidal@minerasur.example&gt;<br><br>Camila, revisemos el contrato.<br><br>Tomás Vidal<br>Fono: +56 2 2987 6543</div></body></html>`).querySelector('.pre')!;
    const info = signatureWithPhones(body);
    expect(info?.name).toBe('Camila Rojas Pérez');
    expect(info?.phone).toBe('+56 9 7654 3210');
  });
});
