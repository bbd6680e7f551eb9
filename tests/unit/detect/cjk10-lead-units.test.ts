// The core's lead (lib/detect/generic/lead.ts, in every content script) takes a Han name after a
// title word by its last character — never a unit written after one ("销售部邮箱（", "客服中心（").

import { describe, expect, it } from 'vitest';
import { nameFromLead } from '../../../lib/detect/generic/lead';

describe('the core lead never names a unit after a title word', () => {
  it.each(['报价单请发送至销售部邮箱（', '请联系采购部门（', '售后问题请联系客服中心（'])('%s', (lead) => {
    expect(nameFromLead(lead)).toBeNull();
  });

  it('still names a person after a title word', () => {
    expect(nameFromLead('财务总监王磊（')).toBe('王磊');
    expect(nameFromLead('我们采购主管谭雪（')).toBe('谭雪');
  });
});
