// Header labels (From / To / Cc / Bcc) as webmail writes them in the languages reps use, with
// or without a colon (ASCII or full-width). Every mail UI localises these words and most drop
// the colon somewhere (Outlook's recipient wells, Roundcube's header table), so a role read
// only from "To:" holds for one build in one language.

import type { ContactRole } from './types';

type LabelRole = Extract<ContactRole, 'sender' | 'recipient' | 'cc'>;

/** Words unlikely to stand at the start of a header line for any other reason. Written as one
 *  '|'-separated string per role: every content script carries these, and a list of quoted
 *  strings costs each word three bytes more. */
const STRONG: Record<LabelRole, string> = {
  sender: 'from|发件人|發件人|寄件者|寄件人|差出人|送信者|von|expéditeur|remitente|mittente|afzender|от|nadawca|보낸사람|kimden|lähettäjä|feladó|odesílatel',
  recipient: 'to|收件人|收件者|发送至|宛先|受信者|empfänger|destinataire|destinataires|destinatario|destinatarios|кому|odbiorca|aan|받는사람|kime|komu|kepada|vastaanottaja|címzett|příjemce',
  cc: 'cc|bcc|copie à|抄送|密送|抄送人|副本|密件副本|kopie|blindkopie|copie|cci|cco|copia|cópia|копия|dw|udw|참조|نسخة إلى|collaborators|collaborator|másolat|kopio',
};
/** Short words that are also ordinary words or parts of names ("de", "an", "a", "da"), and the
 *  Cc labels of languages Gmail's details rows show with their colon (Hebrew עותק, Swedish
 *  Kopia, Turkish Bilgi, Hindi प्रतिलिपि; Indonesian and Dutch write "Cc"): a label only with a
 *  colon after it, or as the whole text of its own element. There, an unknown label's person is
 *  taken for a recipient, so it is the Cc word that matters (every script carries these). */
// A meeting's attendee wells (Outlook: "Required" / "Optional", 必需 / 可选) are its To and Cc;
// those words also start ordinary sentences, so they too count only alone or with a colon.
// A calendar item's organiser heads its people as the sender ("Organizer", "Organizador", 组织者).
const WEAK: Record<LabelRole, string> = {
  sender: 'de|da|od|من|organizer|organiser|organizador|organisateur|organisator|组织者|fra|från|dari|từ|από|จาก',
  recipient: 'an|à|a|para|per|do|إلى|required|erforderlich|obligatoire|obligatorio|obrigatório|必需|til|till|đến|tới|προς|ถึง',
  cc: 'optional|facultatif|opcional|可选|עותק|kopia|bilgi|gizli|κοιν.|สำเนา|प्रतिलिपि',
};

const ROLE_OF = new Map<string, LabelRole>();
const WEAK_WORDS = new Set<string>();
for (const [role, words] of Object.entries(STRONG) as [LabelRole, string][]) for (const w of words.split('|')) ROLE_OF.set(w, role);
for (const [role, words] of Object.entries(WEAK) as [LabelRole, string][]) {
  for (const w of words.split('|')) {
    ROLE_OF.set(w, role);
    WEAK_WORDS.add(w);
  }
}

/** The label words longest first, for LABEL_AT. They are letters and spaces, but for Greek's
 *  abbreviated Cc ("Κοιν."), whose dot is only a dot. */
const WORDS = [...ROLE_OF.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace('.', '\\.'));
/** A label at the start of a text or after a list separator — or after an address's closing
 *  bracket: a compact header writes its Cc on the To line ("收件人：刘芳 <…>; 孙强 <…> 抄送：周丽 <…>")
 *  — then a colon (anything may follow it: "收件人：刘洋") or a space or the end. The lookahead
 *  keeps "To" out of "Tom" and "de" out of "Dena"; CJK labels need no word boundary. */
const LABEL_AT = new RegExp(`(?:^|[,;，；、|(（>]\\s*)(${WORDS.join('|')})\\s*(?:([:：])|(?=[\\s]|$))`, 'giu');

/** The role a label word stands for, or null. */
export function roleOfLabel(word: string): LabelRole | null {
  return ROLE_OF.get(word.toLowerCase()) ?? null;
}

/** A label word that is also an ordinary word or a name ("de", "An", "Fra"): alone it may be a person's. */
export const isWeakLabel = (word: string): boolean => WEAK_WORDS.has(word.toLowerCase());

/** Chinese UIs pad two-character labels to the width of three with a full-width space ("抄\u3000送：",
 *  QQ Mail, NetEase) or no-break spaces ("收&nbsp;件&nbsp;人："): the label is its characters
 *  without the gaps. Chinese text has no spaces between words, so closing them anywhere is safe. */
export function closeCjkGaps(text: string): string {
  return text.replace(/(\p{Script=Han})[\s\u3000\u00a0]+(?=\p{Script=Han})/gu, '$1');
}

/**
 * The role of the last header label in `text` (the text written before a person on their line),
 * or null. `wholeSegments` are texts that stood alone in their own element: a weak word counts
 * there without a colon ("An" in its own cell).
 */
export function lastLabelIn(segments: readonly string[]): LabelRole | null {
  let role: LabelRole | null = null;
  for (const segment of segments) {
    // Right-to-left UIs (Arabic) put direction marks around their labels ("إلى:\u200f").
    const trimmed = closeCjkGaps(segment.replace(/[\u200e\u200f]/g, '').trim());
    if (!trimmed) continue;
    const alone = /^(\S+?)\s*[:：]?$/u.exec(trimmed)?.[1];
    // A one-letter weak word ("a", "à") alone is too common a word: it needs its colon.
    if (alone && ROLE_OF.has(alone.toLowerCase()) && (alone.length > 1 || /[:：]$/.test(trimmed))) {
      role = ROLE_OF.get(alone.toLowerCase())!;
      continue;
    }
    for (const m of trimmed.matchAll(LABEL_AT)) {
      const word = (m[1] ?? '').toLowerCase();
      // Without a colon a label must end its text ("to ", ", cc "): "To be sure, write to …"
      // is a sentence, not a header line. Weak words always need the colon.
      const rest = trimmed.slice((m.index ?? 0) + m[0].length).replace(/[\s,;，；、]/g, '');
      if (!m[2] && (WEAK_WORDS.has(word) || rest.length > 0)) continue;
      role = ROLE_OF.get(word) ?? role;
    }
  }
  return role;
}

/** Role from a label at the start of an attribute ("To: Alex Rep; Dana", "Cc", "An Dana"). */
export function roleFromLeadingLabel(text: string | null): LabelRole | null {
  if (!text) return null;
  const m = /^\s*([^\s:：;,]+)\s*([:：])?/u.exec(text);
  if (!m?.[1]) return null;
  const word = m[1].toLowerCase();
  const role = ROLE_OF.get(word);
  if (!role) return null;
  // A weak word needs its colon, or to be the whole label.
  if (WEAK_WORDS.has(word) && !m[2] && text.trim().toLowerCase() !== word) return null;
  return role;
}

/** Strips a leading label ("To: ", "收件人：", "An ") from a text. */
export function withoutLeadingLabel(text: string): string {
  const role = roleFromLeadingLabel(text);
  return role ? text.replace(/^\s*[^\s:：;,]+\s*[:：]?\s*/u, '') : text;
}
