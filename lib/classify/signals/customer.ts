/**
 * Customer type. A company domain → B2B. A free-mail address (qq.com, 163.com, gmail.com…) is
 * B2B only when a company is named — in the signature or on the record — because small firms
 * in China and elsewhere run on free mail; otherwise it is B2C, with the personal signal that
 * says so ("my kitchen", 家里, "Sent from my iPhone") or "no company" as the reason. A place
 * name is never taken for a company. Explicit personal signals win over a company domain
 * (someone writing from work about their own flat is a consumer).
 */
import { isFreeMailDomain, registrableDomain, type FreeMailOverrides } from '../domains';
import { findKeywords } from '../match';
import { PERSONAL_WORDS } from '../phrases';
import type { ScanText } from '../scan-text';
import { DEVICE_FOOTER, isCompanyName, isPlaceName, ownBusiness, signatureCompany } from '../signature';
import type { CustomerId, Decision } from '../types';

export interface CustomerDecision extends Decision<CustomerId> {
  /** The company the decision found (for the channel's "named company contact"), if any. */
  company: string | null;
}

export function decideCustomer(
  emailDomain: string | null,
  company: unknown,
  overrides: FreeMailOverrides | undefined,
  text?: ScanText,
): CustomerDecision | undefined {
  const fromSignature = text ? signatureCompany(text.signature) : null;
  const named = preferSigned(knownCompany(company), fromSignature, text?.signature ?? '');
  const personal = text ? personalSignal(text) : null;
  if (emailDomain && !isFreeMailDomain(emailDomain, overrides)) {
    const domain = registrableDomain(emailDomain);
    // An IP literal or "localhost" says nothing about the customer.
    if (domain) {
      if (personal && !personal.device && !named && !fromSignature) {
        return { value: 'b2c', code: 'personal-signal', detail: personal.word, company: null };
      }
      return { value: 'b2b', code: 'company-domain', detail: domain, company: named ?? fromSignature ?? domain };
    }
  }
  if (named) return { value: 'b2b', code: 'company-name', detail: named, company: named };
  if (fromSignature) return { value: 'b2b', code: 'signature-company', detail: fromSignature, company: fromSignature };
  // "I run a small boutique", 我开了家农资店: a business of their own, said in the message.
  const business = text ? ownBusiness(text.latest) : null;
  if (business) return { value: 'b2b', code: 'company-name', detail: business, company: null };
  if (personal) return { value: 'b2c', code: 'personal-signal', detail: personal.word, company: null };
  if (emailDomain && isFreeMailDomain(emailDomain, overrides)) {
    return { value: 'b2c', code: 'free-mail', detail: registrableDomain(emailDomain) ?? emailDomain, company: null };
  }
  return undefined;
}

/** A company name given by the page or record, unless it is really a place. */
function knownCompany(company: unknown): string | null {
  if (typeof company !== 'string') return null;
  const name = company.replace(/\s+/gu, ' ').trim().slice(0, 200);
  if (!name || isPlaceName(name)) return null;
  return name;
}

/**
 * The page's company for the contact, unless it is only a line of their signature with no
 * company's marks ("Cork" under "Harbour View Guesthouse") while the signature names a company:
 * then the signature's company is the one to cite.
 */
function preferSigned(named: string | null, signed: string | null, signature: string): string | null {
  if (!named || !signed || named === signed || isCompanyName(named)) return named;
  const lines = signature.split('\n').map((l) => l.replace(/\s+/gu, ' ').trim().toLowerCase());
  return lines.includes(named.toLowerCase()) ? signed : named;
}

/** The first personal signal in the newest message or its signature; a device footer counts last. */
function personalSignal(text: ScanText): { word: string; device: boolean } | null {
  const word = findKeywords(`${text.subject}\n${text.latest}`, PERSONAL_WORDS)[0];
  if (word) return { word, device: false };
  const footer = text.signature.split('\n').map((l) => l.trim()).find((l) => DEVICE_FOOTER.test(l));
  return footer ? { word: footer.slice(0, 60), device: true } : null;
}
