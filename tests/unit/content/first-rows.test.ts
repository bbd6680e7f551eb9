// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { FIRST_ROWS, firstRowsFirst, firstRowsOf, type Read } from '@/lib/content/first-rows';
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

describe('firstRowsFirst', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  function setup() {
    const reads: { roots: readonly ParentNode[]; adapterOnly?: boolean }[] = [];
    const read: Read = (roots, adapterOnly) => void reads.push({ roots, adapterOnly });
    const frames: (() => void)[] = [];
    const tasks: (() => void)[] = [];
    const timers: Timers = { frame: (cb) => void frames.push(cb), soon: (cb) => void tasks.push(cb), after: (_ms, cb) => void tasks.push(cb) };
    const detector = { adapterFor: () => ({ listRow: ROW }) as never };
    const later = () => {
      frames.splice(0).forEach((f) => f());
      tasks.splice(0).forEach((t) => t());
    };
    return { reads, scan: firstRowsFirst(read, timers, detector), later };
  }

  it('reads a whole list\'s first rows alone now and the whole list after the next paint', () => {
    const { reads, scan, later } = setup();
    const table = list(FIRST_ROWS + 10);
    const pane = document.createElement('div');
    scan([table, pane]);
    expect(reads).toHaveLength(2);
    expect(reads[0]!.adapterOnly).toBe(true);
    expect(reads[0]!.roots).toHaveLength(FIRST_ROWS);
    expect(reads[1]).toEqual({ roots: [pane], adapterOnly: undefined });
    later();
    expect(reads[2]).toEqual({ roots: [table], adapterOnly: undefined });
  });

  it('passes other batches through as they are, and skips a list the page dropped meanwhile', () => {
    const { reads, scan, later } = setup();
    const short = list(3);
    scan([short]);
    expect(reads).toEqual([{ roots: [short] }]);
    const table = list(FIRST_ROWS + 1);
    scan([table]);
    table.remove();
    later();
    expect(reads.at(-1)!.roots).toEqual([]);
  });
});
