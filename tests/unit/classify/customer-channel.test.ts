import { describe, expect, it } from 'vitest';
import { emailDomain, isFreeMailDomain, matchResellerDomain, registrableDomain } from '@/lib/classify';
import { reason, run } from './helpers';

describe('free-mail domains', () => {
  it.each(['gmail.com', 'outlook.com', 'qq.com', '163.com', '126.com', 'yahoo.co.jp', 'icloud.com', 'foxmail.com', 'sohu.com', 'hotmail.co.uk', 'live.cn'])(
    '%s is free mail',
    (d) => expect(isFreeMailDomain(d)).toBe(true),
  );

  it.each(['acme.com', 'facebook.com', 'alibaba.com', 'example.com', 'nus.edu.sg'])('%s is not', (d) => {
    expect(isFreeMailDomain(d)).toBe(false);
  });

  it('handles provider subdomains through the registrable domain', () => {
    expect(isFreeMailDomain('vip.163.com')).toBe(true);
    expect(isFreeMailDomain('mail.yahoo.co.jp')).toBe(true);
    expect(registrableDomain('Mail.VIP.163.com.')).toBe('163.com');
    expect(registrableDomain('192.168.1.1')).toBeNull();
  });

  it('honours the user\'s overrides', () => {
    expect(isFreeMailDomain('mylocalisp.de', { free: ['mylocalisp.de'] })).toBe(true);
    expect(isFreeMailDomain('gmail.com', { notFree: ['gmail.com'] })).toBe(false);
    expect(isFreeMailDomain('sub.mylocalisp.de', { free: ['@MyLocalISP.de'] })).toBe(true);
  });

  it('extracts the domain of an address', () => {
    expect(emailDomain('Anna <Anna@Acme.COM>')).toBe('acme.com');
    expect(emailDomain('no-at-sign')).toBeNull();
    expect(emailDomain('x@')).toBeNull();
  });
});

describe('customer type', () => {
  it('free mail → b2c, with the provider as the reason', () => {
    const s = run({ contact: { email: 'wang@qq.com' } });
    expect(s.categories.customer).toBe('b2c');
    expect(reason(s, 'customer')).toEqual({ dimension: 'customer', value: 'b2c', code: 'free-mail', detail: 'qq.com' });
  });

  it('free mail on a provider subdomain → b2c', () => {
    expect(run({ contact: { email: 'li@vip.163.com' } }).categories.customer).toBe('b2c');
  });

  it('company domain → b2b, reduced to the registrable domain', () => {
    expect(reason(run({ contact: { email: 'sam@eu.mail.acme.co.uk' } }), 'customer')).toEqual({
      dimension: 'customer', value: 'b2b', code: 'company-domain', detail: 'acme.co.uk',
    });
  });

  it('a known company makes a free-mail contact b2b, and decides when there is no address', () => {
    expect(reason(run({ contact: { email: 'bob@gmail.com', company: 'Bob\'s Bikes' } }), 'customer')?.code).toBe('company-name');
    expect(run({ contact: { name: 'X', company: 'Acme' } }).categories.customer).toBe('b2b');
  });

  it('stays undecided without an address or company', () => {
    expect(run({ contact: { name: 'Someone' } }).categories.customer).toBeUndefined();
    expect(run({ contact: { email: 'root@192.168.0.1' } }).categories.customer).toBeUndefined();
  });
});

describe('channel', () => {
  const resellers = { resellerDomains: ['partners-asia.com', 'https://www.Reseller.io/'] };

  it('a reseller domain (or its subdomain) → distribution', () => {
    const s = run({ contact: { email: 'kim@sales.reseller.io' }, site: 'gmail' }, resellers);
    expect(reason(s, 'channel')).toEqual({ dimension: 'channel', value: 'distribution', code: 'reseller-domain', detail: 'reseller.io' });
    expect(run({ contact: { email: 'kim@partners-asia.com' } }, resellers).categories.channel).toBe('distribution');
    expect(run({ contact: { email: 'kim@notreseller.io' }, site: 'gmail' }, resellers).categories.channel).toBe('direct');
    expect(matchResellerDomain('evilreseller.io', ['reseller.io'])).toBeNull();
  });

  it.each([
    'https://admin.shopify.com/store/acme/orders/5550',
    'https://acme.myshopify.com/admin/orders/1',
    'https://sellercentral.amazon.com/orders-v3/order/111-222',
    'https://sellercentral-europe.amazon.com/home',
    'https://trade.taobao.com/trade/detail.htm?id=1',
    'https://myseller.tmall.com/',
    'https://order.jd.com/center/list.action',
    'https://shop.example.org/admin/orders/991',
  ])('an online store page → online: %s', (url) => {
    expect(run({ site: 'generic', url }).categories.channel).toBe('online');
  });

  it('an /orders/ path counts only off webmail and CRM pages', () => {
    expect(run({ site: 'salesforce', url: 'https://x.lightning.force.com/lightning/r/Order/801/view/orders/' }).categories.channel).toBe('direct');
    expect(run({ site: 'generic', url: 'https://blog.example.org/posts/ordering-tips' }).categories.channel).toBeUndefined();
  });

  it('a CRM record or a company contact → direct; webmail alone is no reason; other pages undecided', () => {
    expect(reason(run({ site: 'pipedrive', url: 'https://acme.pipedrive.com/person/12' }), 'channel')?.code).toBe('crm-record');
    expect(run({ site: 'outlook' }).categories.channel).toBeUndefined();
    expect(run({ site: 'gmail', contact: { email: 'amy@gmail.com' } }).categories.channel).toBeUndefined();
    expect(reason(run({ site: 'outlook', contact: { email: 'li@acme-corp.com' } }), 'channel')).toEqual({
      dimension: 'channel', value: 'direct', code: 'company-contact', detail: 'acme-corp.com',
    });
    expect(run({ site: 'generic', url: 'https://intranet.local/x' }).categories.channel).toBeUndefined();
    expect(run({ site: 'generic', url: 'javascript:alert(1)//orders/' }).categories.channel).toBeUndefined();
  });
});
