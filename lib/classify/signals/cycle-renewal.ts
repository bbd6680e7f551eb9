/**
 * A contract renewed for several years at a new price is milestone work (issue 15, fifth
 * held-out set), as 年度合同续签 already is: "renew for another two years, but the 6% increase…",
 * "open to a three-year term, but the new rates are 9% above this year's", "extend for a further
 * two years … the increase from £2,150 to £2,300". The term sets a dated target (the new term's
 * start) and the price is negotiated in steps. A multi-year option asked only to be priced ("the
 * 3-year option priced as well") or a renewal with no new price stays routine.
 */

const NUM = String.raw`(?:two|three|four|five|2|3|4|5)`;
/** A term of several years. */
const MULTI_YEAR = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:another|a\s+further|further|an\s+additional|additional|extra)\s+${NUM}\s+years?(?![\p{L}])`,
    String.raw`(?<![\p{L}])${NUM}[\s-]years?\s+(?:term|contract|deal|agreement|renewal|extension|commitment)(?![\p{L}])`,
    String.raw`(?<![\p{L}])for\s+${NUM}\s+(?:more\s+)?years(?![\p{L}])|(?<![\p{L}])multi-?year\s+(?:term|contract|deal|agreement|renewal)`,
    String.raw`(?<![\p{L}])(?:another|a\s+further|further)\s+(?:24|36|48|60)\s+months(?![\p{L}])|(?<![\p{L}\d])(?:24|36|48|60)[\s-]months?\s+(?:term|contract|deal|agreement|renewal|extension)(?![\p{L}])`,
    String.raw`(?:续签|续约|再签|延长)[^。！？\n]{0,6}?[两二三四五2-5]\s*年|[两二三四五2-5]\s*年(?:期)?(?:的)?(?:合同|协议)[^。！？\n]{0,10}?(?:续签|续约)`,
  ].join('|'),
  'iu',
);
/** A higher price for the new term. */
const INCREASE =
  /(?<![\p{L}])(?:increase|increases|increased|uplift|price\s+rise|rise\s+in|higher\s+(?:rates?|prices?|fees?)|(?:rates?|prices?|fees?)\s+(?:go|going|have\s+gone|went)\s+up)(?![\p{L}])|\d+(?:\.\d+)?\s*%\s+(?:above|higher|more|up)|(?<![\p{L}])more\s+expensive(?![\p{L}])|(?<![\p{L}])from\s+[£$€¥]?\s?\d[\d,.]*\s*(?:[a-z]{1,3}\s+)?to\s+[£$€¥]?\s?\d|涨价|上调|提价|涨了|价格上涨|上涨/iu;

/** The words of a multi-year renewal at a higher price, or null. */
export function multiYearRenewal(own: string): string | null {
  const term = MULTI_YEAR.exec(own)?.[0];
  const rise = term ? INCREASE.exec(own)?.[0] : undefined;
  return term && rise ? `${term} + ${rise}`.replace(/\s+/gu, ' ').slice(0, 80) : null;
}
