/**
 * Whose history a service phrase tells. "You set up", "you fitted", 用得很好 are evidence that
 * the SENDER already buys from us only when the sender is the one served: "the trackers you set
 * up on our vans". The same words in a request ("could you set up a demo for me", 能否…), in a
 * condition (用得好的话), or about a third party ("Jess at Halden said you set up the trackers on
 * her trucks", 张总说你们给他们装的…) are not: a request is no history at all, and what we did for
 * someone else who sent the sender to us is a referral — evidence of a first contact.
 *
 * Matched on the lower-cased subject and newest message, like the cue lists.
 */

export type Voice =
  /** The sender's own history: evidence of an existing relationship. */
  | 'own'
  /** Told of a third party (a referrer): evidence of a referral, a first contact. */
  | 'third'
  /** Not history at all: a request or a condition. */
  | 'none';

export interface HistoryMatch {
  voice: Voice;
  /** The evidence, clipped: the cue, or for a referral the report from its speaker to the cue. */
  cue: string;
}

/** Sentence ends: a cue's voice is read within its own sentence only. */
const SENTENCE_END = /[.!?\n。！？；;]/u;
/** A request or offer right before the cue: "could you", "can you please", "would your team", 能否, 可以帮. */
const REQUEST_BEFORE =
  /(?:\b(?:could|can|would|will|won'?t|might)\s+(?:you\s+)?(?:please\s+|also\s+|kindly\s+|maybe\s+|perhaps\s+)?|\bplease\s+|\bkindly\s+|\bhow\s+(?:soon|quickly|fast)\s+(?:could|can|would)\s+|\bif\s+(?:you\s+)?|\bwhen\s+(?:could|can|would)\s+)$|(?:能否|能不能|可否|可不可以|可以|能|要是|如果|假如|若)[^，。！？,\n]{0,4}$/iu;
/** …or a condition right after it: 用得好的话, "if it works out". */
const CONDITION_AFTER = /^[^，。！？,\n]{0,4}的话/u;
/**
 * Reported speech by someone else before the cue: "Jess Morgan at Halden Freight said", "my
 * neighbour told me", 张总说, 她说, 朋友介绍. "We said" / 我们说 is the sender's own voice.
 */
const REPORTED_BY_OTHER =
  /(?<!\b(?:i|we)\s)(?<!\b(?:i|we)\s(?:\w+\s)?)\b(?:said|says|told\s+(?:me|us)|tells\s+(?:me|us)|mentioned|recommended|speaks\s+highly|spoke\s+highly)\b|(?<![我们])(?:说|讲|提到|介绍|推荐|夸)(?!明|一下)/iu;
/** The one served, right after the cue: a third party's ("on her trucks", 给他们装的) or ours. */
const THIRD_PARTY_NEAR = /\b(?:her|his|their|them|him)\b|他们|她们|他家|她家|他的|她的|给他|给她|帮他|帮她|为他|为她|朋友|别人|别家|隔壁/u;
/** Someone else named as the subject earlier in the sentence: a friend, a neighbour, another firm. */
const THIRD_PARTY_BEFORE = /\b(?:(?:a|my)\s+(?:friend|neighbou?r|sister|brother|cousin|contact)|friends?\s+of\s+(?:mine|ours))\b|朋友|隔壁|邻居|别人|别家|同行|他们|她们/iu;
const FIRST_PERSON_NEAR = /\b(?:our|us|my|me)\b|我们|我司|我家|给我|帮我|为我/u;
/** A speaker of the sender's own side: "our engineer said", 我们车间的张工说 — their report is
 *  the sender's history, not a referral ("my neighbour told me" is someone else's). */
const OUR_SPEAKER = /\bour\b|\bmy\s+(?:colleague|boss|manager|team|engineer|staff|director|md|ceo|technician|site\s+manager)s?\b|我们|我司|我公司|公司的|厂里|车间|同事|领导|老板|店里/iu;

const MAX_CUE = 80;

/** The voice of one cue found at `index` (length `length`) in `own`. */
export function voiceAt(own: string, index: number, length: number): HistoryMatch {
  const start = lastSentenceStart(own, index);
  const before = own.slice(start, index);
  const cue = own.slice(index, index + length);
  const after = own.slice(index + length, index + length + 40).split(SENTENCE_END)[0] ?? '';
  if (REQUEST_BEFORE.test(before) || CONDITION_AFTER.test(after)) return { voice: 'none', cue: clip(cue) };
  // Whom the work was for: the words of the cue and just after it ("…on her trucks", "…for us").
  const served = `${cue} ${after.slice(0, 30)}`;
  if (FIRST_PERSON_NEAR.test(served) && !THIRD_PARTY_NEAR.test(cue)) return { voice: 'own', cue: clip(cue) };
  const report = REPORTED_BY_OTHER.exec(before);
  // Someone else is the subject before the cue, and the sender is not: 朋友公司用的就是你们的系统，用得很好.
  const otherSubject = THIRD_PARTY_BEFORE.test(before) && !FIRST_PERSON_NEAR.test(before);
  if (THIRD_PARTY_NEAR.test(served) || otherSubject || (report && !OUR_SPEAKER.test(before.slice(0, report.index)))) {
    // The referral's evidence: from the speaker (the start of the sentence) to the cue.
    return { voice: 'third', cue: clip(`${before}${cue}`) };
  }
  return { voice: 'own', cue: clip(cue) };
}

/**
 * The first match of `re` (any flags) in `own` that is the sender's own history, else the first
 * referral; null when every match is a request or a condition.
 */
export function historyMatch(own: string, re: RegExp): HistoryMatch | null {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  let referral: HistoryMatch | null = null;
  for (const m of own.matchAll(global)) {
    if (m[0].length === 0) continue;
    const found = voiceAt(own, m.index ?? 0, m[0].length);
    if (found.voice === 'own') return found;
    if (found.voice === 'third') referral ??= found;
  }
  return referral;
}

function lastSentenceStart(text: string, index: number): number {
  for (let i = index - 1; i >= 0 && i >= index - 200; i--) {
    if (SENTENCE_END.test(text[i] ?? '')) return i + 1;
  }
  return Math.max(0, index - 200);
}

function clip(s: string): string {
  return s.replace(/\s+/gu, ' ').trim().slice(0, MAX_CUE);
}

const CJK = /[\u3400-\u9fff]/u;

/** A keyword list as one pattern, matched like match.ts: whole words, Chinese as substrings. */
export function keywordPattern(list: readonly string[]): RegExp {
  const alternatives = list.map((kw) => {
    const body = kw.trim().toLowerCase().split(/[\s-]+/u).filter(Boolean).map((p) => p.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('[\\s\\-]+');
    return CJK.test(kw) ? body : `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`;
  });
  return new RegExp(alternatives.join('|'), 'iu');
}
