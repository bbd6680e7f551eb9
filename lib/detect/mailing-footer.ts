// A mailing's footer names its reader: "This email was sent to <addr>", "You are receiving this
// because <addr> subscribed", "Diese E-Mail wurde an <addr> gesendet", "Cet e-mail a été envoyé à
// <addr>", "此邮件发送至 <addr>", "<addr> 宛に送信". The page shows that mail to the signed-in user,
// so the address is the rep's: never offered, and learnt (entrypoints/record-kit.ts). Only the
// footer's own sentence counts — the mail ("this email", "diese Nachricht", "此邮件") as its
// subject — never a body's "I sent the quote to omar@…".

import { walkText } from './dom';
import { validEmail } from './email-scan';

const ADDRESS = '([^\\s<>()"\'，,。;；:：]+@[^\\s<>()"\'，,。;；:：]+?)[.。]?';
/** The sentence before the address (en, de, fr, es, pt, zh, ar), or after it (ja). */
const SENT_TO = new RegExp(
  `(?:(?:e-?mail|message|newsletter|mailing)\\s+(?:was|has been|is)\\s+sent\\s+to|receiving this[^@]{0,60}?because|(?:e-?mail|nachricht|newsletter)\\s+wurde\\s+an|(?:e-?mail|message|courriel)\\s+(?:vous\\s+)?a\\s+été\\s+envoyée?\\s+à|(?:correo|mensaje|e-?mail)(?:\\s+electrónico)?\\s+(?:fue|ha\\s+sido|se)\\s+envi(?:ado|ada|ó)\\s+a|(?:e-?mail|mensagem)\\s+foi\\s+enviad[oa]\\s+(?:para|a)|(?:此|本|该)(?:封)?(?:电子)?邮件[^@\\s]{0,4}?(?:发送至|发送给|发给|寄至|寄给)|هذه\\s+الرسالة\\s+إلى|هذا\\s+البريد\\s+إلى)\\s*[:：]?\\s*${ADDRESS}(?=[\\s，,。;；)]|$)|${ADDRESS}\\s*(?:宛|あて)`,
  'giu',
);

/** The addresses a mailing's footer says it was sent to (lower-cased). */
export function mailedTo(doc: Document): string[] {
  const found = new Set<string>();
  const seen = new Set<Element>();
  walkText(doc.body ?? doc.documentElement, (text, parent) => {
    // The sentence may wrap its address in a link: read the text around it.
    const around = text.includes('@') ? parent.closest('p, div, td, li, span') ?? parent : null;
    if (!around || seen.has(around) || found.size > 3) return;
    seen.add(around);
    for (const m of (around.textContent ?? '').slice(0, 1_000).matchAll(SENT_TO)) {
      const email = validEmail(m[1] ?? m[2] ?? '');
      if (email) found.add(email.toLowerCase());
    }
  }, { maxNodes: 5_000, maxChars: 100_000 });
  return [...found];
}
