// A CRM's navigation is never a person's name (round 8, lane C kind 2): a deal's participant whose
// card names nobody read the breadcrumb's "Tratos" (Deals) as their name. A participant's own name
// line (no link, no name class) is theirs, and a person in a list of such cards is no record.

import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/detect/index';
import { isNavigation } from '../../../lib/detect/generic/nav-names';
import { parseWithHappyDom, parseWithLinkedom } from './helpers';

const DEAL = 'https://iberica-ventas.pipedrive.com/deal/3307';
const page = (crumb: string, nameLine: string) => `<html><body>
  <div class="crumbs">${crumb}</div>
  <div class="hdr"><div data-testid="header-title">Suministro de envases 2027</div></div>
  <section><div class="card-title">Participantes (1)</div>
    <div class="participant">${nameLine}
      <div class="row"><span>Correo electrónico</span><span>rbenavent@envases-levante.es</span></div>
      <div class="row"><span>Teléfono</span><span>+34 963 51 22 57</span></div></div></section></body></html>`;
const people = (html: string) => detectPage(parseWithLinkedom(html), new URL(DEAL)).contacts.map((c) => [c.name, c.email, c.role]);

describe('navigation and breadcrumbs', () => {
  it('name nobody when the participant\'s card has no name (a breadcrumb link, a nav section)', () => {
    for (const crumb of ['<a href="/pipeline/1">Tratos</a> › <span>Suministro</span>', '<nav><a href="/x">Ventas Iberia</a></nav>', '<a href="/deals">Negócios</a>', '<a href="/deals">Affaires</a>', '<a href="/deals">Geschäfte</a>']) {
      expect(people(page(crumb, ''))).toEqual([[null, 'rbenavent@envases-levante.es', 'record']]);
    }
  });
  it('leave the participant\'s own name line theirs', () => {
    expect(people(page('<a href="/pipeline/1">Tratos</a>', '<div class="who">Rocío Benavent</div>'))).toEqual([['Rocío Benavent', 'rbenavent@envases-levante.es', 'record']]);
  });
  it('knows the section words in several languages, and a person is no section', () => {
    const doc = parseWithHappyDom('<div><b>Tratos</b><b>交易</b><b>商談</b><b>联系人</b><b>Contactos</b><b>Leads</b><b>Home</b><b>Trattative</b><b>Marta Home</b><b>Dana Deal</b></div>');
    expect([...doc.querySelectorAll('b')].map((b) => isNavigation(b))).toEqual([true, true, true, true, true, true, true, true, false, false]);
  });
});

describe('a labelled value beside a person\'s card', () => {
  const OPP = new URL('https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000XyZ12AAB/view');
  it.each([
    ['<dl><dt>Role:</dt><dd>Technical Contact</dd><dt>Email:</dt><dd><a href="mailto:meera@agro.example">meera@agro.example</a></dd></dl>'],
    ['<ul><li><div>役割:</div><div>意思決定者</div></li><li><div>メール:</div><div><a href="mailto:meera@agro.example">meera@agro.example</a></div></li></ul>'],
    ['<ul><li><span>Funktion:</span><span>Technischer Ansprechpartner</span></li><li><span>E-Mail:</span><span>meera@agro.example</span></li></ul>'],
  ])('is that field\'s value, not the name: the card\'s link names them (%#)', (rows) => {
    const html = `<html><body><article class="slds-card"><ul><li><article class="tile"><h3><a href="/lightning/r/Contact/0035g00000Qw3rUAAR/view">Meera Iyer</a></h3><div class="detail">${rows}</div></article></li></ul></article></body></html>`;
    const found = detectPage(parseWithLinkedom(html), OPP).contacts.find((c) => c.email === 'meera@agro.example');
    expect(found?.name).toBe('Meera Iyer');
  });
});
