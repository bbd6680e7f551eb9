// Lists of people in tables and grids: a CRM's related list, an account's contacts, a deal's
// participants, a subgrid. The header names the columns (Name, Email, Phone, Company in many
// languages: lib/detect/field-labels.ts and ./column-labels.ts); each row is a person.

import { makeContact } from '../contact';
import { queryAll, textOf } from '../dom';
import { emailFromMailto, findEmails, validEmail } from '../email-scan';
import { joinName, type FieldKind } from '../field-labels';
import { phoneFromField } from '../phone-scan';
import { lineTests, looksLikeName, TITLE_WORDS } from '../signature';
import type { DetectedContact } from '../types';
import { columnOf } from './column-labels';

const TABLES = 'table, [role="grid"], [role="table"], [role="treegrid"]';
const HEADER_CELLS = 'th, [role="columnheader"]';
const ROW_HEADER = 'th[scope="row"], [role="rowheader"]';
const ROWS = 'tr, [role="row"]';
const CELLS = 'td, th, [role="gridcell"], [role="cell"], [role="rowheader"]';
const MAX_TABLES = 40;
const MAX_ROWS = 300;

/** The field a cell's column names: its data-label (lightning-datatable and responsive tables
 *  repeat the column's name on every cell) or aria-label, else its text. */
const kindOf = (cell: Element): FieldKind | null => columnOf(cell.getAttribute('data-label') ?? cell.getAttribute('aria-label') ?? textOf(cell, 40));

/** A name cell's person, when the row has one address: the first of several ("김민준 팀장 / 이서연
 *  대리", "Ana Souza; Rui Lima"), without a job title written after a comma ("Åke Lindström,
 *  Key Account Manager"). */
function nameCell(text: string): string {
  const first = text.split(/\s+\/\s+|\s*[;；]\s*/)[0]!;
  const comma = first.lastIndexOf(', ');
  const title = first.slice(comma + 2);
  return comma > 0 && (TITLE_WORDS.test(title) || MORE_TITLES.test(title)) ? first.slice(0, comma) : first;
}
/** The name a name cell links or sets in bold, where a badge rides beside it ("<strong>Anders
 *  Nilsson</strong> <span>Huvudkontakt</span>", "<a>Dana Okafor</a> Primary"). */
function linkedName(cell: Element): string | null {
  const lead = queryAll(cell, 'a, strong, b')[0];
  const text = lead ? textOf(lead, 120) : '';
  return text && text !== textOf(cell, 120) && looksLikeName(text) ? text : null;
}

/** Job titles of more languages than ../signature.ts's (which every script carries). */
const MORE_TITLES = /\b(?:directrice|directora|diretora?|direttore|direttrice|jef[ea]|dyrektor|kierownik|müdürü?|[a-zäöü]+leiter(?:in)?)\b/i;

/** Each cell's field, in order, the first of each kind only; null when no column names a
 *  person's address or phone (a table of prices is not a list of people). */
function kindsOf(cells: readonly Element[]): (FieldKind | null)[] | null {
  const kinds = cells.map(kindOf).map((kind, i, all) => (all.indexOf(kind) < i ? null : kind));
  return kinds.includes('email') || (kinds.includes('phone') && (kinds.includes('name') || kinds.includes('last'))) ? kinds : null;
}

/** The fields of the table's columns, from its header cells. */
function columnsOf(table: Element): (FieldKind | null)[] | null {
  const header = queryAll(table, ROWS).find((row) => queryAll(row, HEADER_CELLS).length >= 2);
  return header ? kindsOf(directCells(header)) : null;
}

/** A row's own cells (header cells too), not those of a table nested inside it. */
function directCells(row: Element): Element[] {
  return queryAll(row, `${CELLS}, ${HEADER_CELLS}`).filter((cell) => cell.parentElement === row || cell.parentElement?.closest(ROWS) === row);
}

function emailIn(cell: Element): string | null {
  const link = queryAll(cell, 'a[href^="mailto:" i]')[0];
  const fromLink = link ? emailFromMailto(link.getAttribute('href') ?? '') : null;
  const text = textOf(cell, 200);
  return fromLink ?? validEmail(text) ?? findEmails(text, 1)[0]?.email ?? null;
}

function phoneIn(cell: Element): string | null {
  const link = queryAll(cell, 'a[href^="tel:" i]')[0];
  return phoneFromField(link?.getAttribute('href') ?? null) ?? phoneFromField(textOf(cell, 60));
}

export function detectTables(root: ParentNode): DetectedContact[] {
  const out: DetectedContact[] = [];
  for (const table of queryAll(root, TABLES).slice(0, MAX_TABLES)) {
    const columns = columnsOf(table);
    if (!columns && !table.querySelector('[data-label]')) continue;
    for (const row of queryAll(table, ROWS).slice(0, MAX_ROWS)) {
      if (row.closest(TABLES) !== table) continue;
      const cells = directCells(row);
      if (queryAll(row, HEADER_CELLS).length === cells.length) continue;
      // Cells that name their column are read by that name, not by position: a row may hold
      // cells the header does not (a selection box, a row number) or in another order.
      const kinds = row.querySelector('[data-label]') ? kindsOf(cells) : columns;
      if (!kinds) continue;
      const fields: { name?: string | null; email?: string | null; phone?: string | null; company?: string | null; last?: string | null; first?: string | null } = {};
      let anchor: Element | null = null;
      let addresses = 0;
      for (const [i, kind] of kinds.entries()) {
        const cell = cells[i];
        if (!cell || !kind) continue;
        if (kind === 'email') fields.email = emailIn(cell);
        else if (kind === 'phone') fields.phone = phoneIn(cell);
        else fields[kind] = (kind === 'name' && linkedName(cell)) || textOf(cell, 120) || null;
        if (kind === 'email') addresses = (textOf(cell, 300).match(/@/g) ?? []).length;
        if (kind === 'name') anchor = queryAll(cell, 'a')[0] ?? cell;
      }
      if (!fields.email && !fields.phone) continue;
      // One address for the row: the name cell's first person is the row's (several addresses:
      // the text reader pairs each with its name).
      if (fields.name && addresses <= 1) fields.name = nameCell(fields.name);
      // A heading we cannot read as the name ("연락처 이름", a language no list has): the row's own
      // header cell names the row, as HTML's row headers do (a datatable's first column).
      if (!fields.name && !fields.last && !fields.first) {
        const head = cells.find((cell, i) => !kinds[i] && cell.matches(ROW_HEADER));
        const text = head ? textOf(head, 120) : '';
        // An accounts list's row header is the account: only a person's name names the row.
        if (head && looksLikeName(text) && !lineTests.isCompanyLine(text)) { fields.name = text; anchor ??= queryAll(head, 'a')[0] ?? head; }
      }
      // Last Name / First Name columns (a list view) name the row's person together.
      fields.name ??= joinName(fields.last, fields.first);
      out.push(makeContact(fields, 'mentioned', anchor ?? cells[0] ?? row));
    }
  }
  return out;
}
