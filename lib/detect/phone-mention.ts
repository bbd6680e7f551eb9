// A phone written in a message's sentence for someone named there is that person's: "Marc can
// be reached on +33 6 12 34 56 78", "财务李娜在抄送里，可以联系她（电话 021-6288 0000 转 305）",
// "技术对接人为胡建国，手机 186 …" — never the sender's, who keeps her own signature number.
// Kept small: it runs in the content scripts (25 KB gzip each).

import { linesOf } from './dom';
import { signOffStart } from './signature';
import type { DetectedContact } from './types';

const SENTENCE_END = /[.!?。！？;；]/;
/** The writer's own number ("call me on", "my mobile", "我的手机"). */
const FIRST_PERSON = /\b(?:me|my|I|us|our)\b|我/;
/** A contact person named only there, with no address on the page: "对接人为胡建国，". */
const CONTACT_PERSON = /(?:联系人|对接人)(?:为|是|[:：])?\s*(\p{Script=Han}{2,4})[，,、\s]/u;

export type MentionReader = typeof mentionBefore;

/** Whom the sentence before `raw` (a phone in `el`'s text) names: a person on the page, or the
 *  name of a contact person not on it; null when it names nobody or the writer. */
export function mentionBefore(el: Element, raw: string, people: readonly DetectedContact[]): DetectedContact | string | null {
  const lines = linesOf(el);
  const at = lines.findIndex((l) => l.text.includes(raw));
  // A number in a sign-off block is the signature's (./ownership.ts), whoever the message names.
  if (at < 0 || signOffStart(lines.slice(0, at + 1)) >= 0) return null;
  const line = lines[at]!.text;
  // Its own sentence, and the one before when it only points back ("…可以联系她", "call her").
  const parts = line.slice(0, line.indexOf(raw)).split(SENTENCE_END);
  // "Hi Marc, …" greets the reader: it does not say whose number follows.
  const window = parts.slice(/\b(?:him|her)\b|他|她/.test(parts[parts.length - 1]!) ? -2 : -1).join().replace(/\b(?:hi|hello|dear|hey)\s+\p{L}+/giu, '');
  const contact = CONTACT_PERSON.exec(window);
  let found: DetectedContact | string | null = contact?.[1] ?? null;
  let last = contact?.index ?? -1;
  for (const person of people) {
    for (const name of [person.name, person.name?.split(' ')[0]]) {
      const i = name && name.length > 1 ? window.lastIndexOf(name) : -1;
      if (i > last) [found, last] = [person, i];
    }
  }
  // "Marc is out, so call me on …": the writer's own number after all.
  return FIRST_PERSON.test(window.slice(last)) ? null : found;
}
