// A helpdesk ticket's customer (osTicket, Zammad, FreeScout-like pages on a company's own domain):
// the person its "User:" / "Requester:" / "请求人" field names is the one who asked, the ticket's
// sender — the one a reply goes to — not the page's record or a related person. Read by the record
// kit (record-kit.js, lazy) and the CLI, where no adapter knows the app.

import { queryAll, textOf } from '../dom';
import type { DetectedContact } from '../types';

const REQUESTER = /^(user|requester|requestor|requested by|submitter|reporter|demandeur|solicitante|antragsteller|提交人|请求人|申请人|用户)\s*[:：]?$/i;
const LABELS = 'th, dt, label, span, td, b, strong';

const key = (name: string | null) => (name ?? '').toLowerCase().replace(/\s+/g, ' ').trim();

/** The contacts, the one the requester field names made the sender. */
export function asRequested(contacts: DetectedContact[], doc: Document): DetectedContact[] {
  const label = queryAll(doc, LABELS).slice(0, 2_000).find((el) => REQUESTER.test(textOf(el, 40)));
  const name = key(textOf(label?.nextElementSibling, 80));
  return name ? contacts.map((c) => (key(c.name) === name && (c.role === 'record' || c.role === 'mentioned') ? { ...c, role: 'sender' } : c)) : contacts;
}
