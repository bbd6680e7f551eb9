/**
 * Sales channel: the contact's domain on the user's reseller list → distribution; an online
 * store or marketplace page → online; a CRM record or webmail → direct.
 */
import { parse } from 'tldts';
import { matchResellerDomain } from '../domains';
import type { ChannelId, Decision } from '../types';
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
}

export function decideChannel(input: ChannelInput): Decision<ChannelId> | undefined {
  const reseller = input.emailDomain ? matchResellerDomain(input.emailDomain, input.resellerDomains) : null;
  if (reseller) return { value: 'distribution', code: 'reseller-domain', detail: reseller };
  const store = onlineStoreEvidence(input.url, input.site);
  if (store) return { value: 'online', code: 'online-store', detail: store };
  if (isCrmSite(input.site)) return { value: 'direct', code: 'crm-record', detail: String(input.site) };
  if (input.site === 'gmail' || input.site === 'outlook') {
    return { value: 'direct', code: 'webmail-default', detail: input.site };
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
