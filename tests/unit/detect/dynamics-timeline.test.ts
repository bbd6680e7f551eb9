// Dynamics 365's timeline phone calls: the caller of a "Phone Call from:" activity is a person with
// the body's "Phone number:" (lib/detect/mention-extras.ts, a labelled contact over a lone number;
// lib/detect/phone-scan.ts reads "Phone number:" as a phone's label), in each language the

import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/detect/index';
import { parseWithLinkedom } from './helpers';

const OPPORTUNITY = 'https://contoso.crm4.dynamics.com/main.aspx?pagetype=entityrecord&etn=opportunity&id=0a1b2c3d-0000-4000-8000-00000000abcd';
const call = (from: string, to: string, number: string) => `<html><body><h1 data-id="header_title">Rollout 2027 - Saved</h1><section data-id="notescontrol"><ul>
  <li><div><span>${from}</span><span>${to}</span></div><div><p>${number}</p><p>Rappel demandé.</p></div></li></ul></section></body></html>`;
const people = (html: string) => detectPage(parseWithLinkedom(html), new URL(OPPORTUNITY)).contacts.map((c) => [c.name, c.phone]);

describe('a timeline phone call', () => {
  it.each([
    ['Phone Call from: Grace Whitmore', 'To: Jordan Ellis', 'Phone number: +61 412 345 678', 'Grace Whitmore'],
    ['Appel téléphonique de : Camille Roche', 'À : Jordan Ellis', 'Numéro de téléphone : +33 6 12 34 56 78', 'Camille Roche'],
    ['Telefonanruf von: Jonas Brandt', 'An: Jordan Ellis', 'Telefonnummer: +49 151 23456789', 'Jonas Brandt'],
    ['电话呼叫来自：王海峰', '收件人：Jordan Ellis', '电话号码：+86 139 1234 5678', '王海峰'],
  ])('%s → the caller with the body\'s number', (from, to, number, name) => {
    expect(people(call(from, to, number))).toEqual([[name, number.replace(/^[^+]*/, '')]]);
  });

  it('without a number in its body gives nobody', () => {
    expect(people(call('Phone Call from: Grace Whitmore', 'To: Jordan Ellis', 'Left a voicemail.'))).toEqual([]);
  });
});
