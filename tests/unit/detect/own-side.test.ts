// The rep's own side on pages no adapter reads it from (lib/detect/own-side.ts): what makes a
// picker the rep's, a bar the signed-in user's, a name the account's — and what does not.
import { describe, expect, it } from 'vitest';
import { makeContact } from '@/lib/detect/contact';
import { pageContext } from '@/lib/detect/index';
import { fromPickerAddresses, withoutRep } from '@/lib/detect/own-side';
import { fixture, parseWithLinkedom } from './helpers';

const page = (html: string) => parseWithLinkedom(`<html><body>${html}</body></html>`);
const people = (doc: Document, known = false) => {
  const anchor = doc.body;
  const all = [makeContact({ name: 'Nora Quinn', email: 'nora@shop.example' }, 'recipient', anchor), makeContact({ name: 'Ivo Petrov', email: 'ivo@client.example' }, 'sender', anchor)];
  return withoutRep(all, doc, known).map((c) => c.email);
};

describe('own side', () => {
  it("a From picker's addresses are the rep's; a To combobox's are not", () => {
    expect(fromPickerAddresses(page('<div>Von: <select><option>Nora Quinn &lt;nora@shop.example&gt;</option><option>team@shop.example</option></select></div>'))).toEqual(['nora@shop.example', 'team@shop.example']);
    expect(fromPickerAddresses(page('<div>收件人 <div role="combobox">Ivo Petrov &lt;ivo@client.example&gt;</div></div>'))).toEqual([]);
    expect(fromPickerAddresses(page('<select name="_from"><option>nora@shop.example</option></select>'))).toEqual(['nora@shop.example']);
  });

  it("a top bar's signed-in words name the rep, not a message saying them", () => {
    expect(people(page('<div><span>Angemeldet als <b>Nora Quinn</b> (nora@shop.example) · <a href="/logout">Abmelden</a></span></div>'))).toEqual(['ivo@client.example']);
    expect(people(page('<article><p>I logged in as nora@shop.example yesterday.</p></article>'))).toEqual(['nora@shop.example', 'ivo@client.example']);
  });

  it('a person of exactly the account chrome’s name is the rep; a first name alone is not', () => {
    expect(people(page('<button aria-label="Account manager for Nora Quinn">NQ</button>'))).toEqual(['ivo@client.example']);
    expect(people(page('<div><span>Nora Quinn</span> <a href="/signout">Sign out</a></div>'))).toEqual(['ivo@client.example']);
    expect(people(page('<div><span>Nora</span> <a href="/signout">Sign out</a></div>'))).toEqual(['nora@shop.example', 'ivo@client.example']);
  });

  it('where the adapter read the account, only a From picker counts', () => {
    expect(people(page('<button aria-label="Account manager for Nora Quinn">NQ</button>'), true)).toEqual(['nora@shop.example', 'ivo@client.example']);
  });

  it("Outlook.com's adapter reads the account from its button's name and the address written with it (outlook.js has no own-side reader)", () => {
    const f = fixture('outlook-live-account-name-only');
    expect(pageContext(parseWithLinkedom(f.html), new URL(f.url)).selfEmail).toBe('priya.raman@outlook.com');
  });
});
