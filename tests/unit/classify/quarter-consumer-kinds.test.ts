// Brief Q's goal and cycle kinds, in both languages: a consumer's first question is new business
// (unless they ask about what they bought); a quarter that times staged work is a milestone,
// a quarter alone and a rollout done for someone else's clients are not.
import { describe, expect, it } from 'vitest';
import { reason, run } from './helpers';

const consumer = (text: string, email = 'emma.walsh88@gmail.com') => run({ contact: { email }, subject: 'Question', text });
const company = (subject: string, text: string) => run({ contact: { email: 'rob@moorside-logistics.co.uk' }, subject, text });

describe("a consumer's first question", () => {
  it('is new business, with the question as the reason', () => {
    const r = consumer('Does the XR-200 air purifier work in a room of about 30 square metres? We have a small flat.');
    expect(r.categories.goal).toBe('new_customer');
    expect(reason(r, 'goal')?.detail).toContain('xr-200');
    expect(consumer('你好，请问你们的净水器家里自己能装吗？', '2839175@qq.com').categories.goal).toBe('new_customer');
  });

  it('is not a lead when it asks about an order, or when a company writes it', () => {
    expect(consumer('Where is my order? It was due on Monday?').categories.goal).not.toBe('new_customer');
    expect(company('Question', 'Does the XR-200 air purifier work in a room of about 30 square metres?').categories.goal).toBeUndefined();
  });
});

describe('a quarter with staged work', () => {
  it('is phased when one sentence times steps by the quarter', () => {
    expect(company('Scanners', 'Next quarter we plan to move the other two warehouses onto them, Bradford first and then Hull.').categories.cycle).toBe('phased');
    expect(company('计划', '一季度要推广到全国20家门店，分三个阶段：1月试点，2月推广，3月完成。').categories.cycle).toBe('phased');
    expect(company('Plan', 'In Q1 we want a pilot in three stores.').categories.cycle).toBe('phased');
  });

  it('stays routine for a quarter alone, or a record\'s stage field beside a quarter', () => {
    expect(company('Reorder', 'Please send the Q1 price list. We reorder every month.').categories.cycle).toBe('daily');
    expect(company('计划', '阶段：合同谈判\n备注：客户要求提供第二季度的配送方案。').categories.cycle).toBe('daily');
  });

  it('does not count a rollout or 上线 done for other clients', () => {
    const intro = company('Introduction', "I'd like to introduce Jordan. Jordan's team did the rollout at two of my clients, and I think there's a fit.");
    expect(intro.categories.cycle).toBe('daily');
    expect(company('介绍', '给您介绍一下林峰，他们团队之前给我两个客户做过系统上线，口碑很好。').categories.cycle).toBe('daily');
    // Our own rollout still is one.
    expect(company('Rollout', 'We are planning the rollout to all branches.').categories.cycle).toBe('phased');
  });
});
