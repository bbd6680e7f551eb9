// A table of a CRM's records names its own users in some columns: who owns the row, who enrolled
// the contact in a sequence, who sends for them, to whom it is assigned ("Owner", "Enrolled by",
// "Sender", 担当者, 登録者, 送信者, 负责人, 所有者, Besitzer, Propriétaire, Responsable). A person
// shown only in such a column — a name with the address in its title or tooltip — is the rep or
// a colleague, never a contact; the row's own people (its name, email and company columns) are.
// Read by the record kit (record-kit.js: the CRM and custom sites' scripts load it on every page
// that shows a table) and by the CLI on those sites.

import { fieldOfLabel } from '../field-labels';
import type { DetectedContact } from '../types';

/** A column of users: "Owner" (also ending "Contact owner", "Deal Owner"), "Enrolled by",
 *  "Assigned to", 担当者, 负责人, Besitzer, Propriétaire… */
const USER_COLUMN = /^(?:.{0,20}\bowner|owned by|enrolled by|assigned to|assignee|created by|sales ?rep|所有者|负责人|負責人|跟进人|担当者?|登録者|登録ユーザー|담당자|등록자|소유자|besitzer|inhaber|zuständig|eingeschrieben von|propriétaire|inscrit par|propietario|inscrito por|proprietário|responsável|responsable)$/i;
/** Columns of users only beside the row's own person (a name or an email column): who writes to
 *  them ("Sender", 送信者); in a log of mail without such a column, the sender may be anyone. */
const SENDER_COLUMN = /^(?:sender|sent by|from|送信者|发件人|발신자|absender|expéditeur|remitente|remetente|mittente)$/i;
const TABLES = 'table, [role="grid"], [role="table"], [role="treegrid"]';
const ROWS = 'tr, [role="row"]';
const CELLS = 'td, th, [role="gridcell"], [role="cell"], [role="rowheader"], [role="columnheader"]';
const HEADER_CELLS = 'th, [role="columnheader"]';

/** A row's own cells, not those of a table nested in one of them. */
function cellsOf(row: Element): Element[] {
  return [...row.querySelectorAll(CELLS)].filter((cell) => cell.parentElement?.closest(ROWS) === row);
}

/** The label of the column `cell` is in: its own data-label (responsive tables repeat it on every
 *  cell), else the header row's cell at its place. With it, whether the header names a column of
 *  the row's own person (a name or an email): a sender beside them is who writes to them. */
function columnOf(cell: Element): { label: string; personal: boolean } | null {
  const row = cell.parentElement?.closest(ROWS);
  const table = row?.closest(TABLES);
  if (!row || !table) return null;
  // The first row of the table's own header cells with two or more of them (a key/value table's
  // row heads are no columns): found from the header cells, not by walking every row for each
  // person of a long list.
  const header = [...table.querySelectorAll(HEADER_CELLS)].map((h) => h.closest(ROWS)).find((r) => r?.closest(TABLES) === table && r.querySelectorAll(HEADER_CELLS).length >= 2);
  const heads = header ? cellsOf(header).map((h) => (h.textContent ?? '').trim()) : [];
  const personal = heads.some((h) => fieldOfLabel(h) === 'email' || fieldOfLabel(h) === 'name');
  const own = cell.getAttribute('data-label');
  if (own) return { label: own, personal };
  const at = cellsOf(row).indexOf(cell);
  return header && header !== row && at >= 0 && heads[at] !== undefined ? { label: heads[at]!, personal } : null;
}

/** True when `el` sits in a cell of a users' column of a table of people. */
export function inUserColumn(el: Element): boolean {
  const cell = el.closest('td, [role="gridcell"], [role="cell"]');
  const column = cell ? columnOf(cell) : null;
  const label = column?.label.replace(/[\s:：*]+$/u, '').trim() ?? '';
  return USER_COLUMN.test(label) || (!!column?.personal && SENDER_COLUMN.test(label));
}

/** A contact offered: anyone seen somewhere other than a users' column (every sighting counts:
 *  a user who is also a row's contact stays that row's contact). */
export function notOnlyUser(contact: DetectedContact): boolean {
  return ![contact.anchor, ...(contact.elsewhere ?? [])].every(inUserColumn);
}
