// Salesforce shapes, from the REST API Developer Guide (sObject Basic Information: create →
// 201 {id, success, errors}; sObject Rows: PATCH → 204, GET ?fields=; Query), the Object
// Reference for Task, and the OAuth 2.0 web server flow with PKCE. Each field says why.
import * as v from 'valibot';

/** Record ids are 15 or 18 characters; the key prefix names the object (003 Contact, 00Q Lead,
 *  001 Account, 006 Opportunity). WhoId takes a Contact or Lead, WhatId "non-human objects". */
const id = (prefixes: string[]) => v.pipe(v.string(), v.regex(/^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/), v.check((s) => prefixes.some((p) => s.startsWith(p)), `id must start with ${prefixes.join(' or ')}`));

/** Task fields. ActivityDate is type date ("YYYY-MM-DD", no time zone); Status and Priority are
 *  picklists (the standard values); Subject is a combobox up to 255; Description a long text area. */
const TaskFields = {
  Subject: v.pipe(v.string(), v.maxLength(255)),
  ActivityDate: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
  Status: v.picklist(['Not Started', 'In Progress', 'Completed', 'Waiting on someone else', 'Deferred']),
  Priority: v.picklist(['High', 'Normal', 'Low']),
  Description: v.pipe(v.string(), v.maxLength(32_000)),
  WhoId: id(['003', '00Q']),
  WhatId: id(['001', '006']),
};

/** POST /services/data/vXX.X/sobjects/Task: Subject, Status, Priority are what a Task needs. */
export const CreateTaskBody = v.strictObject({
  Subject: TaskFields.Subject,
  ActivityDate: v.optional(TaskFields.ActivityDate),
  Status: TaskFields.Status,
  Priority: TaskFields.Priority,
  Description: v.optional(TaskFields.Description),
  WhoId: v.optional(TaskFields.WhoId),
  WhatId: v.optional(TaskFields.WhatId),
});

/** PATCH /services/data/vXX.X/sobjects/Task/{id}: any updateable field. */
export const UpdateTaskBody = v.strictObject({
  Subject: v.optional(TaskFields.Subject),
  ActivityDate: v.optional(TaskFields.ActivityDate),
  Status: v.optional(TaskFields.Status),
});

/** POST /services/oauth2/token: authorization_code with code_verifier (PKCE), or refresh_token. */
export const TokenForm = v.union([
  v.strictObject({ grant_type: v.literal('authorization_code'), code: v.string(), client_id: v.string(), redirect_uri: v.string(), code_verifier: v.pipe(v.string(), v.minLength(43), v.maxLength(128)) }),
  v.strictObject({ grant_type: v.literal('refresh_token'), client_id: v.string(), refresh_token: v.string() }),
]);

/** SOQL the mock understands (anything else is a violation): people by email, and recent tasks.
 *  Description is a long text area, which SOQL cannot filter on: a WHERE on it is refused. */
export const PERSON_QUERY = /^SELECT Id FROM (Contact|Lead) WHERE Email = '((?:[^'\\]|\\.)*)' LIMIT 1$/;
export const TASK_QUERY = /^SELECT Id, Description, IsClosed, Status FROM Task WHERE CreatedDate >= (\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)( AND WhoId = '([a-zA-Z0-9]{15,18})')? ORDER BY CreatedDate LIMIT 200$/;
/** Read-back of linked tasks by id (deleted ones are simply not returned: query, not queryAll). */
export const TASKS_BY_ID = /^SELECT Id, IsClosed, Status FROM Task WHERE Id IN \(('[a-zA-Z0-9]{15,18}'(, '[a-zA-Z0-9]{15,18}')*)\)$/;
