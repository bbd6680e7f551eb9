// A valibot issue read as a FieldIssue (./field-issue.ts): the kind of problem from the issue's
// type, the field from its path. valibot's English message is not kept: callers log it.
import * as v from 'valibot';
import type { FieldIssue, IssueReason } from './field-issue';

const NUMBER_CHECKS = new Set(['number', 'integer', 'safe_integer', 'min_value', 'max_value']);

function reasonOf(issue: v.BaseIssue<unknown>, field: string): IssueReason {
  const input = issue.input;
  if (issue.kind === 'schema') {
    if (input === undefined || input === null) return 'missing';
    if (issue.type === 'picklist') return field.startsWith('categories') || field === 'dimension' ? 'category' : 'choice';
    return 'type';
  }
  switch (issue.type) {
    case 'min_length':
      return 'missing';
    case 'max_length':
      return Array.isArray(input) ? 'too_many' : 'too_long';
    case 'iso_date':
      return 'date';
    case 'iso_time':
      return 'time';
    case 'url':
      return 'url';
    case 'email':
      return 'email';
    case 'uuid':
      return 'id';
    case 'regex':
      return field.startsWith('categories') || field === 'id' ? 'category' : 'format';
    case 'check':
      // Our own checks: a calendar date (LocalDateSchema) or a web address (HttpUrlSchema).
      return /date|start/i.test(field) ? 'date' : /url/i.test(field) ? 'url' : 'format';
    default:
      return NUMBER_CHECKS.has(issue.type) ? 'number' : 'format';
  }
}

/**
 * The first of a schema's issues as a FieldIssue, its path under `prefix` ("contact" for a
 * row's contact columns). A record-wide check (no path) is named by `prefix`, or "other".
 */
export function fieldIssue(issues: readonly v.BaseIssue<unknown>[], prefix?: string): FieldIssue {
  const issue = issues[0]!;
  const path = (v.getDotPath(issue) ?? '').split('.').filter((part) => part && !/^\d+$/.test(part)).join('.');
  const field = [prefix, path].filter(Boolean).join('.') || 'record';
  const reason = reasonOf(issue, path);
  const limit = typeof issue.requirement === 'number' && (reason === 'too_long' || reason === 'too_many') ? issue.requirement : undefined;
  return { field, reason, ...(limit !== undefined ? { limit } : {}) };
}
