// Names prose writes beside a bracketed address (lib/detect/generic/prose-names.ts, read with the
// sign-off blocks in signature-kit.js and the CLI). The pages: tests/fixtures/*-cjk10-prose-names-zh.

import { describe, expect, it } from 'vitest';
import { hanNameBefore, nameInBracket } from '../../../lib/detect/generic/prose-names';

describe('a Chinese name before a bracketed address', () => {
  it.each([
    ['下周的启动会我们质量部谢芳（', '谢芳'],
    ['新厂区的负责人是宋佳（', '宋佳'],
    ['付款事宜请与我们财务部的陈静联系（', '陈静'],
    ['合同盖章流程请与我司法务何丽联系（', '何丽'],
    ['技术参数的问题请与技术部的梁晓东联系 (', '梁晓东'],
    ['收货时间您可以直接和江涛对接（', '江涛'],
    ['活动的宣传物料请与我们市场部的秦月联络（', '秦月'],
    ['本次活动的项目经理是魏东（', '魏东'],
  ])('%s → %s', (lead, name) => {
    expect(hanNameBefore(lead)).toBe(name);
  });

  it.each([
    '报价单请发送至销售部邮箱（',
    '售后问题请联系客服中心（',
    '会议议程详见附件（',
    '有问题请与我们联系（',
    '请与客服联系（',
    '请与市场部联系（',
    '报名系统的问题请发送至技术支持团队（',
    '发货单请抄送物流中心（',
    '我们的地址是（',
    '质量部谢芳',
  ])('never a word that is no name: %s', (lead) => {
    expect(hanNameBefore(lead)).toBeNull();
  });
});

describe('a name inside the bracket, before the address', () => {
  it.each([
    ['另外，我们黄总（黄建国，', '黄建国'],
    ['please also loop in our CFO (Dana Kowalski, ', 'Dana Kowalski'],
    ['由我们的西班牙同事负责 (Sofía Márquez, ', 'Sofía Márquez'],
    ['高总（高文斌、', '高文斌'],
  ])('%s → %s', (lead, name) => {
    expect(nameInBracket(lead)).toBe(name);
  });

  it.each(['详见附件（合同，', 'see the notes (page 3, ', 'see (the attached offer, ', '请联系（销售部，'])('never a word that is no name: %s', (lead) => {
    expect(nameInBracket(lead)).toBeNull();
  });
});

describe('a Han name inside the bracket needs its surname or a unit before it', () => {
  it('takes "财务部（李娜，" and "陈经理（陈静，", not "王总（合同，"', () => {
    expect(nameInBracket('请联系财务部（李娜，')).toBe('李娜');
    expect(nameInBracket('请联系陈经理（陈静，')).toBe('陈静');
    expect(nameInBracket('请联系王总（合同，')).toBeNull();
  });
});
