// An import's refusal, line by line, in the rep's language: each error carries the UI string
// that says it (lib/model/import.ts); its English message is for logs and older builds.
import type { ImportError } from '@/lib/model';
import { fieldIssueText } from '../../field-issue-text';
import { t, tn } from '../i18n-override';

/** The background may already start a message with "Row 12:"; the list adds its own prefix. */
const withoutRowPrefix = (message: string) => message.replace(/^(row|line)\s+\d+\s*[:：-]\s*/i, '');

/** `format`: a CSV's problems name their spreadsheet row; a backup's already name their list and item. */
export function importErrorText(error: ImportError, format: 'csv' | 'json'): string {
  // A list's or a field's name comes as its key; a refused field is said last (lib/model/field-issue.ts).
  const given = (error.params ?? []).map((param) => (typeof param === 'string' ? param : t(param.key)));
  const params = [...given, ...(error.issue ? [fieldIssueText(error.issue, t)] : [])];
  const said = error.key ? (error.count === undefined ? t(error.key, ...params) : tn(error.key, error.count, ...params)) : undefined;
  const text = said && said !== error.key ? said : withoutRowPrefix(error.message);
  // "…and 3 more problems" counts rows; it is no row's own.
  return format === 'csv' && error.row > 0 && error.count === undefined ? t('importRowError', error.row, text) : text;
}
