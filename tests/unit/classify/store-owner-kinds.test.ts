// Customer and channel kinds from brief F (issue 15's fourth held-out set): a free-mail store
// owner writes for a business, a social-commerce reseller's "the batch we took" is resale, and a
// city in a signature is never the company a reason cites.
import { describe, expect, it } from 'vitest';
import { reason, run } from './helpers';

describe('a store owner on free mail', () => {
  it('is a business when the signature names the shop or the owner', () => {
    const xhs = run({ contact: { email: '2783301@qq.com' }, text: '你好，想定做一批带店铺logo的包装盒，可以先寄几个样品吗？\n\n阿禾\n小红书店铺「木棉手作」主理人' });
    expect(xhs.categories.customer).toBe('b2b');
    const shop = run({ contact: { email: '4417702@qq.com' }, text: '想再补货50套，还是原来的款。\n\n小雨\n小红书店「雨后生活馆」' });
    expect(reason(shop, 'customer')).toMatchObject({ value: 'b2b', code: 'signature-company', detail: '小红书店「雨后生活馆」' });
  });

  it('takes one closing line as a signature only with an owner’s title', () => {
    const owner = run({ contact: { email: 'lulu_snack@qq.com' }, text: '老板你好，想问下你们的快递袋批量买多少钱一个？\n\n小鹿零食铺 店主 林鹿' });
    expect(owner.categories).toMatchObject({ customer: 'b2b', channel: 'direct' });
    const consumer = run({ contact: { email: 'abc@qq.com' }, text: '你好，这款床垫有1.5米的吗？\n\n王芳' });
    expect(consumer.categories.customer).toBe('b2c');
  });
});

describe('a reseller on a social-commerce shop', () => {
  it('is distribution when it took a batch to sell, whatever the platform', () => {
    expect(reason(run({ text: '上个月拿的那批香薰在小红书上反响很好，还是原来的款。' }), 'channel')).toMatchObject({ value: 'distribution', detail: '上个月拿的' });
    expect(run({ text: '上次进的蜡烛在抖音上卖完了。' }).categories.channel).toBe('distribution');
    expect(run({ text: '我在抖音开了家零食店，想问下快递袋多少钱一个？' }).categories.channel).not.toBe('online');
  });
});

describe('a city in a signature', () => {
  it('is not the company the channel cites', () => {
    const r = run({
      contact: { email: 'liam@thecornerhousecafe.ie', company: 'Cork' },
      text: 'Could you quote for 40 kg a month?\n\nCheers,\nLiam Byrne\nThe Corner House Café\nCork',
    });
    expect(reason(r, 'channel')).toMatchObject({ value: 'direct', code: 'company-contact', detail: 'The Corner House Café' });
    const guesthouse = run({ contact: { email: 'niamh@gmail.com' }, text: 'Do you supply bed linen in bulk?\n\nBest,\nNiamh Walsh\nHarbour View Guesthouse\nCork' });
    expect(reason(guesthouse, 'customer')).toMatchObject({ value: 'b2b', detail: 'Harbour View Guesthouse' });
    expect(reason(guesthouse, 'channel')?.detail).toBe('Harbour View Guesthouse');
  });
});
