// A page handed over in pieces gets the same buttons, for people who know the same, as the page
// read whole. Browsers' parsers add a document in batches (Firefox on a cold load added a Gmail
// thread's first header in one batch and its body in the next), and the content script detects
// each batch's added subtrees on their own; placedPeople (lib/content/placed-people.ts) keeps one
// button per person and fills in what later batches learn.
import { describe, expect, it } from 'vitest';
import { fillIn, placedPeople } from '../../../lib/content/placed-people';
import { makeContact } from '../../../lib/detect/contact';
import { detectPage, pageContext, type DetectedContact } from '../../../lib/detect/index';
import { fixture, parseWithHappyDom } from '../detect/helpers';

interface Found { contact: DetectedContact }

/** Child-index path of an element from its document's body: the same place in two copies. */
function placeOf(el: Element): string {
  const path: number[] = [];
  for (let node: Element | null = el; node && node.localName !== 'body'; node = node.parentElement) {
    path.unshift(node.parentElement ? [...node.parentElement.children].indexOf(node) : -1);
  }
  return path.join('.');
}

const shown = (c: DetectedContact) => ({ at: placeOf(c.anchor), name: c.name, email: c.email, phone: c.phone, company: c.company });
/** The people offered and what each is known by, whichever of their sightings holds the button
 *  (in pieces the first one seen keeps it: a button never moves under the rep's pointer). */
const people = (list: ReturnType<typeof shown>[]) => list.map(({ at: _at, ...person }) => person).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** Whom the page read whole offers, where. */
function whole(html: string, url: string, selfEmail: string | null) {
  const doc = parseWithHappyDom(html, url);
  return detectPage(doc, new URL(url), { selfEmail }).contacts.map(shown);
}

/**
 * The page built node by node, as a parser adds it; every `batch` elements the outermost new
 * ones are detected on their own (as lib/content/batched-observer.ts hands them over) and placed.
 */
function inPieces(html: string, url: string, selfEmail: string | null, batch: number) {
  const source = parseWithHappyDom(html, url);
  const doc = parseWithHappyDom('<!doctype html><html><head></head><body></body></html>', url);
  const placed = placedPeople<Found>();
  const buttons: Found[] = [];
  let added: Element[] = [];
  const flush = () => {
    const batchSet = new Set(added);
    const roots = [...batchSet].filter((el) => {
      for (let p = el.parentElement; p; p = p.parentElement) if (batchSet.has(p)) return false;
      return true;
    });
    added = [];
    for (const root of roots) {
      for (const contact of detectPage(root, new URL(url), { selfEmail }).contacts) {
        const found = { contact };
        if (placed.claim(found)) buttons.push(found);
      }
    }
  };
  let count = 0;
  const copy = (from: Node, into: Node) => {
    for (let child = from.firstChild; child; child = child.nextSibling) {
      const clone = child.cloneNode(false);
      into.appendChild(clone);
      // While the document loads, text added to an element already there is that element's
      // change (lib/content/batched-observer.ts).
      added.push(clone.nodeType === 1 ? (clone as Element) : (into as Element));
      if (++count % batch === 0) flush();
      copy(child, clone);
    }
  };
  copy(source.body, doc.body);
  flush();
  return buttons.map((f) => shown(f.contact));
}

describe('a page handed over in pieces', () => {
  for (const name of ['gmail-thread', 'gmail-thread-zh', 'gmail-thread-ru', 'outlook-reading-pane', 'outlook-thread-cc', 'outlook-reading-pane-legal-city', 'gmail-print-zh-tw']) {
    it(`${name}: the same buttons, knowing the same, in batches of any size`, () => {
      const f = fixture(name);
      // The signed-in rep as the whole page names them (the content script asks again while the
      // page loads, so the rep's own header never keeps a button).
      const self = pageContext(parseWithHappyDom(f.html, f.url), new URL(f.url)).selfEmail;
      const expected = whole(f.html, f.url, self);
      expect(expected.length).toBeGreaterThan(0);
      for (const batch of [1, 7, 30, 88, 10_000]) {
        const got = inPieces(f.html, f.url, self, batch);
        expect(people(got), `batches of ${batch}`).toEqual(people(expected));
        // Read in one batch, the buttons are exactly where the whole page puts them.
        if (batch === 10_000) expect(got).toEqual(expected);
      }
    });
  }
});

