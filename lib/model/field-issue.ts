// A schema's complaint about a record, as data the UI can say in the rep's language: which field
// (its path) and what kind of problem, never valibot's English sentence (that stays in logs).
// Used where untrusted records meet the schemas and the rep reads the outcome: an import's
// refused rows (lib/data) and a sync's skipped items (lib/sync). The words are UI strings:
// `issue_<reason>` says the problem, with the field's name from FIELD_NAME_KEYS as $FIELD$.
// Free of valibot: the reading of a schema's issues is ./field-issue-read.ts.
export const ISSUE_REASONS = [
  'missing',
  'type',
  'too_long',
  'too_many',
  'choice',
  'category',
  'date',
  'time',
  'url',
  'email',
  'id',
  'number',
  'format',
] as const;
export type IssueReason = (typeof ISSUE_REASONS)[number];

export interface FieldIssue {
  /** The field's path in the record ("title", "due.date", "contact.email"); array positions dropped. */
  field: string;
  reason: IssueReason;
  /** The limit broken, for too_long (characters) and too_many (items). */
  limit?: number;
}

/**
 * The UI string naming each field a rep can meet in an import or a sync, by path. A path not
 * here is named by its first segment's entry, else as "a value" (fieldName_other): a field of a
 * backup's internals (settings, tombstones) is not worth a string of its own.
 */
export const FIELD_NAME_KEYS: Record<string, string> = {
  id: 'fieldName_id',
  title: 'importField_title',
  notes: 'importField_notes',
  status: 'importField_status',
  priority: 'importField_priority',
  due: 'importField_due',
  'due.date': 'fieldName_dueDate',
  'due.time': 'fieldName_dueTime',
  categories: 'fieldName_categories',
  'categories.goal': 'importField_goal',
  'categories.cycle': 'importField_cycle',
  'categories.customer': 'importField_customer',
  'categories.channel': 'importField_channel',
  contactId: 'importField_contact',
  contact: 'importField_contact',
  'contact.name': 'fieldName_contactName',
  'contact.email': 'fieldName_contactEmail',
  'contact.phone': 'fieldName_contactPhone',
  'contact.company': 'fieldName_company',
  source: 'importField_source',
  'source.site': 'fieldName_sourceSite',
  'source.url': 'fieldName_sourceUrl',
  'source.title': 'fieldName_sourceTitle',
  recurrence: 'importField_recurrence',
  reminder: 'importField_reminder',
  followUp: 'importField_followUp',
  'followUp.people': 'fieldName_followUpPeople',
  'followUp.reply': 'fieldName_followUpReply',
  createdAt: 'importField_created',
  updatedAt: 'fieldName_updated',
  completedAt: 'importField_completed',
  // A backup's other lists: the fields a rep could have edited by hand.
  name: 'fieldName_contactName',
  email: 'fieldName_contactEmail',
  phone: 'fieldName_contactPhone',
  company: 'fieldName_company',
  labels: 'fieldName_labels',
  dimension: 'fieldName_dimension',
  color: 'fieldName_color',
};
export const OTHER_FIELD_KEY = 'fieldName_other';

/** The UI string that names `field` (see FIELD_NAME_KEYS). */
export function fieldNameKey(field: string): string {
  return FIELD_NAME_KEYS[field] ?? FIELD_NAME_KEYS[field.split('.')[0]!] ?? OTHER_FIELD_KEY;
}
