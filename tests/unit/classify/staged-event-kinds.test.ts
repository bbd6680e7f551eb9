// Cycle kinds from brief F (issue 15's fourth held-out set): staged work toward a date without
// the word "quarter" is a milestone; a dated company event whose only ask is its price is not.
import { describe, expect, it } from 'vitest';
import { reason, run } from './helpers';

const cycle = (subject: string, text: string) => reason(run({ subject, text }), 'cycle');

describe('staged work toward a date', () => {
  it('counts phases with a go-live or a dated end', () => {
    expect(cycle('HR system', 'We would like to bring it in over two phases: payroll in February, then leave, with go-live by 31 March.')).toMatchObject({ value: 'phased', detail: 'over two phases + go-live by' });
    expect(cycle('仓储系统实施', '我们想分两期实施：一期1月份完成入库，二期再做盘点，3月31日前全部切换。')?.value).toBe('phased');
    expect(cycle('Payroll', "We'd like to do this in two phases. Payroll first in February, then leave, with go-live by 31 March.")?.value).toBe('phased');
    expect(cycle('Payroll', 'Phase 1 is payroll in February; phase 2 adds leave. We need to be live before 31 March.')?.value).toBe('phased');
    expect(cycle('Payroll', 'We paid the invoice in two phases. Thanks for your patience.')?.value).toBe('daily');
  });

  it('counts a plan written month by month, not one dated line', () => {
    expect(cycle('Our plan', 'Next quarter:\n- January: train the managers\n- February: two stores\n- March: all stores')).toMatchObject({ value: 'phased', detail: 'january / february / march' });
    expect(cycle('安排', '下季度安排如下：\n1月：培训店长\n2月：两家门店先切换\n3月：其余门店切换')?.value).toBe('phased');
    expect(cycle('Delivery', 'January: the pallets arrive on the 12th.')?.value).toBe('daily');
    expect(cycle('Two phases', 'We paid in two phases last year.')?.value).toBe('daily');
  });
});

describe('a dated company event', () => {
  it('is routine when only its price is asked', () => {
    expect(cycle('Photo booth', 'Our annual staff gala is on 20 February, about 180 guests. Could you send a quote this week?')?.value).toBe('daily');
    expect(cycle('年会音响', '我们公司年会定在1月16日晚上，大概200人。想了解一下灯光租赁的价格，麻烦本周内报个价。')?.value).toBe('daily');
  });

  it('is a milestone when the work on it is asked for, price or not', () => {
    expect(cycle('年会', '我们公司年会定在1月16日，大概200人，麻烦出一版方案并报个价。')?.value).toBe('phased');
    expect(cycle('Kick-off', 'Our sales kick-off is on 21 January; could you send a draft run-of-show and a quote?')?.value).toBe('phased');
    expect(cycle('展会搭建', '明年3月的建材展还是想找你们来搭建，麻烦先报个价。')?.value).toBe('phased');
  });
});