describe('placedPeople', () => {
  const doc = parseWithHappyDom('<html><body><p id="a">Priya</p><p id="b">Priya</p><p id="c">Jordan</p></body></html>');
  const [a, b, c] = ['a', 'b', 'c'].map((id) => doc.getElementById(id)!);

  it('one button per anchor and per person; later sightings fill in only what was empty', () => {
    const placed = placedPeople<Found>();
    const first = { contact: makeContact({ email: 'priya@northwind.example', name: 'Priya Raman' }, 'sender', a!) };
    expect(placed.claim(first)).toBe(true);
    // The same anchor again, now with the signature read: no second button, the phone and company kept.
    expect(placed.claim({ contact: makeContact({ email: 'priya@northwind.example', name: 'Priya', phone: '+1 415 555 0134', company: 'Northwind Traders' }, 'sender', a!) })).toBe(false);
    // The same person elsewhere on the view.
    expect(placed.claim({ contact: makeContact({ email: 'priya@northwind.example', company: 'Other Co' }, 'mentioned', b!) })).toBe(false);
    expect(first.contact).toMatchObject({ name: 'Priya Raman', phone: '+1 415 555 0134', company: 'Northwind Traders' });
  });

  it('a signature placed before its address line learns the address, and is found by it', () => {
    const placed = placedPeople<Found>();
    const sig = { contact: makeContact({ name: 'Jordan Patel', company: 'Northwind Traders' }, 'signature', c!) };
    expect(placed.claim(sig)).toBe(true);
    expect(placed.claim({ contact: makeContact({ name: 'Jordan Patel', email: 'jordan@northwind.example' }, 'signature', c!) })).toBe(false);
    expect(sig.contact.email).toBe('jordan@northwind.example');
    expect(placed.claim({ contact: makeContact({ email: 'jordan@northwind.example' }, 'mentioned', b!) })).toBe(false);
  });

  it("a record's name read before its Email field is the person the field names: one button", () => {
    // A CRM record's heading parsed in one batch, its Email field in the next (pipedrive-person in
    // Chromium: two buttons for Tom Becker where the page read whole has one).
    const placed = placedPeople<Found>();
    const heading = { contact: makeContact({ name: 'Tom Becker' }, 'record', a!) };
    expect(placed.claim(heading)).toBe(true);
    expect(placed.claim({ contact: makeContact({ name: 'Tom Becker', email: 'tom.becker@gmail.com' }, 'record', b!) })).toBe(false);
    expect(heading.contact.email).toBe('tom.becker@gmail.com');
    // Someone else of that name with another address is someone else.
    expect(placed.claim({ contact: makeContact({ name: 'Tom Becker', email: 'tom@becker-bikes.example' }, 'mentioned', c!) })).toBe(true);
  });

  it("a record's fields read with no name beside them are the record's person: one button", () => {
    // dynamics-contact-saved in Chromium: the heading's 'Dana Okafor' in one batch, the Email and
    // Mobile fields (an address and a number, no name) in the next — two buttons, where the page
    // read whole has one person.
    const placed = placedPeople<Found>();
    const heading = { contact: makeContact({ name: 'Dana Okafor' }, 'record', a!) };
    expect(placed.claim(heading)).toBe(true);
    expect(placed.claim({ contact: makeContact({ email: 'dana.okafor@northwind.example', phone: '+44 7911 123456' }, 'record', b!) })).toBe(false);
    expect(heading.contact).toMatchObject({ name: 'Dana Okafor', email: 'dana.okafor@northwind.example', phone: '+44 7911 123456' });
    // Another record person with an address of their own is someone else, named or not.
    expect(placed.claim({ contact: makeContact({ email: 'ops@northwind.example' }, 'record', c!) })).toBe(true);
  });

  it('two people read at one element get a button each, and neither takes the other’s fields', () => {
    const placed = placedPeople<Found>();
    // Two addresses in one table cell.
    const megan = { contact: makeContact({ name: 'Megan Hughes', email: 'megan@harbour.example' }, 'record', a!) };
    expect(placed.claim({ contact: makeContact({ name: 'Owen Price', email: 'owen@harbour.example', phone: '+44 29 2018 0040' }, 'record', a!) })).toBe(true);
    expect(placed.claim(megan)).toBe(true);
    expect(megan.contact.phone).toBeNull();
    // Two phone-only people named in one paragraph.
    expect(placed.claim({ contact: makeContact({ name: 'Babatunde Okonkwo', phone: '+234 803 555 0192' }, 'mentioned', b!) })).toBe(true);
    expect(placed.claim({ contact: makeContact({ name: 'Khalid', phone: '+234 809 555 0147' }, 'mentioned', b!) })).toBe(true);
    // One header read twice (its short name first) and a nameless sighting there stay one person.
    expect(placed.claim({ contact: makeContact({ name: 'Anna' }, 'sender', c!) })).toBe(true);
    expect(placed.claim({ contact: makeContact({ name: 'Anna Schmidt', email: 'anna@schmidt.example' }, 'sender', c!) })).toBe(false);
    expect(placed.claim({ contact: makeContact({ phone: '+49 30 1234567' }, 'sender', c!) })).toBe(false);
    // Megan seen again at her cell, with a phone now: hers, not Owen's.
    expect(placed.claim({ contact: makeContact({ email: 'megan@harbour.example', phone: '+44 29 2018 0099' }, 'record', a!) })).toBe(false);
    expect(megan.contact.phone).toBe('+44 29 2018 0099');
  });

  it('a new view offers people again, never at an anchor that had a button', () => {
    const placed = placedPeople<Found>();
    expect(placed.claim({ contact: makeContact({ email: 'priya@northwind.example' }, 'sender', a!) })).toBe(true);
    placed.newView();
    expect(placed.claim({ contact: makeContact({ email: 'priya@northwind.example' }, 'sender', a!) })).toBe(false);
    expect(placed.claim({ contact: makeContact({ email: 'priya@northwind.example' }, 'sender', b!) })).toBe(true);
  });

  it('fillIn never overwrites with a sighting of the same or a weaker role', () => {
    const into = makeContact({ name: 'A', email: null }, 'sender', a!);
    expect(fillIn(into, makeContact({ name: 'B', email: 'b@x.example', phone: '1' }, 'sender', b!))).toBe(false);
    expect(fillIn(into, makeContact({ name: 'C', phone: '2', company: 'C Ltd' }, 'signature', b!))).toBe(false);
    expect([into.name, into.email, into.phone, into.company, into.role]).toEqual(['A', 'b@x.example', '1', 'C Ltd', 'sender']);
  });

  it("a stronger sighting's fields lead, as when the page is read whole; the address stays", () => {
    // A phone-only record read before the record kit came: the Owner's name beside the number.
    const into = makeContact({ name: 'Jordan Rep', phone: '(503) 555-0182', email: 'x@a.example' }, 'mentioned', a!);
    expect(fillIn(into, makeContact({ name: 'Dana Whitfield', phone: '+1 503 555 0182', company: 'Whitfield Farms', email: 'y@b.example' }, 'record', b!))).toBe(true);
    expect([into.name, into.email, into.phone, into.company, into.role]).toEqual(['Dana Whitfield', 'x@a.example', '+1 503 555 0182', 'Whitfield Farms', 'record']);
  });

  it('tells when a placed person was given a name (their button must say it), and only then', () => {
    const renamed: Found[] = [];
    const placed = placedPeople<Found>((found) => renamed.push(found));
    // An address alone first (a table row before the record kit named its person)…
    const first = { contact: makeContact({ email: 'hannah@kestrel.example' }, 'mentioned', a!) };
    expect(placed.claim(first)).toBe(true);
    expect(placed.claim({ contact: makeContact({ email: 'hannah@kestrel.example', phone: '1' }, 'mentioned', b!) })).toBe(false);
    expect(renamed).toEqual([]);
    // …then the kit's reading of the same person, with a name.
    expect(placed.claim({ contact: makeContact({ email: 'hannah@kestrel.example', name: 'Hannah Price' }, 'mentioned', b!) })).toBe(false);
    expect(renamed).toEqual([first]);
    expect(first.contact.name).toBe('Hannah Price');
  });
});
