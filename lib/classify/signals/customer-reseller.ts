/**
 * One who buys to resell is a business (issue 15, fifth held-out set): a livestream seller on
 * qq.com asking a supply price, a shop on gmail.com paying for the batches it stocked. When the
 * customer decision found only a free-mail address (no company, no personal word) and the
 * channel found resale in the sender's own words, the sender is B2B, with those words as the reason.
 */
import type { ChannelId, Decision } from '../types';
import type { CustomerDecision } from './customer';

export function resellerIsBusiness(
  customer: CustomerDecision | undefined,
  channel: Decision<ChannelId> | undefined,
): CustomerDecision | undefined {
  const freeMailOnly = !customer || customer.code === 'free-mail';
  if (!freeMailOnly || channel?.value !== 'distribution' || channel.code !== 'channel-word') return customer;
  return { value: 'b2b', code: 'channel-word', detail: channel.detail, company: null };
}
