/**
 * Email domains: which are free-mail providers (→ B2C), which belong to the user's resellers
 * (→ distribution), which are simply a company's (→ B2B).
 *
 * The free-mail list is the maintained `email-providers` package (its common.json, about 350
 * domains), not a hand-written one. Addresses on provider subdomains ("vip.163.com",
 * "mail.yahoo.co.jp") are reduced to their registrable domain with tldts first.
 */
import { parse } from 'tldts';
import commonProviders from 'email-providers/common.json';

/**
 * Entries of common.json that are not free-mail providers, so an address there is a
 * company's: placeholder domains, companies' own domains, a university.
 */
const NOT_FREE_MAIL = [
  // Placeholders and test domains.
  'example.com', 'test.com', 'test.de', 'yourdomain.com', 'mydomain.com',
  // Corporate domains of companies (their staff), not mailbox providers.
  'facebook.com', 'alibaba.com', 'oath.com', 'go.com', 'about.com', 'indiatimes.com',
  'medscape.com', 'space.com', 'discovery.com', 'ancestry.com', 'techspot.com', 'law.com',
  'casino.com', 'easypost.com', 'clerk.com', 'dnsmadeeasy.com', 'name.com', 'saudia.com',
  // A university.
  'nus.edu.sg',
];

/**
 * Consumer providers common among this product's zh-CN users that common.json lacks, and the
 * country domains of the largest providers (common.json has hotmail.com, not hotmail.co.uk).
 */
const EXTRA_FREE_MAIL = [
  'googlemail.com', '139.com', '188.com', 'sohu.com', '189.cn', 'wo.cn', '263.net', 'hanmail.net',
  'hotmail.co.uk', 'hotmail.fr', 'hotmail.de', 'hotmail.it', 'hotmail.es', 'live.co.uk', 'live.cn', 'live.fr',
  'outlook.fr', 'outlook.de', 'yahoo.com.hk', 'yahoo.com.tw', 'yahoo.com.sg',
];

const SHIPPED_FREE_MAIL: ReadonlySet<string> = new Set(
  [...(commonProviders as string[]), ...EXTRA_FREE_MAIL].filter((d) => !NOT_FREE_MAIL.includes(d)),
);

/** The part after the last "@", lower-cased, or null when there is no plausible domain. */
export function emailDomain(email: string | null | undefined): string | null {
  if (typeof email !== 'string') return null;
  const at = email.lastIndexOf('@');
  if (at < 0) return null;
  const domain = normaliseDomain(email.slice(at + 1));
  return domain || null;
}

/** "Mail.VIP.163.com." → "163.com"; null for IPs, bare hosts and garbage. A school's
 *  "staidans.sch.uk" is itself a public suffix (the list's wildcard *.sch.uk): the institution's
 *  own domain, kept whole. */
export function registrableDomain(hostOrDomain: string | null | undefined): string | null {
  const host = normaliseDomain(hostOrDomain);
  if (!host || host.length > 253) return null;
  const found = parse(host);
  if (found.domain) return found.domain;
  return found.isIcann && found.publicSuffix === host && host.split('.').length >= 3 ? host : null;
}

export interface FreeMailOverrides {
  free?: readonly string[];
  notFree?: readonly string[];
}

/** True when the domain (or the registrable domain it belongs to) is a free-mail provider. */
export function isFreeMailDomain(domain: string, overrides: FreeMailOverrides = {}): boolean {
  const candidates = [normaliseDomain(domain), registrableDomain(domain)].filter((d): d is string => !!d);
  const notFree = normaliseList(overrides.notFree);
  if (candidates.some((d) => notFree.has(d))) return false;
  const free = normaliseList(overrides.free);
  return candidates.some((d) => free.has(d) || SHIPPED_FREE_MAIL.has(d));
}

/** The reseller entry the domain belongs to (itself or a subdomain of it), or null. */
export function matchResellerDomain(domain: string, resellerDomains: readonly string[] | undefined): string | null {
  const host = normaliseDomain(domain);
  if (!host || !resellerDomains) return null;
  for (const entry of resellerDomains) {
    const reseller = normaliseDomain(entry);
    if (reseller && (host === reseller || host.endsWith(`.${reseller}`))) return reseller;
  }
  return null;
}

/**
 * Lower-cased host from whatever a user or a page gives: "@Acme.com", "https://www.acme.com/x",
 * "acme.com." all become "acme.com". Returns '' when nothing host-like remains.
 */
export function normaliseDomain(value: unknown): string {
  if (typeof value !== 'string') return '';
  let d = value.trim().toLowerCase().slice(0, 300);
  d = d.replace(/^[a-z][a-z0-9+.-]*:\/\//u, ''); // scheme
  d = d.replace(/^@+/u, '').replace(/[/?#:].*$/u, ''); // path, query, port
  d = d.replace(/^www\./u, '').replace(/\.+$/u, '').replace(/[>)\]]+$/u, '');
  return /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(d) ? d : '';
}

function normaliseList(list: readonly string[] | undefined): Set<string> {
  const out = new Set<string>();
  if (!Array.isArray(list)) return out;
  for (const entry of list.slice(0, 1_000)) {
    const d = normaliseDomain(entry);
    if (d) out.add(d);
  }
  return out;
}
