/**
 * Time cycle: milestone words ("quarterly review", "launch", 季度目标, 发布) → phased; a quarter
 * named as when staged work happens ("the Q1 rollout … pilot in January", "next quarter we plan
 * to move the other two warehouses, Bradford first and then Hull", 一季度…分三个阶段) → phased;
 * otherwise routine work. A milestone word told of someone else's past work ("Jordan's team did
 * the rollout at two of my clients", 给我两个客户做过系统上线) is an introduction's credential,
 * not this task's horizon. An event prepared with its date or place fixed (cycle-event.ts) is
 * milestone work too.
 * Only the subject and the newest message count: a quoted "quarterly targets" three replies
 * down describes older work, not the horizon of this follow-up. (The goal, by contrast, reads
 * the whole thread, because a short reply often names its topic only in the quoted request.)
 */
import { MILESTONE_WORDS, NOT_MILESTONE } from '../keywords';
import { findKeywords } from '../match';
import { NOT_MILESTONE_ROUTINE, datedEvent } from './cycle-event';
import { datedSteps } from './cycle-steps';
import { multiYearRenewal } from './cycle-renewal';
import type { CycleId, Decision } from '../types';
import type { ScanText } from '../scan-text';
import { NOT_OWN_MILESTONE, TENDER_STAGES } from '../standing-cues';

/** A quarter as a time: Q1, "next quarter", 一季度, 下个季度 (alone a time word, see keywords.ts). */
const QUARTER = /(?<![\p{L}\d])q[1-4](?![\p{L}\d])|(?<![\p{L}])(?:next|this|coming|first|second|third|fourth|following)\s+quarter(?![\p{L}])|[一二三四1-4]\s*季度|(?:下|本|这)个?季度/iu;
/** Work in steps: a pilot, phases, stages, waves, "first … then", 试点, 分阶段, 分批, 先…再 —
 *  not a record's "Stage:" / 阶段： field. */
const STEPS =
  /(?<![\p{L}])(?:pilot|phases?|phased|stages?(?!\s*[:：])|staged|waves?|milestones?|go-?live|first\s+(?:[\w-]+\s+){0,6}?(?:and\s+)?then)(?![\p{L}])|试点|阶段(?!\s*[:：])|分批|分步|第一步|先[^。！？\n]{1,20}(?:再|然后)/iu;
/**
 * A clause about someone else's past work: a past verb and other clients ("did the rollout at two
 * of my clients", 之前给我两个客户做过系统上线). Such clauses are dropped before matching.
 */
const OTHERS_PAST =
  /(?<![\p{L}])(?:did|done|ran|led|handled|delivered|completed|managed)(?![\p{L}])[^,.;!?\n]{0,80}?(?<![\p{L}])(?:clients|customers|companies|firms)(?![\p{L}])|(?:给|帮|为)[^，。；！？\n]{0,10}(?:客户|公司|企业|别人|别家)[^，。；！？\n]{0,10}(?:做过|搞过|弄过)/iu;
/** Clause ends, kept by split() so that the text joins back as it was. */
const CLAUSE_END = /([,.;!?\n，。；！？])/u;

/** The text without "campaign attribution"-like uses and without clauses about others' past work. */
function ownWork(text: string): string {
  return text.replace(NOT_MILESTONE, ' ').replace(NOT_OWN_MILESTONE, ' ').split(CLAUSE_END).map((clause) => (OTHERS_PAST.test(clause) ? ' ' : clause)).join('');
}

/** Counted phases: "in two phases", "over three stages", 分两期, 分三个阶段, 一期…二期. */
const COUNTED_STEPS =
  /(?<![\p{L}])(?:in|over|across)\s+(?:two|three|four|2|3|4)\s+(?:phases|stages|waves|steps)(?![\p{L}])|(?<![\p{L}])(?:phase|stage)\s*(?:1|one|i)(?![\p{L}\p{N}])[^]{0,200}?(?<![\p{L}])(?:phase|stage)\s*(?:2|two|ii)(?![\p{L}\p{N}])|第一(?:期|阶段)[^]{0,120}?第二(?:期|阶段)|分(?:两|二|三|四|[2-4])\s*(?:期|个?阶段|步|批)|一期[^。！？\n]{1,40}二期/iu;
