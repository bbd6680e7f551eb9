/**
 * Sales channel: the contact's domain on the user's reseller list, or a reseller's words
 * (reseller, dealer, 经销, 代理…) → distribution; an online store page, or the customer's words
 * about a website, shop or marketplace (官网, 天猫, "saw it on your website") → online; a CRM
 * record or a named company contact → direct. Nothing else decides: a channel left unset is
 * better than "direct" for every email.
 */
import { MORE_RESELLER } from '../standing-cues';
import { parse } from 'tldts';
import { matchResellerDomain } from '../domains';
import { findKeywords } from '../match';
import { BUYING_OR_FINDING, DISTRIBUTION_WORDS, NOT_DISTRIBUTION, NOT_ONLINE, ONLINE_PLACES, ONLINE_WORDS, RETAIL_RESALE } from '../phrases';
import type { ScanText } from '../scan-text';
import type { ChannelId, Decision } from '../types';
import { withoutOwnShops } from './channel-own-shop';
import { resaleReading, withoutPriceTier } from './channel-resale';
import { isCrmSite } from './relationship';

/** Registrable domains of store back offices and marketplaces (the seller's side and the buyer's). */
const STORE_DOMAINS: ReadonlySet<string> = new Set([
  'myshopify.com', 'shopify.com', 'taobao.com', 'tmall.com', 'jd.com', '1688.com', 'aliexpress.com',
  'pinduoduo.com', 'youzan.com', 'weidian.com', 'etsy.com', 'bigcommerce.com', 'mercadolibre.com',
]);
/** Marketplaces that live on many country domains or on one subdomain of a larger site. */
const STORE_HOSTS = [
  /^sellercentral(?:-[a-z]+)?\.amazon\.[a-z.]+$/u, // Amazon Seller Central, all regions
  /(?:^|\.)ebay\.[a-z.]+$/u,
  /^seller\.walmart\.com$/u,
  /^(?:admin|[\w-]+)\.woocommerce\.com$/u,
];
/** An order page of a self-hosted store (/orders/123, /admin/order/…), trusted only off webmail and CRMs. */
const ORDER_PATH = /(?:^|\/)orders?(?:\/|$)/iu;

export interface ChannelInput {
  site: unknown;
  url: unknown;
  emailDomain: string | null;
  resellerDomains: readonly string[] | undefined;
  /** The message's words; absent for callers that only know the page. */
  text?: ScanText;
  /** A CRM record of this contact (the site, or the caller says so). */
  fromCrm?: boolean;
  /** The contact's company, when the customer decision found one (domain, signature, record). */
  company?: string | null;
}

export function decideChannel(input: ChannelInput): Decision<ChannelId> | undefined {
  const reseller = input.emailDomain ? matchResellerDomain(input.emailDomain, input.resellerDomains) : null;
  if (reseller) return { value: 'distribution', code: 'reseller-domain', detail: reseller };
  const store = onlineStoreEvidence(input.url, input.site);
  if (store) return { value: 'online', code: 'online-store', detail: store };
  const words = input.text ? channelWord(input.text, input.company) : undefined;
  if (words) return words;
  if (input.fromCrm || isCrmSite(input.site)) {
    return { value: 'direct', code: 'crm-record', detail: isCrmSite(input.site) ? String(input.site) : 'CRM record' };
  }
  if (input.company) return { value: 'direct', code: 'company-contact', detail: input.company };
  return undefined;
}

/**
 * A reseller's words in the subject, the newest message or the signature ("Authorised dealer"),
 * or a shop launching our line in its stores; else the customer's words about buying online in
 * the subject or the newest message. The signature is not read for online words: "Website:
 * www.acme.com" is every company's footer.
 */
export function channelWord(text: ScanText, company?: string | null): Decision<ChannelId> | undefined {
  const own = `${text.subject}\n${text.latest}`;
  // In a signature "Partner" is a job title (a law firm's, a consultancy's), not a reseller.
  const footer = `${text.signature}\n${company ?? ''}`.toLowerCase();
  const distribution =
    findKeywords(withoutPriceTier(own.replace(NOT_DISTRIBUTION, ' ')), DISTRIBUTION_WORDS)[0] ??
    resaleReading(own) ??
    RETAIL_RESALE.exec(own)?.[0].slice(0, 80) ??
    MORE_RESELLER.exec(own)?.[0] ??
    findKeywords(footer, DISTRIBUTION_WORDS.filter((w) => w !== 'partner'))[0];
  if (distribution) return { value: 'distribution', code: 'channel-word', detail: distribution };
  const online = onlineWord(withoutOwnShops(own.replace(NOT_ONLINE, ' ')));
  if (online) return { value: 'online', code: 'channel-word', detail: online };
  return undefined;
}

/** A marketplace or web-shop word, or a website/app named where the customer found us or bought. */
function onlineWord(own: string): string | undefined {
  const word = findKeywords(own, ONLINE_WORDS)[0];
  if (word) return word;
  for (const sentence of own.split(/[.!?\n。！？]/u)) {
    const place = findKeywords(sentence, ONLINE_PLACES)[0];
    if (place && BUYING_OR_FINDING.test(sentence)) return place;
  }
  return undefined;
}

/** The host (or host + path) that marks the page as a store, or null. */
export function onlineStoreEvidence(url: unknown, site: unknown): string | null {
  if (typeof url !== 'string' || url.length > 4_000) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname.toLowerCase();
  const domain = parse(host).domain;
  if ((domain && STORE_DOMAINS.has(domain)) || STORE_HOSTS.some((re) => re.test(host))) return host;
  const pageOfKnownApp = isCrmSite(site) || site === 'gmail' || site === 'outlook';
  if (!pageOfKnownApp && ORDER_PATH.test(parsed.pathname)) return `${host}${parsed.pathname}`.slice(0, 200);
  return null;
}
