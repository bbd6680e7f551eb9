// A rep's earlier corrections applied to a fresh suggestion: the person's own choice first, then
// their company's; the reason for such a value says it was the rep's choice, not the classifier's.
import { isFreeMailDomain, emailDomain, registrableDomain } from '../classify';
import * as db from '../db';
import { EARLIER_CHOICE } from '../messages/reason-codes';
import type { PageSuggestion } from '../messages/suggestion';
import { DIMENSIONS, type NormalContact, type Settings, type TaskCategories } from '../model';

/**
 * The company a sender's address stands for (its registrable domain), or null for a free-mail
 * address: two strangers on gmail.com or qq.com share nothing, so their corrections stay per contact.
 */
export function companyDomain(email: string | undefined, settings: Pick<Settings, 'freeMailDomains' | 'companyMailDomains'>): string | null {
  const domain = emailDomain(email);
  if (!domain) return null;
  if (isFreeMailDomain(domain, { free: settings.freeMailDomains, notFree: settings.companyMailDomains })) return null;
  return registrableDomain(domain) ?? domain;
}

export function applyChoices(
  suggestion: PageSuggestion,
  remembered: db.RememberedChoices,
  locale: 'en' | 'zh-CN',
  /** Whether a value still exists (not archived): a remembered value the rep has since retired is skipped. */
  isActive: (dimension: string, id: string) => boolean = () => true,
): PageSuggestion {
  const categories = { ...suggestion.categories };
  let reasons = suggestion.reasons;
  for (const dimension of DIMENSIONS) {
    const fromContact = remembered.contact?.[dimension];
    const fromDomain = remembered.domain?.[dimension];
    const value = fromContact && isActive(dimension, fromContact) ? fromContact : fromDomain && isActive(dimension, fromDomain) ? fromDomain : undefined;
    if (!value) continue;
    categories[dimension] = value;
    const detail =
      locale === 'zh-CN'
        ? value === fromContact ? '你之前为此人的选择' : '你之前为这家公司的选择'
        : value === fromContact ? 'your earlier choice for this person' : 'your earlier choice for this company';
    reasons = [...reasons.filter((r) => r.dimension !== dimension), { dimension, value, code: EARLIER_CHOICE, detail }];
  }
  return { ...suggestion, categories, reasons };
}

/**
 * After a create from the panel: what the rep changed is kept for the contact and, unless the
 * address is free mail, for their company. A failure here is logged, never the create's failure:
 * the task the rep asked for exists either way.
 */
export async function rememberCorrections(database: db.TasklaneDb, contact: NormalContact | undefined, corrections: TaskCategories, now: number): Promise<void> {
  if (!contact) return;
  try {
    const settings = await db.getSettings(database);
    await db.rememberChoices(database, contact, companyDomain(contact.email, settings), corrections, now);
  } catch (error) {
    console.error('[tasklane] could not remember a correction', error);
  }
}
