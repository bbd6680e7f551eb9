/**
 * One who buys to resell is a business (issue 15, fifth held-out set): a livestream seller on
 * qq.com asking a supply price, a shop on gmail.com paying for the batches it stocked. When the
 * customer decision found only a free-mail address (no company, no personal word) and the sender's
 * own words say they resell our goods, the sender is B2B, with those words as the reason. A word
 * about someone else's reselling ("I bought it from your dealer") says nothing about the sender.
 */
import { MORE_RESELLER } from '../standing-cues';
import type { ScanText } from '../scan-text';
import type { ChannelId, Decision } from '../types';
import { resaleReading } from './channel-resale';
import type { CustomerDecision } from './customer';

/** The sender's own trade in our goods: 拿货, 进货, 补货, 代理, 经销, 店里卖, 铺货, 代卖, "stock your", "resell". */
const OWN_RESALE = /拿货|进货|进一批|补货|做代理|代理(?:你们|贵司)|经销(?:你们|贵司)|店里卖|铺货|代卖|(?<![\p{L}])(?:we|i)\s+(?:would\s+like\s+to\s+|'d\s+like\s+to\s+|want\s+to\s+)?(?:resell|stock\s+your|sell\s+your)(?![\p{L}])/iu;

export function resellerIsBusiness(
  customer: CustomerDecision | undefined,
  channel: Decision<ChannelId> | undefined,
  text: ScanText,
): CustomerDecision | undefined {
  const freeMailOnly = !customer || customer.code === 'free-mail';
  if (!freeMailOnly || channel?.value !== 'distribution') return customer;
  const own = `${text.subject}\n${text.latest}`;
  const words = resaleReading(own) ?? MORE_RESELLER.exec(own)?.[0] ?? OWN_RESALE.exec(own)?.[0];
  return words ? { value: 'b2b', code: 'channel-word', detail: words.slice(0, 80), company: null } : customer;
}
