// The ASCII twins and substring hints in front of the big Unicode patterns (lib/detect/normalize.ts,
// lib/detect/mailboxes.ts) must answer exactly as the patterns alone did: checked here against
// copies of those patterns over names and addresses built to hit every branch.
import { describe, expect, it } from 'vitest';
import { isRoleMailbox } from '@/lib/detect/mailboxes';
import { needsNoCleaning } from '@/lib/detect/normalize';

const PLAIN_NAME = /^[\p{L}\p{N}](?:[\p{L}\p{N}\p{M} .'’-]{0,198}[\p{L}\p{N}\p{M}.])?$/u;
const SALUTATION = /^(?:mr|mrs|ms|miss|mx|dr|prof|herr|frau|mme|mlle|sr|sra|srta|sig|sig\.ra|dott)\.?\s+(?=\p{L}+(?:\s|$))/iu;
const reference = (raw: string) => PLAIN_NAME.test(raw) && !/\s\s/.test(raw) && !SALUTATION.test(raw);

const ROBOT_LOCAL = /(?:^|[-_.+\d])(no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|no[-_.]?responder|no[-_.]?response|ne[-_.]?pas[-_.]?repondre|nao[-_.]?responda|nicht[-_.]?antworten|keine[-_.]?antwort|notifications?|notify|notifier|mailer[-_.]?daemon|postmaster|bounces?|bounce[-_.]\w+|auto[-_.]?reply|autoresponder|auto[-_.]?confirm|automated|daemon|alerts?|system[-_.]?notification|reply[-_.]?not[-_.]?monitored|unmonitored)(?=$|[-_.+\d])/i;
const ROBOT_NAME = /\b(no[- ]?reply|do not reply|mail delivery (subsystem|system)|mailer[- ]daemon|postmaster|ne pas répondre)\b|自动回复|系统邮件|系统通知|请勿回复|勿回复|退信/i;

/** A small deterministic generator, so a failure names its input. */
function* strings(alphabet: string, count: number, maxLength: number, seed = 7): Generator<string> {
  let x = seed;
  const next = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < count; i++) {
    const length = 1 + Math.floor(next() * maxLength);
    let s = '';
    for (let k = 0; k < length; k++) s += alphabet[Math.floor(next() * alphabet.length)];
    yield s;
  }
}

describe('names kept as they are', () => {
  const names = [
    'Dana Okafor', "Conor O'Brien", 'Jean-Luc Picard', 'J. R. Smith', 'Anna Müller', 'José Álvarez', '王小明', 'Wang Xiaoming',
    'Dr. Jane Roe', 'dr jane roe', 'Ms Sofia Rossi', 'Herr Klaus Schneider', 'Mr.', 'Mr', 'Drew Barry', 'Sr. Ana', 'sig.ra Bianchi',
    'ſr. Ana', 'MRS Ann', 'Dana  Okafor', ' Dana', 'Dana ', 'Dana Okafor (ACME)', 'dana@acme.example', 'Dana O’Kafor', 'René\u0301',
    'x'.repeat(200), 'x'.repeat(201), '1st Choice', '.Dana', 'Dana.',
  ];
  it('match the full patterns on written cases', () => {
    for (const name of names) expect([name, needsNoCleaning(name)]).toEqual([name, reference(name)]);
  });
  it('match the full patterns on generated ASCII and mixed text', () => {
    for (const name of strings("abDMrsſ .'’-é王\u0301(2", 3000, 14)) expect([name, needsNoCleaning(name)]).toEqual([name, reference(name)]);
    for (const name of strings('DrMsHerr. abc\t', 2000, 10, 11)) expect([name, needsNoCleaning(name)]).toEqual([name, reference(name)]);
  });
});

describe('role mailboxes', () => {
  const words = ['noreply', 'no-reply', 'no_reply', 'do-not-reply', 'donotreply', 'dont.reply', 'no-responder', 'noresponse', 'ne-pas-repondre', 'nao.responda',
    'nicht-antworten', 'keine_antwort', 'notification', 'notifications', 'notify', 'notifier', 'mailer-daemon', 'postmaster', 'bounce', 'bounces', 'bounce-123abc',
    'auto-reply', 'autoresponder', 'auto.confirm', 'automated', 'daemon', 'alert', 'alerts', 'system-notification', 'reply-not-monitored', 'unmonitored'];
  it('are found as before, in every shape', () => {
    for (const word of words) {
      for (const local of [word, `${word}+x`, `calendar-${word}`, `${word}2`, `x.${word}.y`, `x${word}`]) {
        const email = `${local}@example.com`;
        expect([email, isRoleMailbox(email)]).toEqual([email, ROBOT_LOCAL.test(local)]);
      }
    }
  });
  it('agree with the patterns on generated addresses and names', () => {
    for (const local of strings('noreplyautdmsficb-_.+1', 4000, 16)) {
      const email = `${local}@example.com`;
      expect([email, isRoleMailbox(email)]).toEqual([email, ROBOT_LOCAL.test(local)]);
    }
    const names = ['Google (no reply)', 'No Reply', 'NOREPLY', 'Mail Delivery Subsystem', 'mail delivery system', 'Mailer-Daemon', 'POSTMASTER', 'Ne pas RÉPONDRE',
      '自动回复', '系统邮件', '系统通知', '请勿回复', '勿回复', '退信', 'Dana Okafor', 'Delivery team', 'Replies'];
    for (const name of names) expect([name, isRoleMailbox('dana@example.com', name)]).toEqual([name, ROBOT_NAME.test(name)]);
  });
});
