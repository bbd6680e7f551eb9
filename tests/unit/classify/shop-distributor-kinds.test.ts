// Brief Q's channel and goal kinds, in both languages: trouble installing something bought in
// our web shop or on a marketplace is online and after-sales care (never a consumer's "first
// question"); a distributor proposing a distribution partnership / 渠道合作 / 分销合作 is new
// business through distribution, even when it describes its own dealer network.
import { describe, expect, it } from 'vitest';
import { reason, run } from './helpers';

const consumer = (subject: string, text: string) => run({ contact: { email: 'emma88@gmail.com' }, subject, text });
const distributor = (subject: string, text: string) => run({ contact: { email: 'lars@nordlab-supply.se' }, subject, text });

describe('installing what they bought online', () => {
  it.each([
    ['Install problem', 'Bought your smart lock from your e-shop but it will not install on my door.', 'e-shop'],
    ['Install problem', 'Got the heater from your Amazon store, how do I install it on a brick wall?', 'amazon'],
    ['安装', '网上买的你们的晾衣架，安装的时候发现少了两个螺丝。', '网上买'],
    ['安装', '在京东自营下单的，你们家的净水器怎么安装？说明书看不懂。', '京东'],
    ['安装', '我是在你们抖音店铺买的，安装有问题。', '抖音'],
  ])('%s: %s', (subject, text, word) => {
    const r = consumer(subject, text);
    expect(r.categories.channel).toBe('online');
    expect(reason(r, 'channel')?.detail).toBe(word);
    expect(r.categories.goal).toBe('existing_customer');
  });
});

describe("a distributor's first contact", () => {
  it.each([
    ['Distribution', 'Our dealer network covers 40 labs in Sweden and we would like to propose a distribution partnership for your centrifuges.'],
    ['合作', '我们在华东有200多家经销商，希望与贵司开展渠道合作。'],
    ['合作', '我们是西南地区的建材经销商，期待与贵司建立分销合作。'],
  ])('%s: %s', (subject, text) => {
    const r = distributor(subject, text);
    expect(r.categories.goal).toBe('new_customer');
    expect(r.categories.channel).toBe('distribution');
  });

  it('a reseller of ours asking for its own account work stays existing', () => {
    expect(distributor('Stock', 'Our dealer network needs 40 more units of the X5 before Christmas.').categories.goal).not.toBe('new_customer');
  });
});
