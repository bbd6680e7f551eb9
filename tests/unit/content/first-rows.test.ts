// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_ROWS, firstRowsFirst, firstRowsOf, partsAround, type Read } from '@/lib/content/first-rows';
import type { Timers } from '@/lib/content/timers';

const ROW = 'tr.zA';

/** A table of `rows` list rows (each with a person), with a section heading row after the fifth
 *  when asked. */
function list(rows: number, heading = false): HTMLElement {
  const table = document.createElement('table');
  const body = table.createTBody();
  for (let i = 0; i < rows; i++) {
    if (heading && i === 5) body.insertRow().className = 'section';
    const row = body.insertRow();
    row.className = 'zA';
    row.id = `r${i}`;
    const span = document.createElement('span');
    span.setAttribute('email', `p${i}@example.com`);
    span.textContent = `P ${i}`;
    row.insertCell().append(span);
  }
  document.body.append(table);
  return table;
}

describe('firstRowsOf', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('gives the first rows of a list longer than a screen, in order', () => {
    const table = list(FIRST_ROWS + 60);
    const rows = firstRowsOf(table, ROW)!;
    expect(rows).toHaveLength(FIRST_ROWS);
    expect(rows[0]!.id).toBe('r0');
    expect(rows[FIRST_ROWS - 1]!.id).toBe(`r${FIRST_ROWS - 1}`);
    // From the document too (a scan at start, a rescan).
    expect(firstRowsOf(document, ROW)).toHaveLength(FIRST_ROWS);
  });

  it('skips siblings that are not rows (a section heading between them)', () => {
    const table = list(FIRST_ROWS + 1, true);
    const rows = firstRowsOf(table, ROW)!;
    expect(rows).toHaveLength(FIRST_ROWS);
    expect(rows.every((row) => row.matches(ROW))).toBe(true);
    expect(rows[5]!.id).toBe('r5');
  });

  it('reads a short list, a row, a part of a row and a site without rows whole (null)', () => {
    const table = list(FIRST_ROWS);
    expect(firstRowsOf(table, ROW)).toBeNull();
    const long = list(FIRST_ROWS + 5);
    const row = long.querySelector('tr')!;
    expect(firstRowsOf(row, ROW)).toBeNull();
    expect(firstRowsOf(row.querySelector('td')!, ROW)).toBeNull();
    expect(firstRowsOf(long, undefined)).toBeNull();
  });
});

describe('partsAround', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('gives the parts of a root around a row: the list\'s children and each level\'s others', () => {
    const table = list(3, false) as HTMLTableElement;
    const caption = table.createCaption();
    const pane = document.createElement('div');
    const wrap = document.createElement('div');
    wrap.append(table, pane);
    document.body.append(wrap);
    const rows = [...table.querySelectorAll('tr')];
    expect(partsAround(wrap, rows[0]!)).toEqual([...rows, caption, pane]);
    expect(partsAround(table, rows[1]!)).toEqual([...rows, caption]);
    // From the document: everything else up to <html>.
    expect(partsAround(document, rows[0]!)).toEqual(expect.arrayContaining([pane, document.head]));
  });
});

describe('firstRowsFirst', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  function setup(adapter: { listRow?: string } | null = { listRow: ROW }) {
    const reads: { roots: readonly ParentNode[]; repliesOnly?: boolean }[] = [];
    const read: Read = (roots, repliesOnly) => void reads.push(repliesOnly ? { roots, repliesOnly } : { roots });
    const frames: (() => void)[] = [];
    const tasks: (() => void)[] = [];
    const timers: Timers = { frame: (cb) => void frames.push(cb), soon: (cb) => void tasks.push(cb), after: (_ms, cb) => void tasks.push(cb) };
    const adapterFor = vi.fn(() => adapter as never);
    const looked: Element[][] = [];
    const later = () => {
      while (frames.length || tasks.length) {
        frames.splice(0).forEach((f) => f());
        tasks.splice(0).forEach((t) => t());
      }
    };
    return { reads, looked, adapterFor, scan: firstRowsFirst(read, timers, { adapterFor }, (parts) => void looked.push(parts)), later };
  }

  it('reads a whole list\'s first rows alone now; after the paint hands its other rows and what is beside it to the gate, and looks for replies', () => {
    const { reads, looked, scan, later } = setup();
    const table = list(FIRST_ROWS + 10, true) as HTMLTableElement;
    const caption = table.createCaption();
    const pane = document.createElement('div');
    scan([table, pane]);
    const rows = [...table.querySelectorAll('tr.zA')];
    expect(reads).toEqual([{ roots: rows.slice(0, FIRST_ROWS) }, { roots: [pane] }]);
    expect(looked).toEqual([]);
    later();
    // The list's other children in order (the gate reads those near the screen), then the rest of the root.
    expect(looked).toEqual([[table.querySelector('tr.section'), ...rows.slice(FIRST_ROWS), caption]]);
    expect(reads.slice(2)).toEqual([{ roots: [table], repliesOnly: true }]);
  });

  it('passes other batches through as they are, and skips a list the page dropped meanwhile', () => {
    const { reads, looked, scan, later } = setup();
    const short = list(3);
    scan([short]);
    expect(reads).toEqual([{ roots: [short] }]);
    const table = list(FIRST_ROWS + 1);
    scan([table]);
    table.remove();
    later();
    expect(reads).toHaveLength(2);
    expect(looked).toEqual([]);
  });

  it('stops asking which adapter a page has once it has loaded without one', () => {
    const { reads, adapterFor, scan } = setup(null);
    const table = list(FIRST_ROWS + 5);
    scan([table]);
    scan([table]);
    expect(reads).toEqual([{ roots: [table] }, { roots: [table] }]);
    // happy-dom's document has loaded: asked once, then known to have none.
    expect(adapterFor).toHaveBeenCalledTimes(1);
  });
});
