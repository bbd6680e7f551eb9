/**
 * Structural readings of an existing relationship, for the kinds a held-out set missed after
 * their phrasings were listed (brief J): instead of the words a sender used, who the subject of
 * the sentence is, its tense, and whom the thing belongs to.
 *
 * - Supply: the sender's things come from us, told as a fact (past, perfect or present, never
 *   a wish or a request): "we've been getting all our mailing bags from you since the spring",
 *   "every roll of labels on our benches comes from you", 我们…标签纸是从你们这边订的,
 *   茶水间的净水器都是你们家装的.
 * - Account work thanked for: a thanks and OUR account, statement, invoices, 对账 / 账目 in one
 *   sentence ("thanks for straightening out our statement last week").
 * - A contract said to be signed, passive or active ("now that the contract is signed", 合同已经盖章).
 * - A win-back: one sentence where the sender, in the past, took their business to another
 *   supplier (or left us, or let the contract lapse), and one sentence that turns back to us
 *   ("bring it back to you", "ordering through you again", "switch back", 再回来, 换回你们的).
 *
 * Matched on the lower-cased subject and newest message, like goal-cues.ts; the quoted history
 * is older work and never counts.
 */

/** Sentence ends: each reading stays inside one sentence. */
const SENTENCE = /[^.!?\n。！？；;]+/gu;
const CLAUSE = /[^.!?\n。！？；;，,]+/gu;

/** What a sender receives from anyone, customer or not: a quote, a brochure, an email. */
const INFO_OBJECT =
  /\b(?:quotes?|quotations?|brochures?|e-?mails?|messages?|calls?|newsletters?|repl(?:y|ies)|letters?|catalog(?:ue)?s?|samples?|offers?|prices?|information|info|details|leaflets?|flyers?|invit(?:ation|e)s?|proposals?|voicemails?|links?|advert(?:isement)?s?|ads?)\b|广告|宣传|介绍|报价|方案|样品|视频|文章|活动|邮件|电话|名片/iu;

const SUPPLY_EN = [
  // We (have) (been) getting / bought / use … from you: a fact about where their things come from.
  String.raw`\b(?:we|i)(?:'ve|\s+have)?\s+(?:(?:always|long|currently|already|still|now|regularly|usually|normally)\s+)?(?:been\s+)?(?:get|getting|got|buy|buying|bought|order|ordering|ordered|source|sourcing|sourced|use|using|used|take|taking|took|rent|renting|rented|lease|leasing|leased|had)\s+(?:[\w'-]+\s+){0,5}?from\s+(?:you|your\s+(?:company|team|firm|shop|store|warehouse|depot))\b`,
  // Our things come from you / are yours / were fitted by you.
  String.raw`\b(?:our|my)\s+(?:[\w'-]+\s+){0,6}?(?:comes?|came|is|are|was|were)\s+(?:all\s+|both\s+)?(?:from\s+(?:you|your\s+(?:company|team|firm|shop|store))|yours)\b`,
  String.raw`\b(?:our|my)\s+(?:[\w'-]+\s+){0,6}?(?:is|are|was|were|have\s+been|has\s+been)\s+(?:all\s+|both\s+)?(?:supplied|installed|fitted|delivered|provided|made|built|serviced|maintained|set\s+up)\s+by\s+(?:you|your\s+(?:team|company|engineers?|firm))\b`,
].join('|');
/** 我们…是从你们这边订的 / 都是你们家装的: the verb closed by 的 or 过 tells a done thing, not a wish. */
const SUPPLY_ZH = String.raw`(?:我们|我司|我家|我店|本店|本公司)[^。！？!?\n想要能若如希]{0,24}?(?:从)?(?:你们|贵司|您)(?:家|这边|那边|这儿|那儿|这里|那里|公司)?(?:装|供|提供|做|订|买|卖|采购|进|拿|配|安装|供应|维护|保养)(?:的|过)`;
const SUPPLY = new RegExp(`${SUPPLY_EN}|${SUPPLY_ZH}`, 'iu');

