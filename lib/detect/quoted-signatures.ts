// Signatures of the messages quoted or forwarded inside a body. A reply (a sent item, above all)
// or a forward carries the original under a header naming its sender ("-----Original Message-----
// From: Anna Schmidt <anna@…> Sent: …", "原始邮件 发件人: "王建国" <…>", "On … Sam <sam@…> wrote:");
// that part's sign-off block — its phone and company — is that sender's, never the body's author's
// nor nobody's. A signature belongs to the message part it sits in. A page read whole that shows
// several messages (Gmail's print view: each message's sender line above its 收件者 / To line) is
// read the same way, part by part.
// What the CLI reads and signature-kit.js brings to the content scripts (signatureContacts).
import { attendeeCompanies } from './attendee-company';
import { makeContact } from './contact';
import { linesOf, type Line } from './dom';
import { findEmails } from './email-scan';
import { messageBodies, ownSignatures, type SignatureReader } from './generic/signatures';
import { roleFromLeadingLabel } from './labels';
import { findPhones } from './phone-scan';
import { afterHeader, QUOTE_START, type SignatureInfo } from './signature';
import { parseWithPhones, signatureWithPhones } from './signature-phones';

/** A quoted header's From row in other UI languages, with or without its colon ("差出人：…",
 *  "Von Anna Schmidt <…>"): the address on the line (required below) makes it a header. */
const FROM_ROW = /^(?:from|von|差出人|发件人|寄件者)[:：]?\s/i;

/** Lower case without accents: "Antunes, Sofia" and "sofia.antunes@" share "sofia". */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** True when line `i` starts a message part: a quoted header's first line, or a line naming its
 *  sender with no label at all, the To line one or two lines below it (a date may sit between). */
const startsPart = (lines: readonly Line[], i: number): boolean => {
  const text = lines[i]!.text;
  return QUOTE_START.test(text) || FROM_ROW.test(text) || (text.includes('@') && !roleFromLeadingLabel(text) && [1, 2].some((d) => roleFromLeadingLabel(lines[i + d]?.text ?? null) === 'recipient'));
};

/** The sign-off block of each quoted or forwarded part of `body` whose header line gives its
 *  sender's address, with that address. */
export function quotedSignatures(body: Element): SignatureInfo[] {
  // Quoted elements included: here the quoted parts are what is read. linesOf is bounded; the
  // caller (the generic core) runs inside its own guard.
  const lines = linesOf(body);
  const starts = lines.flatMap((_, i) => (startsPart(lines, i) ? [i] : []));
  return starts.flatMap((start, k) => {
    const header = lines[start]!.text;
    const from = findEmails(header, 1)[0];
    // The part after its header's rows (Sent:, To:, Subject:, 发送时间:…), to the next header.
    const part = afterHeader(lines.slice(start, starts[k + 1]));
    const sig = from && parseWithPhones(part);
    // The block is the header's sender's only when the header names them ("On … Priya Raman
    // <…> wrote:" over "Priya"): a Gmail reply's own signature sits below the quote it sends.
    // A header that gives the address alone ("De: sofia.antunes@…") names them in it: a word of the
    // name, in any case and without its accents, in the header is enough.
    // The first word counts at any length (a CJK surname is two characters: "佐藤 美咲").
    const words = sig?.name?.split(/\s+/).filter((w, i) => i === 0 || w.length > 2) ?? [];
    const head = fold(header);
    if (!sig || !words.some((w) => head.includes(fold(w))) || !(sig.phone || sig.company)) return [];
    // The block's other numbers ("T: … | M: …", a mobile under the office line), from its name on.
    const more = part.slice(part.findLastIndex((l) => l.text.includes(sig.name!))).flatMap((l) => findPhones(l.text, false, 3).map((p) => p.raw)).filter((p) => p !== sig.phone);
    // Seen at their header line, where the page shows them (and their button goes).
    return [{ ...sig, email: from.email, anchor: lines[start]!.el, more }];
  });
}

/**
 * Every sign-off block under root (and every name with its company written after it): each message's own (./generic/signatures.ts) and its quoted
 * and forwarded parts', each that part's sender with their phone and company. The block's other
 * numbers are theirs too: left nameless, one would go to whoever is nearest — in a forward,
 * another layer's sender.
 */
export const signatureContacts: SignatureReader = (root, body) => {
  // With them, the companies written after people's names (a meeting's attendees: ./attendee-company.ts).
  const out = [...ownSignatures(root, body, signatureWithPhones), ...attendeeCompanies(root)];
  for (const el of messageBodies(root, body).els) {
    for (const quoted of quotedSignatures(el)) {
      out.push(makeContact(quoted, 'sender', quoted.anchor));
      for (const phone of quoted.more ?? []) out.push(makeContact({ name: quoted.name, phone }, 'signature', quoted.anchor));
    }
  }
  return out;
};
