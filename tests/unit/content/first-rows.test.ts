// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { FIRST_ROWS, firstRowsOf } from '@/lib/content/first-rows';

const ROW = 'tr.zA';

function list(rows: number, extra = ''): HTMLElement {
  const table = document.createElement('table');
  table.innerHTML = `<tbody>${extra}${Array.from({ length: rows }, (_, i) => `<tr class="zA" id="r${i}"><td><span email="p${i}@example.com">P ${i}</span></td></tr>`).join('')}</tbody>`;
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
    const table = list(FIRST_ROWS + 1, '<tr class="section"><td>Yesterday</td></tr>');
    const rows = firstRowsOf(table, ROW)!;
    expect(rows.every((row) => row.matches(ROW))).toBe(true);
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