/** How far after the phases their dated target may be named. */
const STAGED_SPAN = 300;
/** …toward a date: go-live, launch or finishing by a date, 前 / 之前 / 底前 after a date. */
const DATED_TARGET =
  /(?<![\p{L}])(?:go-?live|live|launch|complete|completed|finished|done|cut-?over|switch(?:ed)?\s+over)(?![\p{L}])[^.!?\n]{0,30}?(?<![\p{L}])(?:by|before|on)(?![\p{L}])|(?<![\p{L}])(?:by|before)\s+(?:the\s+)?(?:end\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?(?:底|末)?(?:之)?前/iu;
/** A plan written month by month ("January: train the managers", "2月：两家门店先切换"). */
const MONTH_LINE =
  /^[\s\-•*·]*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\d{1,2}\s*月份?|[一二三四五六七八九十]{1,2}月份?)\s*[:：–—-]/gimu;

/**
 * Staged work toward a dated target, without the word "quarter": counted phases with a go-live
 * or a date in the same sentence, or a plan of two or more month-by-month lines.
 */
function stagedToDate(own: string): string | null {
  // The target may follow in the next sentence ("…in two phases. Payroll first, then go-live by 31 March").
  const steps = COUNTED_STEPS.exec(own);
  const target = steps ? DATED_TARGET.exec(own.slice(steps.index, steps.index + STAGED_SPAN))?.[0] : undefined;
  if (steps && target) return `${steps[0]} + ${target}`.replace(/\s+/gu, ' ').slice(0, 80);
  const months = own.match(MONTH_LINE);
  if (months && months.length >= 2) return months.slice(0, 3).map((m) => m.replace(/[\s\-•*·:：–—]+/gu, ' ').trim()).join(' / ').slice(0, 80);
  return null;
}

export function decideCycle(text: ScanText): Decision<CycleId> {
  const plain = (s: string) => ownWork(s).replace(NOT_MILESTONE_ROUTINE, ' ');
  const word =
    findKeywords(plain(text.subject), MILESTONE_WORDS)[0] ??
    findKeywords(plain(text.latest), MILESTONE_WORDS)[0] ??
    datedEvent(`${text.subject}\n${text.latest}`);
  if (word) return { value: 'phased', code: 'milestone-word', detail: word };
  // The quarter and the steps in one sentence: the quarter times that work.
  for (const sentence of ownWork(`${text.subject}\n${text.latest}`).split(/[.!?\n。！？]/u)) {
    const quarter = QUARTER.exec(sentence)?.[0];
    const steps = quarter ? STEPS.exec(sentence)?.[0] : undefined;
    if (quarter && steps) return { value: 'phased', code: 'milestone-word', detail: `${quarter} + ${steps}`.replace(/\s+/gu, ' ').slice(0, 80) };
  }
  // A plan as a sequence of dated steps, however it is worded (cycle-steps.ts).
  const staged = stagedToDate(ownWork(`${text.subject}\n${text.latest}`)) ?? datedSteps(ownWork(`${text.subject}\n${text.latest}`));
  if (staged) return { value: 'phased', code: 'milestone-word', detail: staged };
  const renewal = multiYearRenewal(`${text.subject}\n${text.latest}`);
  if (renewal) return { value: 'phased', code: 'milestone-word', detail: renewal };
  const tender = TENDER_STAGES.exec(`${text.subject}\n${text.latest}`)?.[0];
  if (tender) return { value: 'phased', code: 'milestone-word', detail: tender.replace(/\s+/gu, ' ').slice(0, 80) };
  return { value: 'daily', code: 'default', detail: 'no milestone words' };
}
