/**
 * What the words around a date say about it, for deadline.ts: whether it is told in the past,
 * whether it is the sender's availability or a delivery wish rather than a deadline for the
 * rep's follow-up, and whether a cue ("by", "before", 前, 请于) introduces it. English and
 * Simplified Chinese. Only words, no dates: the dates come from chrono and its parsers.
 */

/** A deadline cue right before a date: "by", "before", "due on", "closes on", "by COB". */
export const EN_CUE =
  /(?:^|[^\p{L}])(?:(?:by|before|until|till|due(?:\s+(?:on|by|date\s+is))?|deadline(?:\s+is)?|no\s+later\s+than|not\s+later\s+than|latest|expires?\s+on|closes?\s+on|closing\s+on|cut-?off\s+(?:is\s+)?(?:on\s+)?|(?:scheduled|planned|booked)\s+for|expected\s+(?:on|by))\s+(?:the\s+)?(?:on\s+)?(?:(?:cob|eod|close\s+of\s+business|end\s+of\s+(?:the\s+)?day)\s+(?:on\s+)?)?|(?:cob|eod|close\s+of\s+business)\s+(?:on\s+)?)$/iu;
export const ZH_CUE = /(?:截止|截至|最晚|最迟|务必|请于|请在|须在|需在|需于|须于|要在|务必在|期限)(?:日期|时间|日)?(?:到|于|在|为|是)?\s*[：:]?\s*$/u;
/** A cue inside the phrase itself: "before Q2", "within 3 days", 二季度前. */
export const INNER_CUE = /(?:之前|以前|前|内)$|^(?:within|before|by|ahead\s+of|prior\s+to)\s/iu;
/** 前 after a date, also past a time of day: 周五中午前, 下周一下午之前, 明天下班前. */
export const ZH_AFTER = /^\s*(?:(?:中午|下午|上午|早上|晚上|傍晚|下班|午饭|午休|凌晨)\s*){0,2}(?:之前|以前|前|内|之内|为止)/u;
/**
 * A time of day between a day and its 前 (周五中午前, 下周一下午前): chrono's Chinese parser reads
 * "周五中午" as the sending day at noon and "下午" alone as today, so the word is blanked (same
 * length, the indexes stay) before parsing, and ZH_AFTER reads it back as part of the cue.
 */
export const ZH_DAY_PART = /(?<=(?:周|星期|礼拜)[一二三四五六日天]|今天|明天|后天|[日号])(?:中午|下午|上午|早上|晚上|傍晚|下班|午饭|午休){1,2}(?=\s*(?:之前|以前|前))/gu;

/**
 * A clause told in the past ("got the samples today", 已经转过去了, 上周四说好周一前): its
 * dates are not new deadlines.
 */
export const PAST_CLAUSE =
  /(?<![\p{L}])(?:was|were|had|did|got|received|arrived|shipped|paid|bought|ordered|agreed|promised|yesterday|last\s+week)(?![\p{L}])|已经|已|刚(?!好|才能)|了(?=[，。,！!？?\s]|$)|上周|昨天|前天|说好|答应|上个?月/iu;
/**
 * A pronoun with a past verb before the date ("we wired the balance on Monday"): catches the
 * regular verbs a list would miss. Polite forms ("I wanted to ask") are not the past, and a
 * conjunction starts a new thought ("I've escalated it and expect it to go out this week").
 */
const PRONOUN_PAST =
  /(?<![\p{L}])(?:i|we|they|he|she)(?:'ve|'d)?\s+(?:(?:just|already|have|has|had)\s+)?(?!(?:wanted|hoped|wondered|needed|planned|scheduled|booked|arranged|used)(?![\p{L}]))(?:[a-z]+(?<!e)ed|sent|came|went|made|met|spoke|told|saw|left|gave|wrote|rang|took|put|brought|paid|got|bought|agreed)(?![\p{L}])/iu;
const CONJUNCTION = /(?<![\p{L}])(?:and|but|so|then|which|while|because)(?![\p{L}])/giu;

/** The words of the clause before `index`, from its last conjunction, tell of the past. */
export function toldInPastBefore(source: string, index: number): boolean {
  let start = index;
  while (start > 0 && !/[,.;!?\n，。；！？]/u.test(source[start - 1] ?? '')) start--;
  const parts = source.slice(start, index).split(CONJUNCTION);
  return PRONOUN_PAST.test(parts[parts.length - 1] ?? '');
}
/** Past time words in a clause: a bare weekday there is the one before, not the one after. */
export const PAST_TIME = /(?<![\p{L}])(?:yesterday|last\s+week|ago)(?![\p{L}])|上周|昨天|前天/iu;
/**
 * Words right before a date that put it in the past: "since Tuesday's update", "last Friday",
 * 上个月底, and a finished event without a pronoun ("shows it as completed on Monday", a CRM
 * note's "called on Tuesday").
 */
