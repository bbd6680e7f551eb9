// Round 10, lane names10 (issue 14) kind 1: a record in an edit or quick-create form names its
// person only in its inputs' values — read them (first + last, family name first where the
// language writes it so), never a placeholder, a password or a search box.
import { describe, expect, it } from 'vitest';
import '../../../lib/detect/index';
import { valueOf } from '../../../lib/detect/dom';
import { fieldOfLabel, joinName } from '../../../lib/detect/field-labels';
import { detectFields } from '../../../lib/detect/generic/fields';
import { ariaPairs } from '../../../lib/detect/generic/aria-fields';
import { parseWithLinkedom } from './helpers';

const namesOf = (html: string) => detectFields(parseWithLinkedom(`<html><body>${html}</body></html>`), undefined, undefined, undefined, ariaPairs).map((c) => c.name);

describe('a form that names its person only in its inputs', () => {
  it('reads a required mark before the label ("*Nachname") and Dutch and Hungarian name labels', () => {
    expect(fieldOfLabel('*Nachname')).toBe('last');
    expect(fieldOfLabel('Voornaam')).toBe('first');
    expect(fieldOfLabel('Achternaam')).toBe('last');
    expect(fieldOfLabel('Vezetéknév')).toBe('last');
  });

  it('puts the family name first only where the labels say the language writes it so', () => {
    expect(joinName('Kovács', 'Eszter', true)).toBe('Kovács Eszter');
    expect(joinName('van Dijk', 'Sanne')).toBe('Sanne van Dijk');
  });

  it('never reads a password or a search box, nor a placeholder', () => {
    const doc = parseWithLinkedom('<html><body><input aria-label="E-mail" type="password" value="hunter2@x.example"><input aria-label="Achternaam" type="search" value="Bakker"><input aria-label="Voornaam" placeholder="Jan"><input aria-label="Telefoon" value="+31 20 123 4567"></body></html>');
    expect(ariaPairs(doc).map((p) => `${p.kind} ${p.value}`)).toEqual(['phone +31 20 123 4567']);
    expect(valueOf(parseWithLinkedom('<div id="c"><input placeholder="Jan"></div>').getElementById('c'))).toBeNull();
  });

  it('reads inputs labelled only by aria-label, and the split name nearer the address over a list column behind it', () => {
    const grid = '<div role="grid"><div role="row"><div>Volledige naam</div><div>Geen gegevens</div></div></div>';
    const panel = '<section><input aria-label="Voornaam" value="Sanne"><input aria-label="Achternaam" value="van Dijk"><input aria-label="Zoeken" type="search" value="Bakker"><div><span>E-mail</span><span>s.vandijk@hooglandbouw.example</span></div></section>';
    expect(namesOf(grid + panel)).toEqual(['Sanne van Dijk']);
    expect(namesOf('<section><div><div>Vezetéknév</div><div>Keresztnév</div><div>E-mail</div></div><input aria-label="Keresztnév" value="Eszter"><input aria-label="Vezetéknév" value="Kovács"><input aria-label="E-mail" value="kovacs.eszter@alfoldigep.example"></section>')).toEqual(['Kovács Eszter']);
  });
});
