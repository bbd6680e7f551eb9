/**
 * The text the classifier reads, bounded: page-supplied strings can be megabytes, and the
 * classifier runs in the service worker for every click.
 */
import { prepare } from './match';
import { splitSignature } from './signature';

/** Body characters read for keywords. */
export const MAX_SCAN_CHARS = 20_000;
const MAX_SUBJECT_CHARS = 1_000;

export interface ScanText {
  /** Lower-cased, for keyword matching. */
  subject: string;
  /** The newest message only, without its signature, lower-cased: quoted replies talk about older work. */
  latest: string;
  /** The quoted history, lower-cased: read only when nothing newer decides. */
  quoted: string;
  /** The newest message's signature block, original case. */
  signature: string;
  /** Original case, for date parsing. */
  rawSubject: string;
  /** The newest message only, original case: quoted replies below it carry old dates. */
  rawLatest: string;
}

/** What the page may hand apart from the message text. */
export interface ScanParts {
  quoted?: unknown;
  signature?: unknown;
}

// Where a reply's quoted history starts, in the forms Gmail, Outlook and Chinese clients write.
const QUOTE_MARKERS = [
  /\n[^\n]{0,20}On [^\n]{1,200}wrote:/u,
  /\n\s*-{2,}\s*(?:Original|Forwarded) Message\s*-{2,}/iu,
  /\n\s*(?:From|发件人|寄件者)\s*[:：]/u,
  /\n\s*在[^\n]{1,120}写道\s*[:：]/u,
  /\n\s*-{2,}\s*(?:原始邮件|转发的邮件)\s*-{2,}/u,
];

/**
 * The parts of a message the signals read. When the page hands the quoted history apart, `text`
 * is the newest message; otherwise the history is cut off at the first reply marker. The
 * signature is the one given plus the sign-off block at the newest message's end.
 */
export function scanText(subject: unknown, body: unknown, parts: ScanParts = {}): ScanText {
  const rawSubject = asText(subject, MAX_SUBJECT_CHARS);
  const rawBody = asText(body, MAX_SCAN_CHARS);
  const givenQuoted = asText(parts.quoted, MAX_SCAN_CHARS);
  const cut = givenQuoted ? { latest: rawBody, quoted: givenQuoted } : splitQuoted(rawBody);
  const newest = cut.latest;
  const rawQuoted = cut.quoted;
  const split = splitSignature(newest);
  const givenSignature = asText(parts.signature, 2_000);
  const rawLatest = givenSignature ? split.message.replace(givenSignature.trim(), '') : split.message;
  return {
    subject: prepare(rawSubject),
    latest: prepare(rawLatest),
    quoted: prepare(rawQuoted),
    // The page's signature block, plus what closes the message text itself ("Sent from my iPhone").
    signature: givenSignature && split.signature && !givenSignature.includes(split.signature.trim())
      ? `${givenSignature}\n${split.signature}`
      : givenSignature || split.signature,
    rawSubject,
    rawLatest,
  };
}

/** The newest message, and the quoted history (from the first reply marker, plus "> " lines). */
export function splitQuoted(body: string): { latest: string; quoted: string } {
  let end = body.length;
  for (const marker of QUOTE_MARKERS) {
    const m = marker.exec(body);
    if (m && m.index < end) end = m.index;
  }
  const lines = body.slice(0, end).split('\n');
  const isQuoted = (line: string) => line.trimStart().startsWith('>');
  return {
    latest: lines.filter((l) => !isQuoted(l)).join('\n'),
    quoted: [...lines.filter(isQuoted), body.slice(end)].join('\n'),
  };
}

function asText(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}
