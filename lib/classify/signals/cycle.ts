/**
 * Time cycle: milestone words ("quarterly review", "launch", 季度目标, 发布) → phased; otherwise routine work.
 * Only the subject and the newest message count: a quoted "quarterly targets" three replies
 * down describes older work, not the horizon of this follow-up. (The goal, by contrast, reads
 * the whole thread, because a short reply often names its topic only in the quoted request.)
 */
import { MILESTONE_WORDS, NOT_MILESTONE } from '../keywords';
import { findKeywords } from '../match';
import type { CycleId, Decision } from '../types';
import type { ScanText } from '../scan-text';

export function decideCycle(text: ScanText): Decision<CycleId> {
  const word =
    findKeywords(text.subject.replace(NOT_MILESTONE, ' '), MILESTONE_WORDS)[0] ??
    findKeywords(text.latest.replace(NOT_MILESTONE, ' '), MILESTONE_WORDS)[0];
  if (word) return { value: 'phased', code: 'milestone-word', detail: word };
  return { value: 'daily', code: 'default', detail: 'no milestone words' };
}