/** A thanks and the sender's own account in one sentence. */
const ACCOUNT_THANKS = new RegExp(
  [
    String.raw`\b(?:thanks?|thank\s+you|grateful|appreciated?)\b[^.!?\n]{0,60}?\bour\s+(?:[\w-]+\s+)?(?:account|statements?|invoices|ledger|books|reconciliation|balance)\b`,
    String.raw`(?:谢谢|感谢|多谢|多亏|辛苦|麻烦|费心)[^。！？\n]{0,20}?(?:对账|核对账目|核账|账目|对账单)|(?:对账|核对账目|核账|账目)[^。！？\n]{0,12}?(?:辛苦|谢谢|感谢|多谢|多亏|麻烦|费心|帮忙)`,
  ].join('|'),
  'iu',
);

/** A contract with us signed: "now that the contract is signed", 合同已经盖章寄出了 (not 签了吗). */
const SIGNED = new RegExp(
  [
    String.raw`\b(?:the|our)\s+(?:contract|agreement|order\s+form|purchase\s+order|paperwork)\s+(?:is|has\s+been|was|'s|got)\s+(?:now\s+|finally\s+|all\s+)?signed\b`,
    String.raw`合同[^。！？\n]{0,6}(?:已经|已)(?:签|盖)(?![^。！？\n]{0,8}[吗么])`,
  ].join('|'),
  'iu',
);

/** Another supplier than us, named any way: "a cheaper firm", "one of your competitors", 别家, 另一家保洁公司. */
const OTHER_SUPPLIER =
  /\b(?:another|other|a\s+(?:different|cheaper|new|local|national|bigger|larger|smaller))\s+(?:[\w-]+\s+){0,2}?(?:suppliers?|vendors?|providers?|firms?|compan(?:y|ies)|contractors?|agenc(?:y|ies)|printers?|roasters?|wholesalers?|distributors?|chains?|brands?|systems?|platforms?|outfits?|services?|one)\b|\bcompetitors?\b|\bsomeone\s+else\b|\belsewhere\b|别家|别人家|另一家|另外一家|其他家|其它家|其他的?(?:供应商|公司|厂家)|别的(?:供应商|公司|厂家|品牌)|本地一家/iu;
