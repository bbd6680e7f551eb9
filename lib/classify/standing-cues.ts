/**
 * Brief V's cues (issue 15, third held-out set), kept apart from goal-cues.ts and keywords.ts:
 * an existing relationship in words the other lists lacked, business asks with no keyword (a
 * buyer comparing suppliers, a tender), a reseller reporting its customers' complaints and a
 * competitor (market work, not care of the sender), and words that look like milestones or
 * resale but are not. Matched on the lower-cased subject and newest message.
 */

const Z = String.raw`[^。！？!?\n]{0,12}?`;
const W = String.raw`[^.!?\n]{0,40}?`;

/** The sender already works with us: "we've used you for two years", 过去两年都在贵司办, "your
 *  booking system went live at our clinic last year", "as your regional distributor", 明年继续合作. */
export const MORE_EXISTING_CUES = new RegExp(
  [
    String.raw`\b(?:we'?ve|we\s+have|i'?ve|i\s+have)\s+(?:been\s+)?us(?:ed|ing)\s+you(?:r\s+[\w-]+)?\s+(?:for|since)\b`,
    String.raw`\byour\s+(?:[\w-]+\s+){0,3}?(?:went\s+live|was\s+installed|was\s+fitted|was\s+delivered|has\s+been\s+(?:running|working))\s+(?:at|in|for)\s+(?:our|us|my)\b`,
    String.raw`\b(?:i'?m|we'?re|i\s+am|we\s+are|as)\s+your\s+(?:[\w-]+\s+)?(?:distributor|dealer|reseller|stockist|agent)\b`,
    String.raw`\bcontinue\s+(?:working\s+with\s+you|our\s+(?:partnership|cooperation|agreement))|(?:previous|last|our)\s+order\s+(?:no\.?|number|#)`,
    String.raw`过去${Z}[一二两三四五\d]+\s*年${Z}(?:都|一直)${Z}(?:在|找|用|从)(?:贵司|你们|您)`,
    String.raw`(?:明年|继续)${Z}继续合作|继续代理|继续(?:跟|和|与)(?:你们|贵司)合作`,
    String.raw`(?:一直|长期)(?:代理|经销|在卖|在用|找)(?:你们|贵司)`,
    String.raw`(?:你们|贵司)的${Z}(?:去年|之前|上次|前年)${Z}(?:上线|装好|投用)`,
  ].join('|'),
  'iu',
);

/** A shop asking to start stocking our goods ("we'd like to start stocking", 想进一批你们的). */
export const STOCK_FIRST = /想(?:进|拿)(?:一批|点|些)?(?:你们|贵司)?|(?:start|like\s+to)\s+(?:stocking|stock|carrying|carry|selling)\b|\bfirst\s+order\b/iu;

/** A signature line "Your regional distributor, Devon & Cornwall": the sender is ours already
 *  ("your reseller price list" in a sentence is not). */
export const SIGNED_AS_OURS = /^\s*your\s+(?:[\w-]+\s+)?(?:distributor|dealer|reseller|stockist|agent)\b/imu;

/** A buyer choosing a supplier, with no keyword: "we are comparing three hauliers … send your
 *  rate per load", a tender notice (招标公告, 投标, "invitation to tender"). */
export const SUPPLIER_CHOICE = new RegExp(
  [
    String.raw`\b(?:we\s+are|we'?re|i\s+am|i'?m)\s+(?:comparing|choosing\s+between|shortlisting|looking\s+at)\s+(?:\w+\s+){0,2}?(?:suppliers|vendors|hauliers|carriers|providers|contractors|firms|companies|agencies|quotes|options)\b`,
    String.raw`\byour\s+(?:best\s+)?(?:rates?|price|fee|charge)\s+(?:per|for\s+(?:a|each|one))\s+\w+`,
    String.raw`\b(?:invitation|request)\s+(?:to|for)\s+(?:tender|bid|proposals?)\b|\btender\s+(?:notice|documents?|deadline)\b`,
    String.raw`招标公告|公开招标|邀请招标|投标(?:截止|文件|报名)|竞争性谈判|询价公告|比选`,
  ].join('|'),
  'iu',
);

/** A tender: registration, then bids by a date — staged work toward a dated target. */
export const TENDER_STAGES = /(?:招标|投标)[\s\S]{0,200}?(?:报名|资格预审)|(?:报名|资格预审)[\s\S]{0,200}?(?:投标|开标)|\btender\b[\s\S]{0,200}?\b(?:register|registration|pre-?qualification)\b/iu;

/** What their customers say (reviews, complaints, 顾客反馈) set beside a competitor or a plan for a
 *  new range: a reseller's market report, not a fault of their own. */
const THIRD_PARTY_VOICES = /\b(?:our|their|the)\s+(?:customers|shoppers|buyers|users|clients)\s+(?:said|say|tell|told|report|complain)|\breviews?\b|顾客|买家|消费者|客户(?:反馈|反映|评价)/iu;
const COMPETITION_OR_RANGE = new RegExp(
  [
    String.raw`\bcompetitors?\b|\bat\s+the\s+same\s+price\b|\b(?:sells?|selling)\s+better\b|\bbetter\s+than\s+yours\b|\bcheaper\s+than\s+yours\b`,
    String.raw`\b(?:new|next\s+year'?s|\d{4})\s+(?:range|line-?up|collection|models?)\b|\byour\s+\d{4}\s+range\b`,
    String.raw`竞品|竞争对手|卖得比你们|比你们(?:的)?(?:好|便宜|快)|新品系列|明年的新品|产品线规划|规划${Z}(?:新品|系列)`,
  ].join('|'),
  'iu',
);

/** A reseller's or shop's report of its customers' complaints beside a competitor or a range plan. */
export function marketFeedback(own: string): string | null {
  const voices = THIRD_PARTY_VOICES.exec(own)?.[0];
  const market = voices ? COMPETITION_OR_RANGE.exec(own)?.[0] : undefined;
  return voices && market ? `${voices} + ${market}`.replace(/\s+/gu, ' ').slice(0, 80) : null;
}

/** Milestone-looking words that are not the rep's milestone: an annual agreement's 年度, and a
 *  system that went live in the past ("went live last year", 去年上线的). */
export const NOT_OWN_MILESTONE = new RegExp(
  [
    String.raw`年度(?=(?:代理|经销|框架)(?:协议|合同))`,
    String.raw`\bwent\s+live\b${W}|(?:去年|之前|上次|前年|已经)${Z}上线(?:了|的)?|上线(?:了|过)`,
  ].join('|'),
  'giu',
);

/** Distribution in words the channel list lacks: stock they took to resell (拿的那批货, 上次进的), an agency agreement, 一直代理你们家的, a seller
 *  on a marketplace ("I sell … on Amazon"; not "your Amazon store", where a consumer bought). */
export const MORE_RESELLER = /(?:拿|进)的(?:那|这)?(?:一|两|几)?批|(?:多|再)?(?:拿|进|补)(?:点|些|一些|一点)货|(?:上次|上个月|之前)(?:拿|进)的|代理协议|经销协议|一直代理|代理(?:你们|贵司)|\b(?:i|we)\s+sell\s+(?:[\w-]+\s+){0,4}?on\s+(?:amazon|ebay|etsy|tmall|shopify)\b|\b(?:amazon|ebay|etsy)\s+seller\b/iu;
