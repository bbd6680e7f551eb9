/**
 * Who buys for what use (issue 15, fifth held-out set). Three readings the word lists got wrong:
 *
 * - "Wholesale" / 批发价 alone is a price tier, not resale: a café group buying beans to brew, a
 *   restaurant buying oil for its kitchens, an office buying paper ask for a "wholesale price
 *   list" too. Resale needs its own sign (resell, stock our line, our customers or stores, a
 *   retail price, 拿货 / 进货 / 代理 / 经销…); a wholesaler (批发商, 批发部, "wholesale business")
 *   still is one.
 * - A livestream seller (抖音直播带货, 快手, 视频号带货, a live-shopping host) asking a supply price
 *   or samples sells our goods in its streams: distribution. The platform's name is where it
 *   sells, not where it buys; a consumer who bought in our 直播间 stays online.
 * - Resale told only as past stocking (进了3批货, "the last three pallets we stocked", "the two
 *   batches we stocked in October") in a reconciliation, an invoice or a balance email.
 */

/** "Wholesale" / 批发 as a price tier or a way of buying (食用油批发, 批发价): taken out before the
 *  reseller words are looked for. A wholesaler (wholesaler, "a wholesale business", 批发商, 批发部,
 *  批发市场, 做…批发) is left in. */
const PRICE_TIER =
  /(?<![\p{L}])wholesale(?![\p{L}])(?!\s+(?:business|company|firm|trade|customers?|clients?|buyers?|division|arm|partners?|accounts?\s+for\s+(?:our|your)\s+(?:stores|shops)))|(?<!(?:做|搞|经营|从事)[^。！？，,\n]{0,8})批发(?!商|部|市场|生意|公司|行|业务|渠道|客户)/giu;

/** The text without "wholesale" used as a price tier. */
export function withoutPriceTier(own: string): string {
  return own.replace(PRICE_TIER, ' ');
}

/** Selling in live streams: 直播带货, 带货, 上播, 主播, 放到直播间卖, "live shopping", "host live … shows". */
const LIVE_SELLING =
  /直播带货|(?:抖音|快手|视频号|小红书|淘宝|直播间)?带货|上播|主播|(?:放|挂)(?:到|在|进)?(?:我的|我们的)?直播间(?:里)?(?:卖|推)|(?:抖音|快手|视频号|淘宝)(?:上)?(?:做|开)?直播|做[^。！？\n]{0,8}直播|(?<![\p{L}])live[\s-]?(?:shopping|selling|commerce)(?![\p{L}])|(?<![\p{L}])(?:host|run|do)\s+(?:[\w-]+\s+){0,2}?live(?:\s*-?\s*stream(?:s|ed|ing)?)?\s+(?:shows?|sales?|streams?)(?![\p{L}])|(?<![\p{L}])sell\s+(?:[\w-]+\s+){0,3}?(?:on|in|during)\s+(?:my|our)\s+(?:live\s*-?\s*)?streams?(?![\p{L}])|(?<![\p{L}])(?:tiktok|instagram|facebook|youtube|whatnot|amazon)\s+live(?![\p{L}])|(?<![\p{L}])(?:my|our)\s+live\s*-?\s*streams?(?![\p{L}])/iu;
/** What only a seller asks of a supplier: a supply price, a commission. */
const SUPPLY_ASK =
  /供货价|供货|拿货价|进货价|佣金|(?<![\p{L}])(?:supply|trade|wholesale)\s+pric(?:es?|ing)(?![\p{L}])|(?<![\p{L}])commission(?![\p{L}])/iu;
/** Selling our goods in the streams (放到直播间卖, 上播, 带你们家的…, "feature your boards"); samples
 *  alone do not say it — a company streaming on 抖音 asks samples of the lights it buys. */
const SELL_OURS = /(?:放|挂)[^。！？\n]{0,8}卖|上播|上架|带(?:你们|贵司)|(?<![\p{L}])(?:feature|sell|promote|showcase)\s+(?:[\w-]+\s+){0,2}?(?:your|it|them)(?![\p{L}])/iu;

/** Resale told as stock they took in, or a retail price they will charge. */
const PAST_STOCKING = new RegExp(
  [
    // 进了3批货, 拿了两批, 进过几次货, 之前进的那批
    String.raw`进(?:了|过)(?:[\d一二两三四五六七八九十几]+|好几)\s*(?:批|次货|箱|车)|拿(?:了|过)(?:[\d一二两三四五六七八九十几]+|好几)\s*批`,
    String.raw`(?:上次|上回|上个月|之前|前面)(?:拿|进)的`,
    // "the last three pallets we stocked", "the two batches of lamps we stocked in October", "we've restocked"
    String.raw`(?<![\p{L}])(?:pallets?|batch(?:es)?|cases?|cartons?|boxes|shipments?|consignments?|lots?|units?)\s+(?:of\s+(?:[\w-]+\s+){0,4}?)?(?:that\s+)?(?:we|i)\s+(?:have\s+|'ve\s+)?(?:stocked|took\s+in|bought\s+in|restocked)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:we|i)(?:'ve|\s+have)?\s+(?:stocked|restocked)\s+your(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:sold|selling)\s+through\s+(?:most|all|half)\s+of(?![\p{L}])`,
    // "what retail price do your other stockists charge", "the recommended retail price" — not a
    // consumer's "what's the retail price?", nor "where are your stockists?"
    String.raw`(?<![\p{L}])recommended\s+retail\s+prices?(?![\p{L}])|(?<![\p{L}])(?:your|our)\s+other\s+stockists(?![\p{L}])|(?<![\p{L}])retail\s+price\s+(?:do|would|should)\s+(?:we|you|your|other)(?![\p{L}])`,
  ].join('|'),
  'iu',
);

/** Distribution told by who sells what: a live seller's supply ask, or past stocking. Returns the words. */
export function resaleReading(own: string): string | null {
  const live = LIVE_SELLING.exec(own)?.[0];
  const ask = live ? (SUPPLY_ASK.exec(own)?.[0] ?? SELL_OURS.exec(own)?.[0]) : undefined;
  if (live && ask) return `${live} + ${ask}`.replace(/\s+/gu, ' ').slice(0, 80);
  return PAST_STOCKING.exec(own)?.[0].replace(/\s+/gu, ' ').slice(0, 80) ?? null;
}
