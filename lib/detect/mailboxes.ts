// Mailboxes that cannot answer: no-reply senders, notification robots, bounce and delivery
// daemons, auto-responders. They are not people to follow up with, so they are not offered
// (unless the rep asks for them). Shared team mailboxes that people read — sales@, billing@,
// support@ — are not role mailboxes here: someone answers them.

/** Words of a local part (split at ".", "-", "_", "+" and digits) that say no person reads it:
 *  "no-reply", "calendar-notification", "messages-noreply", "ne-pas-repondre", "mailer-daemon". */
const ROBOT_LOCAL = /(?:^|[-_.+\d])(no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|no[-_.]?responder|no[-_.]?response|ne[-_.]?pas[-_.]?repondre|nao[-_.]?responda|nicht[-_.]?antworten|keine[-_.]?antwort|notifications?|notify|notifier|mailer[-_.]?daemon|postmaster|bounces?|bounce[-_.]\w+|auto[-_.]?reply|autoresponder|auto[-_.]?confirm|automated|daemon|alerts?|system[-_.]?notification|reply[-_.]?not[-_.]?monitored|unmonitored)(?=$|[-_.+\d])/i;
/** Display names that say the same: "Google (no reply)", "自动回复", "Mail Delivery Subsystem". */
const ROBOT_NAME = /\b(no[- ]?reply|do not reply|mail delivery (subsystem|system)|mailer[- ]daemon|postmaster|ne pas répondre)\b|自动回复|系统邮件|系统通知|请勿回复|勿回复|退信/i;

/** True when the address (or its display name) belongs to a mailbox nobody answers. */
export function isRoleMailbox(email: string | null, name?: string | null): boolean {
  if (email) {
    const local = email.slice(0, email.indexOf('@'));
    if (ROBOT_LOCAL.test(local)) return true;
  }
  return !!name && ROBOT_NAME.test(name);
}
