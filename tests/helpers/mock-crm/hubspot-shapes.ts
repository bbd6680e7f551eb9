// HubSpot CRM v3 shapes, from HubSpot's developer reference (CRM → Objects → Tasks, Search,
// Associations v4 default types, Account info). Each field says why it is shaped so.
import * as v from 'valibot';

/** Task properties: "hs_timestamp" is required ("the task's due date… Unix timestamp in
 *  milliseconds or UTC format"); status and priority are enumerations; hs_task_type TODO/CALL/EMAIL. */
export const TaskProperties = v.strictObject({
  hs_timestamp: v.pipe(v.string(), v.regex(/^(\d{13}|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z)$/)),
  hs_task_subject: v.pipe(v.string(), v.minLength(1)),
  hs_task_body: v.optional(v.string()),
  /** "The status of the task, either COMPLETED or NOT_STARTED" (also IN_PROGRESS, WAITING, DEFERRED). */
  hs_task_status: v.optional(v.picklist(['NOT_STARTED', 'IN_PROGRESS', 'WAITING', 'COMPLETED', 'DEFERRED'])),
  /** "LOW, MEDIUM, or HIGH". */
  hs_task_priority: v.optional(v.picklist(['LOW', 'MEDIUM', 'HIGH'])),
  hs_task_type: v.optional(v.picklist(['TODO', 'CALL', 'EMAIL', 'LINKED_IN', 'MEETING'])),
  hubspot_owner_id: v.optional(v.string()),
});

/** "associations": to.id a record id; HUBSPOT_DEFINED type ids for tasks: 204 contact, 192 company, 216 deal. */
const Association = v.strictObject({
  to: v.strictObject({ id: v.pipe(v.string(), v.regex(/^\d+$/)) }),
  types: v.array(v.strictObject({ associationCategory: v.literal('HUBSPOT_DEFINED'), associationTypeId: v.picklist([204, 192, 216]) })),
});

/** POST /crm/v3/objects/tasks. */
export const CreateTaskBody = v.strictObject({ properties: TaskProperties, associations: v.optional(v.array(Association)) });

/** PATCH /crm/v3/objects/tasks/{taskId}: any of the properties. */
export const UpdateTaskBody = v.strictObject({ properties: v.partial(TaskProperties) });

/** POST /crm/v3/objects/{object}/search: filterGroups of filters (EQ, GTE, CONTAINS_TOKEN…), up to 200 a page. */
export const SearchBody = v.strictObject({
  filterGroups: v.array(v.strictObject({
    filters: v.array(v.strictObject({ propertyName: v.string(), operator: v.picklist(['EQ', 'NEQ', 'LT', 'LTE', 'GT', 'GTE', 'CONTAINS_TOKEN', 'HAS_PROPERTY']), value: v.optional(v.string()) })),
  })),
  properties: v.optional(v.array(v.string())),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.maxValue(200))),
  after: v.optional(v.string()),
  sorts: v.optional(v.array(v.unknown())),
});

/** A task object as v3 answers it: id as a string, properties as strings, timestamps ISO. */
export const taskAnswer = (id: string, properties: Record<string, unknown>, createdAt: number, updatedAt: number) => ({
  id,
  properties: Object.fromEntries(Object.entries({ ...properties, hs_createdate: new Date(createdAt).toISOString(), hs_object_id: id }).map(([k, value]) => [k, value === undefined ? null : String(value)])),
  createdAt: new Date(createdAt).toISOString(),
  updatedAt: new Date(updatedAt).toISOString(),
  archived: false,
});

/** POST /crm/v3/objects/tasks/batch/read: "inputs" of ids (up to 100), the properties to return. */
export const BatchReadBody = v.strictObject({
  properties: v.optional(v.array(v.string())),
  inputs: v.pipe(v.array(v.strictObject({ id: v.pipe(v.string(), v.regex(/^\d+$/)) })), v.maxLength(100)),
});
