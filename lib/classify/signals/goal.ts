/**
 * Goal type: scored keywords (the subject over the newest message, the newest message over the
 * quoted history), then what is known about the relationship (a CRM record, a lead record,
 * earlier tasks with this contact). A first contact ("came across your website", 朋友推荐) counts
 * as new-customer development; a reseller asking to sign up is new business through
 * distribution, not care of an existing customer, even though it says "onboarding".
 */
import { DEFAULT_GOAL_KEYWORDS } from '../keywords';
import { findKeywords, normaliseKeyword } from '../match';
import { EXISTING_RELATIONSHIP, EXISTING_RESELLER, FIRST_CONTACT_WORDS, ONBOARDING } from '../phrases';
import { GOAL_IDS, type Decision, type GoalId } from '../types';
import type { ScanText } from '../scan-text';
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
}

export function decideGoal(
  text: ScanText,
  relationship: Relationship | null,
  keywords?: Partial<Record<GoalId, string[]>>,
  context: GoalContext = {},
): Decision<GoalId> | undefined {
  const winner = keywordWinner(text, keywords);
  const own = `${text.subject}\n${text.latest}`;
  if (context.reseller && winner?.goal !== 'payment_collection') {
    const onboarding = ONBOARDING.exec(own);
    if (onboarding) return { value: 'new_customer', code: 'reseller-onboarding', detail: onboarding[0].slice(0, 80) };
  }
  // The sender says they already buy (or resell) from us: a quote or a demo they ask for is an
  // upsell, whatever the word, and a reseller's message without other words is account care.
  const says = findKeywords(own, EXISTING_RELATIONSHIP)[0] ?? (context.reseller ? EXISTING_RESELLER.exec(own)?.[0] : undefined);
  if (says && (!winner || winner.goal === 'new_customer')) return { value: 'existing_customer', code: 'existing-relationship', detail: says };
  if (!winner && context.reseller) return { value: 'existing_customer', code: 'existing-relationship', detail: context.reseller };
  if (!winner && context.storeOrder && !relationship) return { value: 'existing_customer', code: 'online-store', detail: context.storeOrder };
  const fromRelationship = relationshipGoal(relationship);
  if (!winner) return fromRelationship;
  // What we know about the relationship only overrides a weak keyword that contradicts it:
  // an existing customer asking for a "quote" is upselling, not a new lead. Payment and
  // research keywords describe the task itself and always stand.
  if (fromRelationship && !winner.strong) {
    const contradicts =
      (fromRelationship.value === 'existing_customer' && winner.goal === 'new_customer') ||
      (fromRelationship.value === 'new_customer' && winner.goal === 'existing_customer');
    if (contradicts) return fromRelationship;
  }
  return { value: winner.goal, code: 'keyword', detail: winner.keyword };
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
