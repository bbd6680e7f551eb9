// Whose a lone phone is, where the text around it names them (./ownership.ts asks before it
// gives the phone to the message's sender or the record):
// - a sentence naming someone: "Marc can be reached on +33 6 12 34 56 78", "财务李娜在抄送里，可以
//   联系她（电话 021-6288 0000 转 305）", "技术对接人为胡建国，手机 186 …" — never the sender's, who
//   keeps her own signature number;
// - a team card: its heading with a job title beside it ("Sarah Whitaker / Managing Director /
//   Tel …"); an office's heading has no job title.
// A detector part (./detector.ts): in the mail scripts and the CLI; the CRM script loads it when a
// phone needs it (lib/content/mention-loader.ts).

import { linesOf, textOf } from './dom';
import { sameName } from './mail-headers';
import { nameInCard } from './ownership';
import { hasJobTitle } from './job-titles';
import { afterSignOff, signOffStart } from './signature';
import { staffCardName } from './staff-card';
import type { DetectedContact } from './types';

/** A full stop ends a sentence before a space: an address's or a number's dots do not
 *  ("Dana Kowalski (dana.k@x.test, 512-…"). */
const SENTENCE_END = /[.!?]\s|[。！？;；]/;
/** The writer's own number ("call me on", "my mobile", "我的手机"). */
const FIRST_PERSON = /\b(?:me|my|I|us|our)\b|我/;
/** A contact person named only there, with no address on the page: "对接人为胡建国，". */
const CONTACT_PERSON = /(?:联系人|对接人)(?!信息|方式)(?:为|是|[:：])?\s*(\p{Script=Han}{2,4})[，,、\s]/u;

/** Whose a lone phone is: a person on the page, a new person's name, null (ask who is nearest),
 *  or false (nobody's: ./footer-phones.ts). */
export type MentionReader = (lone: DetectedContact, people: readonly DetectedContact[]) => DetectedContact | string | null | false;

/** A number in a sign-off block is the signature's (./ownership.ts), whoever the text names. */
const signedOff = (lines: ReturnType<typeof linesOf>, at: number) => signOffStart(lines.slice(0, at + 1)) >= 0;

/** Whom the sentence before `raw` (a phone in `el`'s text) names: a person on the page, or the
 *  name of a contact person not on it; null when it names nobody or the writer; false when it
 *  names a first name two people on the page share (neither's, nor the writer's). */
export function mentionBefore(el: Element, raw: string, people: readonly DetectedContact[]): DetectedContact | string | null | false {
  const lines = linesOf(el);
  const at = lines.findIndex((l) => l.text.includes(raw));
  if (at < 0 || signedOff(lines, at)) return null;
  const line = lines[at]!.text;
  // Its own sentence, and the one before when it only points back ("…可以联系她", "call her").
  const parts = line.slice(0, line.indexOf(raw)).split(SENTENCE_END);
  // "Hi Marc, …" greets the reader: it does not say whose number follows.
  const window = parts.slice(/\b(?:him|her)\b|他|她/.test(parts[parts.length - 1]!) ? -2 : -1).join().replace(/\b(?:hi|hello|dear|hey)\s+\p{L}+/giu, '');
  const contact = CONTACT_PERSON.exec(window);
  let found: DetectedContact | string | null = contact?.[1] ?? null;
  let last = contact?.index ?? -1;
  const first = (p: DetectedContact) => p.name?.split(' ')[0];
  let shared = -1;
  // A first name alone names the number's person only in the number's own clause: "Avi (cc'd)
  // handles the install, and for deliveries talk to Danny from the warehouse on 052-…" is Danny's.
  const clause = Math.max(...[',', '，', '،', ';', '；'].map((mark) => window.lastIndexOf(mark)));
  for (const person of people) {
    for (const name of [person.name, first(person)]) {
      const i = name && name.length > 1 ? window.lastIndexOf(name) : -1;
      if (i <= last || (name !== person.name && i < clause)) continue;
      // A first name alone ("…לדבר עם יעל ב-052-…", "ruf Jonas unter …") names a person only when
      // nobody else on the page has it: two Danas, neither.
      if (name === person.name || people.filter((p) => first(p) === name).length < 2) [found, last] = [person, i];
      else shared = Math.max(shared, i);
    }
  }
  if (shared > last) return false;
  // "Marc is out, so call me on …": the writer's own number after all.
  return FIRST_PERSON.test(window.slice(last)) ? null : found;
}

/** The person a lone phone's text names (see above): one on the page, or a new one's name. */
export function namedFor(lone: DetectedContact, people: readonly DetectedContact[]): DetectedContact | string | null | false {
  const lines = linesOf(lone.anchor);
  const at = lines.findIndex((l) => l.text.includes(lone.phone!));
  // A signature's second number ("P: … M: …" under "Cheers, Chloe") is not a card's, even below a
  // section heading (Roundcube's hidden "Message Body").
  const signed = at >= 0 && (signedOff(lines, at) || afterSignOff(lines, at));
  const headed = signed ? null : nameInCard(lone, people, 'h2,h3,h4,h5,h6,strong,b');
  if (headed && /\s|\p{Script=Han}/u.test(headed) && !people.some((p) => sameName(p.name, headed)) && hasJobTitle(textOf(lone.anchor.parentElement, 300))) return headed;
  // A card without a heading element: its first line the name, its second the job title.
  const carded = at >= 0 && !signed && !headed ? staffCardName(lone) : null;
  if (carded) return people.find((p) => sameName(p.name, carded)) ?? carded;
  return mentionBefore(lone.anchor, lone.phone!, people);
}