/** The sender as the one who acted: we, our, us, 我们. */
const SENDER = /\b(?:we|we'?ve|our|us)\b|我们|我司|我方|我家/iu;
/** Told as past: a past verb, "since", "until", "back in April", 去年, 之前, 了. */
const PAST =
  /\b(?:took|went|moved|switched|changed|left|started|been|since|until|ago|back\s+in|last\s+(?:year|spring|summer|autumn|fall|winter|month))\b|\b\w{3,}ed\b|了|过|去年|前年|之前|以前|后来|上半年|下半年|年初|年底|到期/iu;
/** Leaving us said outright: "we left you", "stopped ordering", 没续, 不再合作. */
const LEFT_US = /\bleft\s+you\b|\bstopped\s+(?:ordering|buying|using|working\s+with)\b|没续|没再续|不再(?:用|合作|采购)|停止(?:合作|采购)/iu;
/** A turn back to us: you + back / again / return; 你们 + 回 / 再 / 重新 / 还想; or "switch back", 换回. */
const TOWARD_US = /\b(?:you|your|yours)\b|你们|贵司|您/iu;
const BACK = /\bback\b|\bagain\b|\breturn(?:ing)?\b|回来|回到|换回|转回|再|重新|恢复|还想|还是想/iu;
/** …or said with no object: "switch back", "would like to return" (not "return the form"), 换回. */
const BACK_ALONE =
  /\b(?:switch|switching|move|moving|come|coming|go|going|change|changing)\s+back\b|\b(?:to|will|would|'ll)\s+return\b(?!\s+(?:the|it|them|this|that|these|those|a|an|our|my|your|his|her)\b)|换回|转回|回归/iu;
/** "Thanks again", "get back to you", "send it again": back and again that are not a return. */
const NOT_A_RETURN =
  /\bthanks?\s+(?:you\s+)?again\b|\b(?:get|getting|got|write|call|ring|reply|hear|heard)\s+back\b|\b(?:send|resend|forward|remind|ask|check|try|email|call)\b[^.!?\n]{0,30}\bagain\b/iu;

function sentences(own: string): string[] {
  return own.match(SENTENCE) ?? [];
}

/** Someone else's things ("my neighbour's boiler was fitted by you"): a referral's, not the sender's. */
const SOMEONE_ELSES = /\b(?:neighbou?rs?|friends?|sisters?|brothers?|cousins?|parents?|mum|mom|dad)(?:'s)?\b|朋友|邻居|隔壁|他们|她们|别人/iu;
/** A request, a wish or a condition in the sentence before the fact: "could we get … from you". */
const NOT_A_FACT = /\b(?:could|can|would|will|shall|should|if|whether)\s+(?:we|i)\b|[?？]/iu;

/** The sender's things come from us, as a fact; the evidence, or null. */
export function ownSupply(own: string): string | null {
  for (const sentence of sentences(own)) {
    const m = SUPPLY.exec(sentence);
    if (!m) continue;
    // The thing itself: inside the match ("a quote from you"), or just after 的 (你们做的广告).
    const thing = sentence.slice(m.index, m.index + m[0].length + 4);
    if (INFO_OBJECT.test(thing) || SOMEONE_ELSES.test(m[0]) || NOT_A_FACT.test(sentence.slice(0, m.index + 4))) continue;
    return m[0].trim();
  }
  return null;
}

/** A thanks for work on the sender's own account, or a contract said signed; the evidence. */
export function accountWork(own: string): string | null {
  return ACCOUNT_THANKS.exec(own)?.[0] ?? SIGNED.exec(own)?.[0] ?? null;
}

/** A lapse (their business taken elsewhere, in the past) and a turn back to us; the evidence. */
export function structuralWinBack(own: string): string | null {
  const lapse = sentences(own).find((s) => SENDER.test(s) && ((OTHER_SUPPLIER.test(s) && PAST.test(s)) || LEFT_US.test(s)));
  if (!lapse) return null;
  // The turn back is a clause of its own, often in the same sentence (…问题很多，领导决定还是回到你们这边);
  // the clause that tells the lapse ("we left you for…") holds a "you" but is no return.
  const back = (own.match(CLAUSE) ?? []).find(
    (c) => !NOT_A_RETURN.test(c) && (BACK_ALONE.test(c) || (TOWARD_US.test(c) && BACK.test(c) && !LEFT_US.test(c) && !OTHER_SUPPLIER.test(c))),
  );
  // The evidence: the lapse's own words (another supplier, leaving us) and the return's clause.
  const left = OTHER_SUPPLIER.exec(lapse)?.[0] ?? LEFT_US.exec(lapse)?.[0] ?? lapse;
  return back ? `${left.trim()} … ${back.trim()}` : null;
}

/**
 * The quoted earlier message — ours, answered by the sender — addressing them as a customer: a
 * welcome on board, a thanks for their order, 欢迎成为…客户. Weaker than the sender's own words
 * and than a record: it only fills in when those say nothing.
 */
const WELCOMED =
  /\b(?:welcome\s+(?:aboard|on\s+board)|(?:great|good|glad|delighted|pleased|lovely)\s+to\s+(?:have|welcome)\s+you\s+(?:on\s+board|aboard|as\s+a\s+(?:customer|client))|thanks?\s+(?:you\s+)?(?:so\s+much\s+)?for\s+(?:your|the)\s+(?:order|purchase|signed\s+(?:contract|agreement)))\b|欢迎(?:成为|加入)|感谢(?:您|贵司)?的?(?:订购|下单|签约)/iu;

export function welcomedInQuote(quoted: string): string | null {
  return WELCOMED.exec(quoted.slice(0, 5_000))?.[0] ?? null;
}
