/**
 * Staged work read from its shape rather than its words (brief J): a plan is a sequence of dated
 * steps, however it is worded — "start with the Leeds sites in January, add Manchester in
 * February, and have all three running by the end of March", a partner's joint plan laid out as
 * "13 Jan – invitations / 27 Jan – dry run / 3 Feb – webinar 1", 12月20日先做一场…1月中旬做第二场…
 * 春节前再做一场, 先在总部试用…春节后再推到各分公司，4月1日正式上线.
 *
 * Two shapes count: two or more lines that each open with a date (a list), or one paragraph with
 * two or more different dates and a word that orders them (first, then, after that, add, 先, 再,
 * 第二场). Dates offered as alternatives ("14 or 15 January", 周二或者周三) are a choice, not steps;
 * a sentence told in the past (paid, shipped, 已经) is history, not a plan; a sentence that asks
 * the rep ("please send … by 18 December", 请在1月8日前寄给我们) holds the ask's deadline.
 * Read on the lower-cased subject and newest message.
 */

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const FULL_MONTH = String.raw`(?:january|february|march|april|june|july|august|september|october|november|december)`;
/** A date: "13 Jan", "March 4", a full month name ("in May" only after a preposition: may is a verb), 1月10日, 1月中旬, 春节前. */
const DATE_SOURCE = [
  String.raw`(?<![\p{L}\p{N}])\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?![\p{L}])`,
  String.raw`(?<![\p{L}])${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?![\p{N}])`,
  String.raw`(?<![\p{L}])${FULL_MONTH}(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:in|by|from|until|early|mid|late|of|end\s+of)\s+may(?![\p{L}])`,
  String.raw`\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号]|初|中旬|上旬|下旬|底|末|份)?|[一二三四五六七八九十]{1,2}月(?:初|中旬|上旬|下旬|底|末|份)?`,
  String.raw`(?:春节|元旦|国庆|五一|中秋|端午)(?:前|后|之前|之后)|节后|年后`,
].join('|');

/**
 * Words that put dates in order. "First" only as an adverb ("the finance team first," / "first we"),
 * not "the first order" or "first aid"; "next" not at all ("next June" is one date).
 */
const ORDERING =
  /(?<![\p{L}])(?:first(?=\s*[,;:—–-]|\s+(?:we|i|you|the\s+[\w-]+\s+then)\b)|then|after\s+that|afterwards|followed\s+by|start\s+with|starting\s+with|begin\s+with|add|finally|step\s+(?:one|two|1|2))(?![\p{L}])|先|再|然后|之后|接着|随后|最后|第[一二三四1-4](?:场|批|期|步|阶段)/iu;
/** A sentence that asks the rep: its date is the ask's deadline, not a step of the plan. */
const ASKS_REP = /(?<![\p{L}])(?:please|could\s+you|can\s+you|would\s+you|will\s+you|kindly)(?![\p{L}])|(?<![申邀])请|麻烦|能否|能不能|可否/iu;
/** A date naming a period of something ("12月的对账", "December's statement"), not a step. */
const PERIOD_OF = /^(?:的|'s)/u;
/** Dates offered as a choice, not steps. */
const CHOICE = /(?<![\p{L}])(?:or|either)(?![\p{L}])|或者|或是|还是/iu;
/** A sentence told in the past: what was done, not what is planned. */
const PAST = /(?<![\p{L}])(?:paid|sent|shipped|received|delivered|invoiced|issued|was|were|did|had|ran|ordered|bought|arrived)(?![\p{L}])|已经|已付|已发|已收/iu;
/** A line that opens with a date, then a separator: "13 Jan – …", "1月10日：…". */
const LIST_LINE = new RegExp(String.raw`^[\s\-•*·\d.)]*?(?:${DATE_SOURCE})\s*[:：–—-]`, 'gimu');

function dates(text: string): string[] {
  const found = [...text.matchAll(new RegExp(DATE_SOURCE, 'giu'))].filter((m) => !PERIOD_OF.test(text.slice((m.index ?? 0) + m[0].length)));
  const all = [...new Set(found.map((m) => m[0].replace(/\s+/gu, ' ').trim()))];
  // A bare month beside a day of that month ("on 7 December … the December statement", 12月7日…
  // 12月份) is one point in time, not two steps.
  const dayMonths = new Set(all.filter(namesDay).map(monthOf));
  return all.filter((d) => namesDay(d) || !dayMonths.has(monthOf(d)));
}

/** "7 december", "march 4", 12月7日 — a day, not only a month or a festival. */
const namesDay = (date: string) => /月\s*\d{1,2}\s*[日号]/u.test(date) || (/\d/u.test(date) && /[a-z]/iu.test(date));

const CN_NUMERALS = '一二三四五六七八九十';

/** The month a date names ("7 december" → "dec", "12月份" → "12", "十二月" → "12"), else the date. */
function monthOf(date: string): string {
  const en = new RegExp(MONTH, 'iu').exec(date);
  if (en) return en[0].slice(0, 3).toLowerCase();
  const zh = /(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月/u.exec(date);
  if (!zh) return date;
  const n = zh[1]!;
  if (/\d/u.test(n)) return String(Number(n));
  return String(n.length === 1 ? CN_NUMERALS.indexOf(n) + 1 : n[0] === '十' ? 10 + CN_NUMERALS.indexOf(n[1]!) + 1 : CN_NUMERALS.indexOf(n[0]!) + 1);
}

/** The dated steps of a plan, as the reason's evidence ("13 jan / 27 jan / 3 feb"), or null. */
export function datedSteps(own: string): string | null {
  const lines = own.match(LIST_LINE);
  if (lines && lines.length >= 2) return summary(lines.map((l) => dates(l)[0] ?? l));
  for (const paragraph of own.split(/\n\s*\n/u)) {
    // Only the sentences that plan: not a choice of dates, not history, not the ask's deadline.
    const planned = paragraph.split(/(?<=[.!?。！？；;])/u).filter((s) => !CHOICE.test(s) && !PAST.test(s) && !ASKS_REP.test(s)).join(' ');
    const found = dates(planned);
    if (found.length >= 2 && ORDERING.test(planned)) return summary(found);
  }
  return null;
}

function summary(steps: string[]): string {
  return steps.slice(0, 3).join(' / ').slice(0, 80);
}
