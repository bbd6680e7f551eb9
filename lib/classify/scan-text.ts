/**
 * The text the classifier reads, bounded: page-supplied strings can be megabytes, and the
 * classifier runs in the service worker for every click.
 */
import { prepare } from './match';

/** Body characters read for keywords. */
export const MAX_SCAN_CHARS = 20_000;
const MAX_SUBJECT_CHARS = 1_000;

export interface ScanText {
  /** Lower-cased, for keyword matching. */
  subject: string;
  body: string;
  /** The newest message only, lower-cased: quoted replies below it talk about older work. */
  latest: string;
  /** Original case, for date parsing. */
  rawSubject: string;
  /** The newest message only, original case: quoted replies below it carry old dates. */
  rawLatest: string;
}

// Where a reply's quoted history starts, in the forms Gmail, Outlook and Chinese clients write.
const QUOTE_MARKERS = [
  /\n[^\n]{0,20}On [^\n]{1,200}wrote:/u,
  /\n\s*-{2,}\s*(?:Original|Forwarded) Message\s*-{2,}/iu,
  /\n\s*(?:From|发件人|寄件者)\s*[:：]/u,
  /\n\s*在[^\n]{1,120}写道\s*[:：]/u,
  /\n\s*-{2,}\s*(?:原始邮件|转发的邮件)\s*-{2,}/u,
];

export function scanText(subject: unknown, body: unknown): ScanText {
  const rawSubject = asText(subject, MAX_SUBJECT_CHARS);
  const rawBody = asText(body, MAX_SCAN_CHARS);
  const rawLatest = latestMessage(rawBody);
  return {
    subject: prepare(rawSubject),
    body: prepare(rawBody),
    latest: prepare(rawLatest),
    rawSubject,
    rawLatest,
  };
}

/** The text above the first quoted-reply marker, without "> " quoted lines. */
export function latestMessage(body: string): string {
  let end = body.length;
  for (const marker of QUOTE_MARKERS) {
    const m = marker.exec(body);
    if (m && m.index < end) end = m.index;
  }
  return body
    .slice(0, end)
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('>'))
    .join('\n');
}

function asText(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}
