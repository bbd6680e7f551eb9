/**
 * Goal type: scored keywords (the subject over the newest message, the newest message over the
 * quoted history), read with a structural layer (goal-structure.ts): who the sender is to us — a
 * first contact or an existing relationship, in their own words, else from a CRM record or
 * earlier tasks — and what they ask (to buy or learn, care, money, a study). Structure outweighs
 * a keyword where the keyword names a topic both kinds of sender use (a customer's "quote", a
 * stranger's "support"); with no keyword at all, the ask decides. A reseller asking to sign up
 * is new business through distribution, even though it says "onboarding".
 */
import { maskPurchaseBilling } from '../goal-billing';
import { depositOnQuote } from '../goal-deposit';
import { withoutFalseFriends } from '../goal-false-friends';
import { SWITCHING_CUES } from '../goal-cues-returning';
import { DEFAULT_GOAL_KEYWORDS } from '../keywords';
import { findKeywords, normaliseKeyword } from '../match';
import { EXISTING_RESELLER, FIRST_CONTACT_WORDS, ONBOARDING } from '../phrases';
import { STOCK_FIRST, marketFeedback } from '../standing-cues';
import { GOAL_IDS, type Decision, type GoalId } from '../types';
import type { ScanText } from '../scan-text';
import { askOf, standingOf, type Ask, type Standing } from './goal-structure';
import type { Relationship } from './relationship';

/** A keyword in the subject says more about the task than one in the body (or the quoted thread). */
export const SUBJECT_WEIGHT = 3;
export const BODY_WEIGHT = 1;
/** Quoted history decides only when the subject and the newest message say nothing. */
export const QUOTED_WEIGHT = 0.25;
const MAX_KEYWORDS_PER_GOAL = 500;


interface KeywordWinner {
  goal: GoalId;
  keyword: string;
  /** Found in the subject, or enough body words to equal a subject word. */
  strong: boolean;
}

export interface GoalContext {
  /** The channel decision found a reseller (by domain or by its words): its evidence. */
  reseller?: string | null;
  /** The page is an order in an online store: whoever ordered is a customer. */
  storeOrder?: string | null;
  /** The customer decision found a consumer (free mail or personal words, no company). */
  consumer?: boolean;
  /** The rep's language, for the word between two pieces of evidence in a reason. */
  locale?: 'en' | 'zh-CN';
}

export function decideGoal(
  scanned: ScanText,
  relationship: Relationship | null,
  keywords?: Partial<Record<GoalId, string[]>>,
  context: GoalContext = {},
): Decision<GoalId> | undefined {
  // "Bill it to our account", 能开个人发票吗: billing words in a purchase are not collection.
  const billed = maskPurchaseBilling(scanned) ?? scanned;
  // 装修好了 is a finished home, not a repair (修好).
  const text = { ...billed, subject: withoutFalseFriends(billed.subject), latest: withoutFalseFriends(billed.latest) };
  // A deposit on an accepted quote ("Proforma for the deposit - quote Q-…") is money, not a quote request.
  const deposit = depositOnQuote(text);
  if (deposit) return deposit;
  const winner = keywordWinner(text, keywords);
  const own = `${text.subject}\n${text.latest}`;
  const standing = standingOf(text, relationship);
  // An agent renewing its agreement (今年到期，明年继续合作) is not signing up.
  const renewing = standing?.kind === 'existing' && standing.ownWords;
  if (context.reseller && winner?.goal !== 'payment_collection' && !renewing) {
    const onboarding = ONBOARDING.exec(own);
    if (onboarding) return { value: 'new_customer', code: 'reseller-onboarding', detail: onboarding[0].slice(0, 80) };
  }
  const ask = askOf(text);
  const structural = structuralGoal(winner, standing, ask, context, own);
  if (structural) return structural;
  if (!winner && context.storeOrder && !relationship) return { value: 'existing_customer', code: 'online-store', detail: context.storeOrder };
  const fromRelationship = relationshipGoal(relationship);
  if (!winner) return fromRelationship ?? fromAsk(standing, ask) ?? consumerQuestion(own, standing, context);
  // What we know about the relationship only overrides a weak keyword that contradicts it:
  // an existing customer asking for a "quote" is upselling, not a new lead — and any such
  // keyword when the record's own relationship field says so ("Customer - Active": a
  // "proposal to add two sites" is an upsell). Payment and research keywords describe the task
  // itself and always stand.
  if (fromRelationship && (!winner.strong || relationship?.stated)) {
    const contradicts =
      (fromRelationship.value === 'existing_customer' && winner.goal === 'new_customer') ||
      (fromRelationship.value === 'new_customer' && winner.goal === 'existing_customer');
    if (contradicts) return fromRelationship;
  }
  return { value: winner.goal, code: 'keyword', detail: winner.keyword };
}

/**
 * Where who the sender is, or what they ask, outweighs the keywords: the sender's own words
 * that they already buy from us turn a quote or a demo into an upsell; a stranger's "support
 * for 30 staff" is a lead; a researcher's "reference quote" is research; a reseller who
 * introduces themselves is new business, one who does not is account care.
 */
