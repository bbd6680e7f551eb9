// Pipedrive API v2 shapes, from Pipedrive's API reference (developers.pipedrive.com, Activities
// v2, Persons v2, Deals v2) and its v1→v2 migration guide. Fallback for the vendor's OpenAPI
// document: it is not in the npm registry (the `pipedrive` client package, 33.7.0, ships only
// generated code, no openapi.yaml) nor in this workplace's library, and nothing else may be
// downloaded here, so a validator on the documented shapes stands in for an OpenAPI mock server.
// Each field says why it is shaped so.
import * as v from 'valibot';

/** "Format: YYYY-MM-DD" (due_date). */
const Date = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
/** "The due time of the activity in UTC. Format: HH:MM" (due_time). */
const Time = v.pipe(v.string(), v.regex(/^\d{2}:\d{2}$/));
const Id = v.pipe(v.number(), v.integer(), v.minValue(1));

/** POST /api/v2/activities. strictObject: v2 rejects `person_id` in the body ("person_id is a
 *  read-only field. Add a primary participant to set person_id instead."), and an unknown key is
 *  a mistake on our side. */
export const AddActivityBody = v.strictObject({
  /** "The subject of the activity". */
  subject: v.pipe(v.string(), v.minLength(1)),
  /** "The type of the activity" — a key_string of ActivityTypes; "task" exists in every account. */
  type: v.string(),
  /** v2 takes a boolean (v1 took 0/1). */
  done: v.boolean(),
  /** "The note of the activity (HTML format)". */
  note: v.optional(v.string()),
  due_date: v.optional(Date),
  due_time: v.optional(Time),
  /** "List of multiple persons (participants) this activity is associated with"; the POST key is
   *  `primary` (GET answers `primary_flag`). */
  participants: v.optional(v.array(v.strictObject({ person_id: Id, primary: v.boolean() }))),
  org_id: v.optional(Id),
  deal_id: v.optional(Id),
});

/** PATCH /api/v2/activities/{id}: the same fields, all optional; null clears due_date/due_time. */
export const UpdateActivityBody = v.strictObject({
  subject: v.optional(v.pipe(v.string(), v.minLength(1))),
  done: v.optional(v.boolean()),
  due_date: v.optional(v.nullable(Date)),
  due_time: v.optional(v.nullable(Time)),
});

/** GET /api/v2/activities query: cursor pagination ("limit" up to 500), filters as documented. */
export const ListActivitiesQuery = v.strictObject({
  updated_since: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/))),
  person_id: v.optional(v.pipe(v.string(), v.regex(/^\d+$/))),
  limit: v.optional(v.pipe(v.string(), v.regex(/^\d+$/), v.check((s) => Number(s) <= 500))),
  cursor: v.optional(v.string()),
  /** "Optional comma separated string array of up to 100 entity ids to fetch". */
  ids: v.optional(v.pipe(v.string(), v.regex(/^\d+(,\d+){0,99}$/))),
});

/** GET /api/v2/persons/search: `term` (min 2 chars; "exact_match" for an email), `fields`. */
export const SearchPersonsQuery = v.strictObject({
  term: v.pipe(v.string(), v.minLength(2)),
  fields: v.optional(v.picklist(['custom_fields', 'email', 'notes', 'phone', 'name'])),
  exact_match: v.optional(v.picklist(['true', 'false'])),
  limit: v.optional(v.string()),
});

/** An activity as v2 answers it (the fields Tasklane reads, and the ones the docs always return). */
export const activityAnswer = (id: number, fields: Record<string, unknown>, updateTime: string) => ({
  id,
  subject: fields.subject,
  type: fields.type,
  done: fields.done ?? false,
  note: fields.note ?? null,
  due_date: fields.due_date ?? null,
  due_time: fields.due_time ?? null,
  participants: ((fields.participants as { person_id: number; primary: boolean }[] | undefined) ?? []).map((p) => ({ person_id: p.person_id, primary_flag: p.primary })),
  person_id: ((fields.participants as { person_id: number }[] | undefined) ?? [])[0]?.person_id ?? null,
  org_id: fields.org_id ?? null,
  deal_id: fields.deal_id ?? null,
  is_deleted: false,
  update_time: updateTime,
});
