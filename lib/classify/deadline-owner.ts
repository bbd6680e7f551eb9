/**
 * Whose deadline a date is, for deadline.ts. Mail names dates that are not the rep's: the
 * sender's own promise ("I'll send the forms next week", 我下周整理好发给您), a customer's
 * proposal to pay later that asks the rep to agree (余款年前付清，可以吗？, "could we settle it by
 * the end of January? Let me know if that works") — the follow-up is the reply, not the payment —
 * and a third party's closing date beside the rep's own earlier step (投标截止12月22日，请贵司
 * 12月15日前提供资料). English and Simplified Chinese; words only, the dates come from deadline.ts.
 */
import { clauseAt } from './deadline-context';

export interface Dated {
  index: number;
  end: number;
  cued: boolean;
  matched: string;
}

/**
 * A duration inside a description of symptoms: "stops within 20 minutes of starting", "goes off
 * within an hour of every restock", 开机十分钟内就停机. It measures the fault, it asks nothing.
 */
const DURATION = /^within\s|(?:内|之内|以内)$/iu;
/** "…of starting", "…of every restock": the event the duration is measured from. */
const OF_AN_EVENT = /^\s*(?:of|after|from)\s+(?:every|each|[a-z]+ing\b)/iu;
/** Seconds, minutes and hours measure a machine; days and weeks are more often terms. */
const SHORT_UNIT = /(?:seconds?|minutes?|mins?|hours?|hrs?|秒|分钟|小时)/iu;
const ZH_SYMPTOM = /(?:就|便|会|都)(?:会)?(?:自动)?(?:停|断|关|跳闸|报警|熄火|死机|黑屏|重启)/u;

export function isSymptomDuration(c: Dated, source: string): boolean {
  if (!DURATION.test(c.matched)) return false;
  if (OF_AN_EVENT.test(source.slice(c.end, c.end + 24)) || (SHORT_UNIT.test(c.matched) && /^\s*(?:of|after)\s/iu.test(source.slice(c.end, c.end + 8)))) return true;
  return ZH_SYMPTOM.test(source.slice(c.end, c.end + 10));
}

/** A request to the rep in a clause: its date is the rep's. */
const ASK_IN_CLAUSE =
  /(?<![\p{L}])(?:please(?!\s+(?:note|be\s+(?:advised|aware)))|kindly|(?:could|can|would|will)\s+you|let\s+(?:me|us)\s+have|send\s+(?:me|us)|get\s+(?:it|them|your|the)\b[^,.;!?\n]{0,60}\s+to\s+us)|请(?!注意|知悉|放心)|麻烦|能否|可否|务必|贵司|您(?:在|于|把|将)/iu;
/** The sender's need is a deadline for the rep even in the first person: "we will need it by Friday". */
const NEED = /(?<![\p{L}])(?:need|needs|require|required|must|have\s+to|want)(?![\p{L}])|需要|要求|必须|得在/iu;
/**
 * The sender promises to send the rep something: "I'll send the signed forms next week", "we will
 * forward it", 我下周整理好发给您. Their own meeting or decision ("I'll show them to our buyer on
 * Monday", 我们下周三开会讨论) is when the rep hears back, and still counts.
 */
const OWN_COMMITMENT =
  /(?<![\p{L}])(?:i|we)(?:'ll|\s+will|\s+shall|'m\s+going\s+to|'re\s+going\s+to|\s+am\s+going\s+to|\s+are\s+going\s+to|\s+plan\s+to|\s+aim\s+to)\s+(?:[\w-]+\s+){0,2}?(?:send|forward|e-?mail|post|courier|get\s+(?:[\w-]+\s+){1,3}?(?:over\s+|back\s+)?to\s+you)(?![\p{L}])|我(?:们|方|司)?[^。！？.!?\n]{0,24}?(?:发给|寄给|传给|发到|交给|提供给)(?:您|你)|我(?:们|方|司)?[^。！？.!?\n]{0,24}?(?:给(?:您|你)(?:发|寄|传)|发(?:您|你))/iu;
/** Paying (the customer's side of a payment date). */
const PAYING = /(?<![\p{L}])(?:pay|paid|paying|payment|settle|settled|settling|instal?ments?|clear(?:ing)?\s+(?:the\s+|our\s+)?(?:invoice|balance|bill|amount|account))(?![\p{L}])|付清|付款|支付|结清|打款|还清|付(?:掉|完)|分期/iu;
/** The email asks the rep to agree: "would that be OK?", "let me know if that works", 可以吗, 请确认. */
const CONFIRM_ASK =
  /(?<![\p{L}])(?:let\s+(?:me|us)\s+know\s+if\s+(?:that|this)\s+(?:works|is\s+(?:ok|okay|acceptable|possible|fine))|would\s+(?:that|this|it)\s+be\s+(?:ok|okay|alright|acceptable|possible|fine)|is\s+it\s+(?:ok|okay|alright|all\s+right|possible|acceptable)\s+(?:if|for|to)|is\s+(?:that|this)\s+(?:ok|okay|acceptable|possible)|does\s+(?:that|this)\s+work|(?:please|can\s+you|could\s+you)\s+confirm|agree\s+to\s+this)(?![\p{L}])|可以吗|行吗|行不行|可不可以|能不能|是否可以|能否接受|请确认|确认一下|同意吗|好吗|(?:请|麻烦)(?:您)?回复|回复一下/iu;

/**
 * The date is not the rep's: a symptom's duration, the sender's own promise, or a payment they
 * propose and ask the rep to agree to.
 */
export function isSendersOwn(c: Dated, source: string): boolean {
  const clause = clauseAt(source, c.index);
  if (ASK_IN_CLAUSE.test(clause) || NEED.test(clause)) return false;
  if (isSymptomDuration(c, source)) return true;
  // The sentence, not just the clause: "我这两天整理一下，周五前发您", "一半这周五，一半下月10号前付清".
  const sentence = sentenceAround(source, c.index);
  if (OWN_COMMITMENT.test(sentence)) return true;
  return PAYING.test(sentence) && CONFIRM_ASK.test(source);
}

/** The sentence (between sentence ends or line breaks) around `index`. */
function sentenceAround(source: string, index: number): string {
  const stops = /[.!?\n。！？]/u;
  let start = index;
  while (start > 0 && !stops.test(source[start - 1] ?? '')) start--;
  let end = index;
  while (end < source.length && !stops.test(source[end] ?? '')) end++;
  return source.slice(start, end + 1);
}

/**
 * Two cued deadlines, one in a clause asking the rep ("请贵司在12月15日前提供", "please get it to
 * us by the 15th") and one not (a tender's closing date): the asked one is the follow-up's.
 */
export function preferAsked<T extends Dated>(candidates: T[], source: string): T[] {
  const cued = candidates.filter((c) => c.cued);
  if (cued.length < 2) return candidates;
  const asked = cued.filter((c) => ASK_IN_CLAUSE.test(clauseAt(source, c.index)));
  return asked.length > 0 && asked.length < cued.length ? asked : candidates;
}