export const PAST_BEFORE = /(?:^|[^\p{L}])(?:since|last|ago|completed|called|rang|phoned|happened|cleared|went\s+out|came\s+in)\s+(?:on\s+)?$|上个?$/iu;
/** Words right after a date that put it in the past: "14 days past", "two weeks ago", "overdue". */
export const PAST_AFTER = /^\s*(?:past|ago|overdue|late|earlier|before\s+(?:that|then)|behind)(?![\p{L}])|^\s*(?:前|以前|之前)?(?:已|已经|就已)/iu;
/** "Today" with a morning: an hour of the sending day already gone ("paid this morning", 一笔今天上午). */
export const TODAY_MORNING = /^(?:this\s+morning|今天?(?:上午|早上|早晨|一早)|今早)/iu;
export const MORNING_AFTER = /^\s*(?:morning|上午|早上|早晨|一早)/iu;

/**
 * The sender says when they can be reached or visited ("I'm around Monday to Wednesday",
 * 周六周日都在家, 周末两天我都有空): a window for the rep, not a deadline.
 */
export const AVAILABILITY =
  /(?<![\p{L}])(?:i'?m|i\s+am|we'?re|we\s+are|i'?ll\s+be|we'?ll\s+be|i\s+will\s+be|we\s+will\s+be|(?:he|she|they)(?:'s|'re|\s+is|\s+are|'ll\s+be|\s+will\s+be)|\p{Lu}\p{Ll}+(?:'s|\s+is|\s+will\s+be))\s+(?:usually\s+|mostly\s+|only\s+|also\s+)?(?:around|free|available|at\s+home|home|about|reachable|in\s+the\s+office)(?![\p{L}])|(?<![\p{L}])(?:available|free)\s+(?:on|any|all|from|(?:this|next)\s+week|(?:mon|tues|wednes|thurs|fri)day)(?![\p{L}])|在家|有空|都在|有时间|随时可以|方便的时间/iu;

/**
 * A date for the goods or the work to be done at the customer's ("40 chairs delivered and
 * assembled by 8 January", 二月底前到货): a delivery wish, not the follow-up's date.
 */
export const DELIVERY =
  /(?<![\p{L}])(?:delivered|installed|assembled|fitted|in\s+place|up\s+and\s+running|arrives?|arriving|on\s+site)(?![\p{L}])|送到|送达|到货|交货|安装好|装好|到位|投产/iu;

/**
 * A request to the rep in a sentence ("please send us a statement", "could you…", 麻烦您, 请您):
 * its date is the follow-up's, over a date the sender sets for themselves. "Please note" only
 * informs.
 */
export const ASK =
  /(?<![\p{L}])(?:please(?!\s+(?:note|be\s+(?:advised|aware)))|kindly|(?:could|can|would|will)\s+you|let\s+(?:me|us)\s+(?:know|have)|send\s+(?:me|us)|we\s+(?:need|would\s+need)\s+(?:you|your|the|a|an)\b)|请(?!注意|知悉|放心)|麻烦|能否|能不能|可否|希望(?:您|你|贵司)/iu;

/** The sentence (between sentence ends or line breaks) around `index`. */
export function sentenceAt(source: string, index: number): string {
  const stops = /[.!?\n。！？]/u;
  let start = index;
  while (start > 0 && !stops.test(source[start - 1] ?? '')) start--;
  let end = index;
  while (end < source.length && !stops.test(source[end] ?? '')) end++;
  return source.slice(start, end + 1);
}

/** The clause (between commas, sentence ends or line breaks) around `index`. */
export function clauseAt(source: string, index: number): string {
  const stops = /[,.;!?\n，。；！？]/u;
  let start = index;
  while (start > 0 && !stops.test(source[start - 1] ?? '')) start--;
  let end = index;
  while (end < source.length && !stops.test(source[end] ?? '')) end++;
  return source.slice(start, end + 1);
}

/** A duration phrase: "within a week", 三天内. */
export const WITHIN = /^within\s|(?:内|之内)$/iu;
/** History around a duration: "last time", "fixed it", 上次…修好了 (with PAST_CLAUSE). */
export const HISTORY =
  /(?<![\p{L}])(?:last\s+(?:time|spring|summer|autumn|fall|winter|year|month|quarter)|previously|fixed|solved|resolved|sorted|delivered|replied|responded|answered|installed|handled|finished|completed|turned\s+(?:it\s+)?around)(?![\p{L}])|上次|上回|以前|那次|当时/iu;
/** A request or commitment in the clause makes a duration a deadline again: "please fix it within a week". */
export const FORWARD =
  /(?<![\p{L}])(?:please|kindly|can|could|will|would|need|needs|must|should|make\s+sure|ensure|let\s+me\s+know|expect)(?![\p{L}])|请|需要|务必|希望|能否|能不能|麻烦|必须/iu;


/**
 * The rep's agreed next step in a note ("Agreed to call back Monday", 约好下周一再电话): its date
 * is the follow-up's, over the customer's own plan beside it ("they will decide by the end of Q1",
 * 一季度末前定方案), and "agreed" there is no past.
 */
export const NEXT_STEP =
  /(?<![\p{L}])(?:agreed\s+to|arranged\s+to|next\s+step|call(?:ing)?\s+(?:\w+\s+)?back|follow(?:ing)?\s+up\s+(?:on|again))(?![\p{L}])|约好|约了|约定|下一步|回电|再(?:打)?电话|再(?:联系|跟进|沟通|拜访)/iu;
