/**
 * The sender's own shops on a marketplace ("we sell on Amazon", "our Etsy shop", 我们在京东和拼多多
 * 上开店): where they sell, not where they buy from us. A company that sells online and buys
 * racking for its own warehouses buys direct; these phrases are taken out before the channel
 * looks for online words.
 */
const MARKET = String.raw`(?:amazon|etsy|ebay|shopify|tmall|taobao|jd(?:\.com)?|tiktok(?:\s+shop)?|pinduoduo|alibaba|our\s+own\s+(?:web\s*)?site)`;
const OWN_SHOP = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:we|i)\s+(?:mainly\s+|mostly\s+|also\s+|already\s+)?(?:sell|trade|retail|run\s+(?:a|an|our)\s+(?:[\w-]+\s+)?(?:shop|store)s?|have\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:shop|store)s?)\s+(?:[\w-]+\s+){0,4}?(?:on|through|via)\s+${MARKET}(?:\s+and\s+${MARKET})?(?![\p{L}])`,
    String.raw`(?<![\p{L}])our\s+${MARKET}\s+(?:shop|store|listings?|storefront|sellers?\s+account)s?(?![\p{L}])`,
    String.raw`(?:我们|我|本)(?:公司|店|这边|家)?(?:主要|一直|也|目前)?(?:是)?在[^。！？，,\n]{0,20}?(?:上|里)?(?:开店|开了(?:一?家|个|间)?[^。！？，,\n]{0,6}?店|有(?:一?家|个)?店|卖|销售|做电商|经营|运营)[^。！？，,\n]{0,12}`,
    String.raw`\b(?:owner|founder|proprietor)s?\s+of\s+(?:a|an|my|our)\s+(?:[\w-]+\s+){0,2}?${MARKET}\s+(?:shop|store)s?(?![\p{L}])`,
    String.raw`(?:我是|作为)(?:一家|一个)?[^。！？，,\n]{0,10}?(?:店|店铺|小店|网店)的?(?:店主|主理人|老板娘|老板|创始人|掌柜)`,
    String.raw`(?:我们|我)(?:的|家)(?:京东|天猫|淘宝|拼多多|抖音|有赞|微店|亚马逊|shopify)(?:店|店铺|旗舰店|小店)`,
  ].join('|'),
  'giu',
);

/** The text without the sender's own marketplace shops. */
export function withoutOwnShops(own: string): string {
  return own.replace(OWN_SHOP, ' ');
}
