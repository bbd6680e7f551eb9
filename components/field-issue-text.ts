// A record's field problem (lib/model/field-issue.ts) in the rep's language: "标题超过 200 个字符".
import type { Translate } from '@/lib/i18n';
import { fieldNameKey, type FieldIssue } from '@/lib/model/field-issue';

export function fieldIssueText(issue: FieldIssue, t: Translate): string {
  return t(`issue_${issue.reason}`, t(fieldNameKey(issue.field)), issue.limit ?? '');
}
