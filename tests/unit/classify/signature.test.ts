import { describe, expect, it } from 'vitest';
import { isCompanyName, isPlaceName, signatureCompany, splitSignature } from '@/lib/classify/signature';

describe('splitSignature', () => {
  it('cuts at a sign-off line', () => {
    expect(splitSignature('Please send the quote.\n\nBest regards,\nAnna Li\nAcme Trading Ltd')).toEqual({
      message: 'Please send the quote.\n',
      signature: 'Anna Li\nAcme Trading Ltd',
    });
    expect(splitSignature('请报价。\n此致\n刘强\n鸿兴五金制品厂').signature).toBe('刘强\n鸿兴五金制品厂');
  });

  it('takes the short lines above a device footer as the signature', () => {
    const split = splitSignature('Got the samples today. I will call on Monday.\n\nTom Becker\nBecker Interiors GmbH\nSent from my iPhone');
    expect(split.message).toBe('Got the samples today. I will call on Monday.\n');
    expect(split.signature).toBe('Tom Becker\nBecker Interiors GmbH\nSent from my iPhone');
  });

  it('leaves a message without a signature whole', () => {
    expect(splitSignature('Is it in stock?')).toEqual({ message: 'Is it in stock?', signature: '' });
  });
});

describe('signatureCompany', () => {
  it.each([
    ['Alice Moore\nOwner, Moore & Co Coffee Roasters', 'Moore & Co Coffee Roasters'],
    ['Anna Li | Purchasing | Acme Trading Ltd', 'Acme Trading Ltd'],
    ['刘强\n采购部\n佛山市南海区鸿兴五金制品厂\n手机：138 0000 1111', '佛山市南海区鸿兴五金制品厂'],
    ['Helena Brooks\nAccounts Payable\nMorrow & Finch Inc.', 'Morrow & Finch Inc.'],
  ])('finds the company in %j', (signature, company) => {
    expect(signatureCompany(signature)).toBe(company);
  });

  it.each([
    'Jenny\nPortland, OR\nSent from my iPhone',
    '王女士\n上海浦东',
    'Meiling\nManchester',
    'Tom\nTel: +44 20 7946 0000\nwww.example-shop.com',
    '发自我的iPhone',
  ])('finds none in %j', (signature) => {
    expect(signatureCompany(signature)).toBeNull();
  });
});

describe('places are not companies', () => {
  it.each(['Shenzhen, China', 'Portland, OR', 'Austin, TX 78701', 'London', '上海市浦东新区', '深圳市南山区科技园路1号'])('%s', (place) => {
    expect(isPlaceName(place)).toBe(true);
    expect(isCompanyName(place)).toBe(false);
  });

  it('a company named after a place is still a company', () => {
    expect(isCompanyName('Shenzhen Huaqiang Electronics Co., Ltd.')).toBe(true);
    expect(isCompanyName('深圳市华强贸易有限公司')).toBe(true);
  });
});
