/**
 * Customer type from the address: a free-mail provider → B2C, any other domain → B2B. A known
 * company name also means B2B, even on a free-mail address (small firms often use Gmail).
 */
import { isFreeMailDomain, registrableDomain, type FreeMailOverrides } from '../domains';
import type { CustomerId, Decision } from '../types';

export function decideCustomer(
  emailDomain: string | null,
  company: unknown,
  overrides: FreeMailOverrides | undefined,
): Decision<CustomerId> | undefined {
  const companyName = typeof company === 'string' ? company.replace(/\s+/gu, ' ').trim().slice(0, 200) : '';
  if (emailDomain) {
    if (!isFreeMailDomain(emailDomain, overrides)) {
      const domain = registrableDomain(emailDomain);
      // An IP literal or "localhost" says nothing about the customer.
      if (domain) return { value: 'b2b', code: 'company-domain', detail: domain };
    } else if (!companyName) {
      return { value: 'b2c', code: 'free-mail', detail: registrableDomain(emailDomain) ?? emailDomain };
    }
  }
  if (companyName) return { value: 'b2b', code: 'company-name', detail: companyName };
  return undefined;
}
