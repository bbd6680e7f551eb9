// A suggestion's reason in the UI's language, one short line next to its field: "“quote” in the
// email", "your earlier choice". The evidence (`detail`) comes from page text, so the result is
// only ever rendered as text. A code this build does not know shows its evidence as it is.
import { EARLIER_CHOICE } from '@/lib/messages/reason-codes';
import type { SuggestionReason } from '@/lib/messages/suggestion';

/** The message key per reason code (public/_locales/*: every key in en and zh_CN). */
export const REASON_MESSAGES = {
  keyword: 'reasonKeyword',
  'crm-record': 'reasonCrmRecord',
  'crm-lead': 'reasonCrmLead',
  'known-contact': 'reasonKnownContact',
  'milestone-word': 'reasonMilestoneWord',
  default: 'reasonNoMilestone',
  'free-mail': 'reasonFreeMail',
  'company-domain': 'reasonCompanyDomain',
  'company-name': 'reasonCompanyName',
  'reseller-domain': 'reasonResellerDomain',
  'online-store': 'reasonOnlineStore',
  'webmail-default': 'reasonWebmailDefault',
  'date-in-text': 'reasonDateInText',
  'default-offset': 'reasonDefaultOffset',
  [EARLIER_CHOICE]: 'reasonEarlierChoice',
  // The classifier's codes from issue 15's rules (lib/classify, part A).
  'reseller-onboarding': 'reasonResellerOnboarding',
  'existing-relationship': 'reasonExistingRelationship',
  'first-contact': 'reasonFirstContact',
  'asked-for': 'reasonAskedFor',
  'signature-company': 'reasonSignatureCompany',
  'personal-signal': 'reasonPersonalSignal',
  'channel-word': 'reasonChannelWord',
  'company-contact': 'reasonCompanyContact',
  'deadline-passed': 'reasonDeadlinePassed',
} as const;

type Translate = (key: (typeof REASON_MESSAGES)[keyof typeof REASON_MESSAGES], sub: string) => string;

export function reasonText(reason: Pick<SuggestionReason, 'code' | 'detail'>, t: Translate): string {
  const key = reason.code && Object.hasOwn(REASON_MESSAGES, reason.code) ? REASON_MESSAGES[reason.code as keyof typeof REASON_MESSAGES] : undefined;
  const worded = key ? t(key, reason.detail) : '';
  // An empty message (a key missing from a locale) must not leave the field without its reason.
  return worded || reason.detail;
}

/** The reason shown beside a field: the one for the value the field holds now, else none. */
export function reasonFor(reasons: readonly SuggestionReason[], dimension: SuggestionReason['dimension'], value: string | undefined): SuggestionReason | undefined {
  return value ? reasons.find((r) => r.dimension === dimension && r.value === value) : undefined;
}
