// A weekday followed by a time of day and 前 (brief F, issue 15's fourth held-out set):
// 本周五中午前 is Friday, not the sending day; "下午前" alone is not the deadline of 下周一下午前.
import { describe, expect, it } from 'vitest';
import { findDeadline } from '@/lib/classify/deadline';

const MON = { sent: '2026-12-07' as const };

describe('a time of day before 前', () => {
  it.each([
    ['有两笔金额对不上，麻烦本周五中午前回复一下。', '2026-12-11'],
    ['麻烦周五中午前回复。', '2026-12-11'],
    ['麻烦下周一下午前把配件清单补发给我。', '2026-12-14'],
    ['盖章版麻烦周五下班前寄出。', '2026-12-11'],
    ['请明天上午之前确认。', '2026-12-08'],
    ['麻烦12月15日下午前把报价发我。', '2026-12-15'],
    ['麻烦中午前回复一下。', '2026-12-07'],
    ['Could you reply by this Friday noon?', '2026-12-11'],
  ])('%s → %s', (text, date) => {
    expect(findDeadline(text, MON)?.date).toBe(date);
  });

  it('keeps the matched phrase whole for the reason', () => {
    expect(findDeadline('麻烦本周五中午前回复一下。', MON)?.matched).toBe('周五中午前');
  });

  it('still reads a clock time after the weekday', () => {
    expect(findDeadline('请本周五下午3点前发给我。', MON)).toMatchObject({ date: '2026-12-11', time: '15:00' });
  });
});
