// A meeting's tracking list (issue 14, eighth held-out round): each attendee's role from the
// attendance written after them in their row — required attendees are recipients, optional ones
// Cc, the organizer the sender — never from words that only look like it.

import { describe, expect, it } from 'vitest';
import { attendees } from '../../../lib/detect/generic/attendance';
import { parseWithLinkedom } from './helpers';

function rolesIn(html: string): Record<string, string> {
  const doc = parseWithLinkedom(`<html><body>${html}</body></html>`);
  return Object.fromEntries(attendees(doc).map((c) => [c.email, c.role]));
}

const row = (name: string, email: string, ...cells: string[]) => `<tr><td><span title="${email}">${name}</span></td>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

describe('meeting tracking lists', () => {
  it('reads the attendance after each person, in several languages', () => {
    const cases: [string, string, string, string][] = [
      ['Meeting organizer', 'Required attendee', 'Optional attendee', 'Accepted'],
      ['Organisateur de la réunion', 'Participant obligatoire', 'Participant facultatif', 'Accepté'],
      ['Organizador', 'Asistente obligatorio', 'Asistente opcional', 'Aceptado'],
      ['会议组织者', '必需与会者', '可选与会者', '已接受'],
      ['開催者', '必須出席者', '任意出席者', '承諾'],
      ['모임 이끌이', '필수 참석자', '선택적 참석자', '수락'],
    ];
    for (const [organizer, required, optional, response] of cases) {
      const roles = rolesIn(`<table>${row('Dana Okafor', 'dana@northwind.example', organizer, response)}${row('Omar Haddad', 'omar@northwind.example', required, response)}${row('Lena Vogt', 'lena@northwind.example', optional, response)}</table>`);
      expect(roles, organizer).toEqual({ 'dana@northwind.example': 'sender', 'omar@northwind.example': 'recipient', 'lena@northwind.example': 'cc' });
    }
  });

  it('reads nothing from words that only look like attendance', () => {
    const roles = rolesIn(`<ul>
      <li><span title="a@x.example">Ana Ruiz</span> <button>선택 해제</button></li>
      <li><span title="b@x.example">Ben Ode</span> <span>Optional accessories for the 2027 range were quoted on Friday</span></li>
      <li><span title="c@x.example">Cai Lun</span> <span title="d@x.example">Dee Ray</span> <span>Required</span></li>
      <li><span title="e@x.example">Required</span></li>
    </ul><p><span title="f@x.example">Fay Orr</span> Optional</p>`);
    expect(roles).toEqual({});
  });
});
