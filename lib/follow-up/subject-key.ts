// A thread's subject as a key: what links a follow-up to its conversation on sites that show no
// thread id (or where the list and the open thread disagree on it). Replies and forwards prefix
// the subject ("Re:", "AW:", "回复：") and clients stack them ("RE: Fwd: Re: Pricing"), so every
// leading prefix goes, in the languages reps' correspondents write in; then case and spacing.

/** Reply/forward prefixes: English, German (AW/WG), Nordic (SV/VS), French (TR), Dutch (Antw),
 *  Chinese (回复/答复/转发), each with an optional counter ("Re[2]:", "RE(3):"), a colon
 *  either half- or full-width. */
const PREFIX = /^\s*(?:re|fwd?|aw|wg|sv|vs|tr|antw|回复|答复|转发|回覆|轉寄)\s*(?:[[(]\d+[\])])?\s*[:：]\s*/i;

/** Longest key kept: a subject is a line, and the model caps sourceTitle higher anyway. */
const MAX_KEY = 300;

/** The normalised subject, '' when nothing is left (an empty or prefix-only subject). */
export function subjectKey(subject: string | null | undefined): string {
  let rest = (subject ?? '').normalize('NFKC');
  for (let guard = 0; guard < 20; guard++) {
    const next = rest.replace(PREFIX, '');
    if (next === rest) break;
    rest = next;
  }
  return rest.replace(/\s+/g, ' ').trim().toLowerCase().slice(0, MAX_KEY);
}
