// Mailboxes that cannot answer: no-reply senders, notification robots, bounce and delivery
// daemons, auto-responders. They are not people to follow up with, so they are not offered
// (unless the rep asks for them). Shared team mailboxes that people read — sales@, billing@,
// support@ — are not role mailboxes here: someone answers them.

/** Words of a local part (split at ".", "-", "_", "+" and digits) that say no person reads it:
 *  "no-reply", "calendar-notification", "edu-notice", "messages-noreply", "mailer-daemon", and
 *  the senders of tools that write on someone's behalf (jira@….atlassian.net). A "-" in a word
 *  stands for an optional separator. A word counts only whole: newton@ and alertson@ are people.
 *  Shared mailboxes people answer (sales, billing, support, info) are not here. Extend freely. */
export const ROBOT_WORDS: readonly string[] = (
  'no-reply do-not-reply dont-reply no-responder no-response ne-pas-repondre nao-responda nicht-antworten keine-antwort ' +
  'notifications notification notify notifier notices notice alerts alert updates update news newsletters newsletter digest ' +
  'mailer-daemon postmaster bounces bounce auto-reply autoresponder auto-confirm automated daemon system-notification ' +
  'reply-not-monitored unmonitored jira confluence bitbucket trello ' +
  // The same in the languages such senders write: es, pt, it, de, fr, nl, pl.
  'no-contestar nao-responder non-rispondere niet-beantwoorden nie-odpowiadaj notificaciones notificacoes notifiche ' +
  'benachrichtigung benachrichtigungen alertas alertes meldingen powiadomienia'
).split(' ');
const ROBOT_LOCAL = new RegExp(`(?:^|[-_.+\\d])(${ROBOT_WORDS.map((w) => w.replace(/-/g, '[-_.]?')).join('|')})(?=$|[-_.+\\d])`, 'i');
/** Display names that say the same: "Google (no reply)", "自动回复", "Mail Delivery Subsystem". */
const ROBOT_NAME = /\b(no[- ]?reply|do not reply|mail delivery (subsystem|system)|mailer[- ]daemon|postmaster|ne pas répondre|qq mail team)\b|自动回复|系统邮件|系统通知|请勿回复|勿回复|退信|邮箱团队|邮件中心/i;
/** A webmail provider's own service accounts: QQ Mail's 10000@qq.com ("QQ Mail Team"), system@ or
 *  service@ at 163.com. A person's address there is a QQ number (six digits or more), a phone
 *  number or a chosen name, never a number that short. */
const PROVIDER_SERVICE = /^(\d{1,5}|system|service|admin)@(vip\.)?(qq|foxmail|163|126|yeah)\.(com|net)$/i;

/** Resource mailboxes a meeting books (rooms, equipment): room.4b@, conf-projector@, sala.tejo@ —
 *  the word opens the local part; anywhere else it is too often a surname (ana.sala@). */
const RESOURCE_LOCAL = /^(rooms?|conf|conference|meetingroom|boardroom|resource|equipment|sala|salle|raum)(?=$|[-_.+\d])/i;
/** …and their display names: "Boardroom 3 (HQ)", "Meeting Room 2", "会议室 A". */
const RESOURCE_NAME = /\b((meeting|conference|board) ?room|salle de réunion|besprechungsraum|konferenzraum)\b|会议室|會議室/i;

/** True when the address (or its display name) belongs to a mailbox nobody answers. */
export function isRoleMailbox(email: string | null, name?: string | null): boolean {
  if (email) {
    const local = email.slice(0, email.indexOf('@'));
    if (ROBOT_LOCAL.test(local) || RESOURCE_LOCAL.test(local) || PROVIDER_SERVICE.test(email)) return true;
  }
  return !!name && (ROBOT_NAME.test(name) || RESOURCE_NAME.test(name));
}
