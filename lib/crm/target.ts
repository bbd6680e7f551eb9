// Which CRM record a task belongs to, from what Tasklane kept when it was made: the page it came
// from (a record page of this CRM gives the record's id and kind from its address) and the
// person's email (looked up in the CRM when no id is known). Addresses only; no page is read here.
import type { CrmId, Task } from '../model';
import type { RecordTarget } from './types';

/** Pipedrive: /person/<id>, /deal/<id>, /organization/<id>. */
const PIPEDRIVE_RECORD = /^\/(person|deal|organization)\/(\d+)/;
/** HubSpot: /contacts/<portal>/record/<type>/<id> (0-1 contact, 0-2 company, 0-3 deal) or /contact/<id>. */
const HUBSPOT_RECORD = /^\/contacts\/\d+\/(?:record\/(0-[123])|(contact|company|deal))\/(\d+)/;
/** Salesforce Lightning: /lightning/r/<Object>/<id>/view. */
const SALESFORCE_RECORD = /^\/lightning\/r\/(Contact|Lead|Account|Opportunity)\/([a-zA-Z0-9]{15,18})\b/;

function recordFromUrl(crm: CrmId, url: URL): RecordTarget {
  if (crm === 'pipedrive') {
    const m = PIPEDRIVE_RECORD.exec(url.pathname);
    if (!m) return {};
    return m[1] === 'person' ? { personId: m[2]! } : m[1] === 'deal' ? { dealId: m[2]! } : { orgId: m[2]! };
  }
  if (crm === 'hubspot') {
    const m = HUBSPOT_RECORD.exec(url.pathname);
    if (!m) return {};
    const kind = m[1] ?? m[2];
    return kind === '0-1' || kind === 'contact' ? { personId: m[3]! } : kind === '0-2' || kind === 'company' ? { orgId: m[3]! } : { dealId: m[3]! };
  }
  const m = SALESFORCE_RECORD.exec(url.pathname);
  if (!m) return {};
  return m[1] === 'Contact' || m[1] === 'Lead' ? { personId: m[2]! } : m[1] === 'Account' ? { orgId: m[2]! } : { dealId: m[2]! };
}

/** The record a new task in `crm` is linked to: ids only from that CRM's own pages. */
export function targetFor(crm: CrmId, task: Pick<Task, 'source'>, email: string | undefined): RecordTarget {
  let record: RecordTarget = {};
  if (task.source?.site === crm && task.source.url) {
    try {
      record = recordFromUrl(crm, new URL(task.source.url));
    } catch {
      record = {};
    }
  }
  return { ...record, ...(email ? { email } : {}) };
}
