// Round 8, lane B kind 1: a number a sentence gives to a person named by first name only ("you can
// reach Dana on …", "ruf Jonas unter … an", "appelez Marie au …", "אפשר לדבר עם יעל ב-052-…") is
// the phone of the one person on the page with that first name (their address in the Cc row),
// never the sender's; with two people of that first name it is neither's.
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/detect/index';
import { parseWithLinkedom, toCliOutput } from './helpers';

const URL_ = 'https://mail.acme-sales.example/webmail/#Mail/INBOX/7';

function page(lang: string, cc: string, body: string): string {
  return `<html lang="${lang}"><head><title>Mail</title></head><body><div class="mail-view"><table class="headers">
<tr><td class="label">From</td><td><span class="contact" title="olaf.berg@nordlicht-pumpen.example">Olaf Berg</span></td></tr>
<tr><td class="label">To</td><td><span class="contact" title="alex.rep@acme-sales.example">Alex Rep</span></td></tr>
<tr><td class="label">Cc</td><td>${cc}</td></tr></table>
<div class="message-body">${body}</div></div></body></html>`;
}

const cc = (name: string, email: string) => `<span class="contact" title="${email}">${name}</span>`;

function phones(html: string): Record<string, string | null> {
  const doc = parseWithLinkedom(html);
  return Object.fromEntries(toCliOutput(detectPage(doc, new URL(URL_)), doc).contacts.map((c) => [c.email ?? c.name ?? '?', c.phone]));
}

describe('a first name in a sentence with a number', () => {
  it.each([
    ['en', 'Dana Weiss', 'Hi Alex,</p><p>for the install you can reach Dana on 052-7654321 until Thursday.', '+972527654321'],
    ['de', 'Jonas Keller', 'Hallo Alex,</p><p>bei Fragen zur Montage ruf Jonas unter 0171 2345678 an, er ist vor Ort.', '+491712345678'],
    ['fr', 'Marie Lefèvre', 'Bonjour Alex,</p><p>pour la livraison, appelez Marie au 06 12 34 56 78 demain matin.', '+33612345678'],
    ['he', 'יעל מזרחי', 'שלום אלכס,</p><p>לשאלות טכניות אפשר לדבר עם יעל ב-052-7654321 עד יום חמישי.', '+972527654321'],
  ])('%s: goes to the one person of that first name in Cc', (lang, name, text, phone) => {
    const email = 'cc.person@nordlicht-pumpen.example';
    const html = page(lang === 'en' ? 'en-IL' : lang, cc(name, email), `<p>${text}</p><p>Best regards,</p><p>Olaf Berg</p>`);
    const got = phones(html);
    expect(got[email]).toBe(phone);
    expect(got['olaf.berg@nordlicht-pumpen.example']).toBeNull();
  });

  it('goes to neither of two people who share the first name, nor to the sender', () => {
    const html = page('en-IL', `${cc('Dana Weiss', 'dana.weiss@nordlicht-pumpen.example')}, ${cc('Dana Cohen', 'dana.cohen@nordlicht-pumpen.example')}`,
      '<p>Hi Alex,</p><p>for the install you can reach Dana on 052-7654321 until Thursday.</p><p>Best regards,</p><p>Olaf Berg</p>');
    const got = phones(html);
    expect(got['dana.weiss@nordlicht-pumpen.example']).toBeNull();
    expect(got['dana.cohen@nordlicht-pumpen.example']).toBeNull();
    expect(got['olaf.berg@nordlicht-pumpen.example']).toBeNull();
  });

  it('a first name in an earlier clause is not the number\'s person: the one named next to it is', () => {
    const html = page('en-IL', cc('Avi Mizrahi', 'avi.mizrahi@nordlicht-pumpen.example'),
      '<p>Hi Alex,</p><p>Avi (in Cc) handles the install, and for deliveries talk to Danny from the warehouse on 052-9988776.</p><p>Best regards,</p><p>Olaf Berg</p>');
    expect(phones(html)['avi.mizrahi@nordlicht-pumpen.example']).toBeNull();
    const he = page('he', cc('אבי מזרחי', 'avi.mizrahi@nordlicht-pumpen.example'),
      '<p>שלום אלכס,</p><p>אבי (בהעתק) אחראי על ההתקנה, ולתיאום הגעה אפשר לדבר עם דני מהמחסן בטלפון 052-9988776.</p><p>בברכה,</p><p>Olaf Berg</p>');
    expect(phones(he)['avi.mizrahi@nordlicht-pumpen.example']).toBeNull();
  });
});