function structuralGoal(
  winner: KeywordWinner | undefined,
  standing: Standing | null,
  ask: Ask | null,
  context: GoalContext,
  own: string,
): Decision<GoalId> | undefined {
  if (winner?.goal === 'payment_collection') return undefined;
  // Their customers' complaints beside a competitor or a new range: market work, not care.
  const market = winner?.goal === 'market_research' ? null : marketFeedback(own);
  if (market) return { value: 'market_research', code: 'asked-for', detail: market };
  // Money owed to us is collection whoever asks, a customer on their record page included.
  if (!winner && ask?.kind === 'payment') return { value: 'payment_collection', code: 'asked-for', detail: ask.cue };
  // "Our dealer network", 老代理: a reseller of ours says so; their quote is account care.
  const resellerSays = context.reseller ? EXISTING_RESELLER.exec(own)?.[0] : undefined;
  if (resellerSays && (!winner || winner.goal === 'new_customer')) {
    return { value: 'existing_customer', code: 'existing-relationship', detail: resellerSays };
  }
  if (ask?.kind === 'research' && winner?.goal !== 'market_research' && !(standing?.kind === 'existing' && standing.ownWords)) {
    return { value: 'market_research', code: 'asked-for', detail: ask.cue };
  }
  const said = standing?.ownWords ? standing : null;
  // A fault reported by a customer is care even when it is worded as "feedback".
  const careOverResearch = winner?.goal === 'market_research' && ask?.kind === 'care';
  if (said?.kind === 'existing' && (!winner || winner.goal === 'new_customer' || careOverResearch)) {
    return { value: 'existing_customer', code: 'existing-relationship', detail: over(said.cue, winner, context.locale) };
  }
  // A reseller introducing itself is new business, even when it names "this market" it sells in.
  if (said?.kind === 'first' && context.reseller && (winner?.goal !== 'market_research' || ask?.kind === 'buy')) {
    return { value: 'new_customer', code: 'first-contact', detail: said.cue };
  }
  // A first contact asking a price for "support" or a "licence" is buying it: their own words
  // outweigh even a subject keyword. No earlier tasks does not: customers from before Tasklane
  // was installed have none either.
  // So does one leaving their current supplier: the "usage" they name is of someone else's goods.
  if (said?.kind === 'first' && winner?.goal === 'existing_customer' && (ask?.kind === 'buy' || SWITCHING_CUES.test(own))) {
    return { value: 'new_customer', code: 'first-contact', detail: over(said.cue, winner, context.locale) };
  }
  // A shop asking to stock our goods, with nothing saying it already does, is new business.
  const stocking = standing?.kind === 'existing' ? undefined : STOCK_FIRST.exec(own)?.[0];
  if (!winner && context.reseller && stocking) return { value: 'new_customer', code: 'asked-for', detail: stocking };
  if (!winner && context.reseller) return { value: 'existing_customer', code: 'existing-relationship', detail: context.reseller };
  return undefined;
}

/**
 * The reason's evidence when the sender's standing outweighed a keyword: both, so the panel says
 * which won ("“the paper we use now is yours” over “想了解”: already a customer"; 而非 in Chinese).
 */
function over(cue: string, winner: KeywordWinner | undefined, locale: GoalContext['locale']): string {
  if (!winner) return cue;
  return locale === 'zh-CN' ? `${cue}”而非“${winner.keyword}` : `${cue}” over “${winner.keyword}`;
}

/**
 * No keyword at all: what is asked decides, read with who asks. Money and a study are what
 * they are whoever asks; help with what they have is care; a wish to buy or to learn is new
 * business unless the sender is known to buy from us already.
 */
function fromAsk(standing: Standing | null, ask: Ask | null): Decision<GoalId> | undefined {
  // A stranger who introduces themselves ("I head sales at…", 希望探讨合作) asks for a relationship.
  // …and one who says they already buy from us ("as in previous years", 再次合作) asks for care.
  if (!ask) {
    if (!standing?.ownWords) return undefined;
    return standing.kind === 'first'
      ? { value: 'new_customer', code: 'first-contact', detail: standing.cue }
      : { value: 'existing_customer', code: 'existing-relationship', detail: standing.cue };
  }
  if (ask.kind === 'payment') return { value: 'payment_collection', code: 'asked-for', detail: ask.cue };
  if (ask.kind === 'research') return { value: 'market_research', code: 'asked-for', detail: ask.cue };
  if (ask.kind === 'care' || standing?.kind === 'existing') return { value: 'existing_customer', code: 'asked-for', detail: ask.cue };
  if (standing?.kind === 'first' && standing.ownWords) return { value: 'new_customer', code: 'first-contact', detail: standing.cue };
  return { value: 'new_customer', code: 'asked-for', detail: ask.cue };
}

