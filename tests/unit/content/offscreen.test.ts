// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { observeAdditions, type BatchHandler } from '@/lib/content/batched-observer';
import { isNearViewport, Offscreen, type Sighted } from '@/lib/content/offscreen';
import type { Timers } from '@/lib/content/timers';
import type { DetectedContact } from '@/lib/detect';

const VIEWPORT = 700;
const ROW = 40;
/** Page scroll, in px: every box moves up by this much. */
let scrollY = 0;

/**
 * happy-dom lays nothing out: each element's box is its nearest [data-y] ancestor's (a row's),
 * 40 px tall unless it says data-h; [data-hidden] is not laid out at all.
 */
function fakeLayout() {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    if (this.closest('[data-hidden]')) return new DOMRect(0, 0, 0, 0);
    const box = this.closest('[data-y]');
    const top = Number(box?.getAttribute('data-y') ?? 0) - scrollY;
    const height = Number(box?.getAttribute('data-h') ?? ROW);
    return new DOMRect(0, top, 600, height);
  });
}

/** A list of `rows` rows, each with one person (row i is person i, unless `who` says). */
function list(rows: number, who: (i: number) => number = (i) => i): HTMLElement {
  const make = (tag: string, attrs: Record<string, string>, ...children: Node[]) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
    element.append(...children);
    return element;
  };
  const tbody = make('tbody', { 'data-y': '0', 'data-h': String(rows * ROW) });
  for (let i = 0; i < rows; i++) {
    const person = make('span', { class: 'who', email: `p${who(i)}@x.com` }, document.createTextNode(`P ${who(i)}`));
    const people = make('td', { class: 'people' }, make('div', { class: 'cell' }, person));
    const date = make('td', { class: 'date' }, make('span', {}, document.createTextNode('Jun 1')));
    tbody.append(make('tr', { 'data-y': String(i * ROW), id: `r${i}` }, people, date));
  }
  document.body.replaceChildren(make('table', {}, tbody));
  return tbody;
}

interface Item extends Sighted {
  id: number;
}

/** One item per person, merged like lib/detect's dedupe: later sightings go to `elsewhere`. */
function itemsOf(root: ParentNode): Item[] {
  const byEmail = new Map<string, Item>();
  for (const span of root.querySelectorAll('span.who')) {
    const email = span.getAttribute('email')!;
    const existing = byEmail.get(email);
    if (existing) (existing.contact.elsewhere ??= []).push(span);
    else {
      const contact: DetectedContact = { name: span.textContent, email, phone: null, company: null, role: 'sender', anchor: span };
      byEmail.set(email, { id: byEmail.size, contact });
    }
  }
  return [...byEmail.values()];
}

const row = (i: number) => document.getElementById(`r${i}`)!;
const cell = (i: number) => row(i).querySelector('div.cell')!;

beforeEach(() => {
  scrollY = 0;
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: VIEWPORT });
  Object.defineProperty(window, 'innerWidth', { configurable: true, value: 1200 });
  fakeLayout();
});
afterEach(() => vi.restoreAllMocks());

describe('isNearViewport', () => {
  it('is true within one viewport of the screen, and for what is not laid out', () => {
    list(100);
    expect(isNearViewport(row(0))).toBe(true);
    expect(isNearViewport(row(34))).toBe(true); // top 1360 ≤ 2 × 700
    expect(isNearViewport(row(36))).toBe(false); // top 1440
    scrollY = 3000; // row 0 now ends 2960 px above the screen
    expect(isNearViewport(row(0))).toBe(false);
    expect(isNearViewport(row(60))).toBe(true);
    row(99).setAttribute('data-hidden', '');
    expect(isNearViewport(row(99))).toBe(true);
  });
});

