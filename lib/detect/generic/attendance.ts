// A meeting's tracking list (Outlook's "Tracking" / 추적 / Nachverfolgung / 跟踪 tab, a calendar's
// attendee table): one row per attendee, the person first, then their attendance ("Required
// attendee", 필수 참석자, "Participant facultatif", 会议组织者) and their response (Accepted, 거절,
// Mit Vorbehalt) in cells or spans of their own after the name. A header label before the person
// (./roles.ts) cannot say their role there: the attendance after them does. Required attendees are
// the meeting's To, optional ones its Cc, the organizer its sender. Read with the sign-off blocks
// (signature-kit.js: every Gmail and Outlook page loads it, and any page that may show a message)
// and by the CLI; the merge gives each person the role read here over "mentioned".

import { makeContact } from '../contact';
import { queryAll, textOf, walkText } from '../dom';
import { findEmails, validEmail } from '../email-scan';
import type { ContactRole, DetectedContact } from '../types';
import type { SignatureReader } from './signatures';

/** Attendance words, as the text of an element of its own after the person (its first or second
 *  word: "Required attendee", "Participant obligatoire", "모임 이끌이"); CJK ones anywhere in it
 *  ("会议组织者", "必需与会者"). The organizer first: "Organizer (required)" is the organizer. */
const ATTENDANCE: readonly [RegExp, ContactRole][] = [
  [/^(?:\S+ )?(?:organi[sz]er|organisateur|organisator|organizador|organizzatore|이끌이|주최자)|组织者|組織者|召集人|開催者|主催者/i, 'sender'],
  [/^(?:\S+ )?(?:optional|optionnel|facultatif|opcional|facoltativo|선택(?:적)?(?: ?참석|$))|可选|選擇性|选择性|任意出席/i, 'cc'],
  [/^(?:\S+ )?(?:required|erforderlich|obligatoire|obligatorio|obrigatório|obbligatorio|필수(?: ?참석|$))|必需|必要出席|必須出席/i, 'recipient'],
];
/** One attendee's row in a grid, table or list. */
const ROW = '[role="row"], tr, [role="listitem"], li';
/** The person in it: a persona with the address in an attribute, or a mailto link. */
const PERSONA = '[title*="@"], [aria-label*="@"], [data-email], [email], a[href^="mailto:" i]';

function addressOf(el: Element): string | null {
  for (const name of ['email', 'data-email', 'title', 'aria-label', 'href']) {
    const value = el.getAttribute(name);
    const email = value ? validEmail(value.replace(/^mailto:/i, '')) ?? findEmails(value, 1)[0]?.email : null;
    if (email) return email;
  }
  return null;
}

/** The role a row's attendance text gives its one person, or null: only texts outside the
 *  persona, short (a cell's worth), each read alone. */
function attendanceIn(row: Element, persona: Element): ContactRole | null {
  let role: ContactRole | null = null;
  walkText(row, (text, parent) => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (role || !t || t.length > 30 || persona.contains(parent)) return;
    role = ATTENDANCE.find(([words]) => words.test(t))?.[1] ?? null;
  }, { maxNodes: 40, maxChars: 600 });
  return role;
}

/** Every attendee of a tracking list under root, with the role its attendance gives. A row with
 *  more than one address is no attendee's (a thread's line, a message's header). */
export function attendees(root: ParentNode): DetectedContact[] {
  return queryAll(root, PERSONA).slice(0, 500).flatMap((persona) => {
    const row = persona.closest(ROW);
    const email = addressOf(persona);
    if (!row || !email || (row.textContent ?? '').length > 300 || new Set(queryAll(row, PERSONA).map(addressOf)).size > 1) return [];
    const role = attendanceIn(row, persona);
    return role ? [makeContact({ name: textOf(persona, 120) || null, email }, role, persona)] : [];
  });
}

/** A sign-off reader that reads tracking lists too (the signature kit's, the CLI's). */
export const withAttendees = (read: SignatureReader): SignatureReader => (root, body) => [...read(root, body), ...attendees(root)];