/** A consumer asking about something they have already bought: care, not a lead. */
const AFTER_PURCHASE =
  /(?<![\p{L}])(?:(?:my|our)\s+(?:order|delivery|parcel|refund|return|purchase|warranty|repair|booking|invoice|account|subscription)|bought|ordered|purchased|received)(?![\p{L}])|订单|快递|物流|退款|退货|保修|发货|售后|买的|下单|下的单|收到/iu;
/** A question: "Does the XR-200 work in…?", 请问…能装吗？ */
const QUESTION = /[^.!?\n。！？]{6,160}[?？]|请问[^。！？\n]{2,80}/u;

/**
 * A consumer's first question about a product ("does the XR-200 work in a room of 30 m²? my
 * daughter has asthma"), with no keyword, no ask the cues know and nothing saying they already
 * buy from us: someone deciding whether to buy — new business.
 */
function consumerQuestion(own: string, standing: Standing | null, context: GoalContext): Decision<GoalId> | undefined {
  if (!context.consumer || standing?.kind === 'existing' || AFTER_PURCHASE.test(own)) return undefined;
  const question = QUESTION.exec(own)?.[0];
  return question ? { value: 'new_customer', code: 'asked-for', detail: question.replace(/\s+/gu, ' ').trim().slice(0, 80) } : undefined;
}

function relationshipGoal(relationship: Relationship | null): Decision<GoalId> | undefined {
  if (!relationship) return undefined;
  if (relationship.kind === 'lead') return { value: 'new_customer', code: 'crm-lead', detail: relationship.detail };
  return { value: 'existing_customer', code: relationship.code, detail: relationship.detail };
}

/**
 * Who wins a tie between equally scored goals. A payment word names a concrete action; an
 * existing-customer word (renewal, support, upgrade) presupposes the relationship, while the
 * new-customer words (quote, pricing, demo) are just as common with existing customers.
 */
const TIE_BREAK: readonly GoalId[] = ['payment_collection', 'existing_customer', 'new_customer', 'market_research'];
/** Existing-customer words that also name what a new buyer asks a price for. */
const PRODUCT_NOUNS: ReadonlySet<string> = new Set(['support', 'warranty', 'license', 'licence', 'subscription', 'delivery', 'add-on', 'installation', '技术支持', '保修']);
const PRICE_REQUESTS: ReadonlySet<string> = new Set(['quote', 'quotation', 'pricing', 'price list', 'price for', 'prices for', 'how much', 'estimate', 'rfq', 'RFQ', '报价', '询价', '报个价', '多少钱']);

/** The goal with the highest keyword score (ties: TIE_BREAK); none when nothing matched. */
function keywordWinner(text: ScanText, custom?: Partial<Record<GoalId, string[]>>): KeywordWinner | undefined {
  const scored = GOAL_IDS.map((goal) => {
    const list = goal === 'new_customer' ? [...keywordList(goal, custom), ...FIRST_CONTACT_WORDS] : keywordList(goal, custom);
    const inSubject = findKeywords(text.subject, list);
    const inLatest = findKeywords(text.latest, list).filter((k) => !inSubject.includes(k));
    const inQuoted = findKeywords(text.quoted, list).filter((k) => !inSubject.includes(k) && !inLatest.includes(k));
    // A first contact ("saw it on your website", 朋友推荐) says who the sender is, not just what they ask.
    const firstContact = goal === 'new_customer' ? inLatest.filter((k) => FIRST_CONTACT_WORDS.includes(k)).length : 0;
    const score =
      inSubject.length * SUBJECT_WEIGHT + (inLatest.length + firstContact) * BODY_WEIGHT + inQuoted.length * QUOTED_WEIGHT;
    return { goal, score, keyword: inSubject[0] ?? inLatest[0] ?? inQuoted[0] ?? '', found: [...inSubject, ...inLatest, ...inQuoted] };
  }).sort((a, b) => b.score - a.score || TIE_BREAK.indexOf(a.goal) - TIE_BREAK.indexOf(b.goal));
  const [first, second] = scored;
  // "A quote for 12 laptops with three-year support": on a tie, a price request wins over words
  // that only name what is being bought (support, warranty, licence), not trouble with it.
  const best =
    first?.goal === 'existing_customer' && second?.goal === 'new_customer' && second.score === first.score &&
    first.found.every((k) => PRODUCT_NOUNS.has(k)) && second.found.some((k) => PRICE_REQUESTS.has(k))
      ? second
      : first;
  if (!best || best.score === 0) return undefined;
  return { goal: best.goal, keyword: best.keyword, strong: best.score >= SUBJECT_WEIGHT };
}

function keywordList(goal: GoalId, custom?: Partial<Record<GoalId, string[]>>): readonly string[] {
  const user = custom?.[goal];
  if (!Array.isArray(user)) return DEFAULT_GOAL_KEYWORDS[goal];
  return user
    .filter((k): k is string => typeof k === 'string' && normaliseKeyword(k) !== '')
    .slice(0, MAX_KEYWORDS_PER_GOAL);
}