describe('Offscreen', () => {
  it('hands back the people in reach, in order, and keeps the rest waiting', () => {
    list(100);
    const offscreen = new Offscreen<Item>();
    const near = offscreen.sortOut(itemsOf(document));
    // Row 35's top is at 1,400 px: exactly one viewport below the screen's bottom edge.
    expect(near.map((item) => item.id)).toEqual(Array.from({ length: 36 }, (_, i) => i));
    expect(offscreen.size).toBe(64);
  });

  it('places a person seen twice at the sighting in reach, and still keeps the far one', () => {
    // Rows 0–49 and 50–99 show the same 50 people.
    list(100, (i) => i % 50);
    scrollY = 50 * ROW + 100; // rows 50… on screen
    const offscreen = new Offscreen<Item>();
    const near = offscreen.sortOut(itemsOf(document));
    const p10 = near.find((item) => item.id === 10)!;
    expect(p10.contact.anchor).toBe(row(60).querySelector('span.who'));
    // Row 10's sighting waits, so a rep scrolling back finds whoever is left without a button.
    const { people } = offscreen.takeAll();
    expect(people.find((item) => item.id === 10)?.contact.anchor).toBe(row(10).querySelector('span.who'));
  });

  it('holds changes inside far rows once their ancestors are marked, and none on screen', () => {
    list(100);
    const offscreen = new Offscreen<Item>();
    offscreen.sortOut(itemsOf(document));
    // The anchor is known far at once; its row only after markSome.
    expect(offscreen.holds(row(80).querySelector('span.who')!)).toBe(true);
    expect(offscreen.holds(row(80))).toBe(false);
    while (!offscreen.markSome());
    expect(offscreen.marking).toBe(false);
    expect(offscreen.holds(cell(80))).toBe(true);
    expect(offscreen.holds(row(80))).toBe(true);
    // The date cell is not an ancestor of the person, but its row is: within three levels.
    expect(offscreen.holds(row(80).querySelector('td.date span')!)).toBe(true);
    expect(offscreen.holds(cell(3))).toBe(false);
    expect(offscreen.holds(document.querySelector('tbody')!)).toBe(false); // partly on screen
  });

  it('reads every level up from a far person until one is in reach', () => {
    list(100);
    const offscreen = new Offscreen<Item>();
    // Row 80's person, placed in a row that is in reach (the first): the levels between are
    // looked at one by one, and the row is not taken as far.
    const [far] = itemsOf(row(80));
    offscreen.sortOut([{ ...far!, contact: { ...far!.contact, row: document.querySelector('tbody')! } }]);
    while (!offscreen.markSome());
    expect(offscreen.holds(cell(80))).toBe(true);
    expect(offscreen.holds(row(80))).toBe(true);
    expect(offscreen.holds(document.querySelector('tbody')!)).toBe(false);
  });

  it('forgets a far row once its person gets a button there', () => {
    list(100);
    const offscreen = new Offscreen<Item>();
    offscreen.sortOut(itemsOf(document));
    while (!offscreen.markSome());
    offscreen.decorated(row(80).querySelector('span.who')!);
    expect(offscreen.holds(cell(80))).toBe(false);
    expect(offscreen.holds(row(80))).toBe(false);
    expect(offscreen.holds(cell(81))).toBe(true);
  });

  it('after a scroll, hands over everyone waiting and the changed rows still on the page', () => {
    list(100);
    const offscreen = new Offscreen<Item>();
    offscreen.sortOut(itemsOf(document));
    while (!offscreen.markSome());
    offscreen.defer(cell(50));
    offscreen.defer(cell(95));
    const gone = cell(96);
    offscreen.defer(gone);
    row(96).remove();
    scrollY = 40 * ROW;
    const { people, changed } = offscreen.takeAll();
    expect(people).toHaveLength(64);
    // Their layout is read by the gate, in slices (which drops the removed row).
    expect(changed).toEqual([cell(50), cell(95), gone]);
    expect(offscreen.size).toBe(0);
  });

  it('holds changes inside a list row deferred unread, and hands it over with the changed', () => {
    list(100);
    const offscreen = new Offscreen<Item>();
    offscreen.defer(row(80));
    expect(offscreen.holds(cell(80))).toBe(true);
    expect(offscreen.holds(cell(79))).toBe(false);
    expect(offscreen.size).toBe(1);
    expect(offscreen.takeAll().changed).toEqual([row(80)]);
    offscreen.decorated(row(80));
    expect(offscreen.holds(cell(80))).toBe(false);
  });

  it('forgets everything on clear (a new view)', () => {
    list(100);
    const offscreen = new Offscreen<Item>();
    offscreen.sortOut(itemsOf(document));
    offscreen.defer(cell(50));
    offscreen.clear();
    expect(offscreen.size).toBe(0);
    expect(offscreen.marking).toBe(false);
    expect(offscreen.holds(row(80).querySelector('span.who')!)).toBe(false);
  });
});

describe('observeAdditions with an Offscreen', () => {
  it('defers what changes inside far rows and batches the rest', async () => {
    list(100);
    const offscreen = new Offscreen<Item>();
    offscreen.sortOut(itemsOf(document));
    while (!offscreen.markSome());
    const batches: Parameters<BatchHandler>[0][] = [];
    const ctx = {
      isValid: true,
      signal: new AbortController().signal,
      onInvalidated: () => undefined,
      addEventListener: () => undefined,
    } as unknown as ContentScriptContext;
    const timers: Timers = { frame: (cb) => cb(), soon: (cb) => cb(), after: (_ms, cb) => cb() };
    observeAdditions(ctx, document.body, (b) => batches.push(b), timers, offscreen);
    const newcomer = document.createElement('span');
    newcomer.setAttribute('email', 'new@x.com');
    cell(80).replaceChildren(newcomer);
    row(81).querySelector('td.date')!.replaceChildren(document.createElement('span'));
    const fresh = document.createElement('tr');
    document.querySelector('tbody')!.prepend(fresh);
    await new Promise((done) => setTimeout(done, 0));
    expect(batches).toEqual([[fresh]]);
    scrollY = 60 * ROW;
    const { changed } = offscreen.takeAll();
    expect(changed).toEqual(expect.arrayContaining([cell(80), row(81).querySelector('td.date')]));
    // (happy-dom also reports the new nodes' own children: those are inside the far rows too.)
    expect(changed.every((target) => row(80).contains(target) || row(81).contains(target))).toBe(true);
  });
});
