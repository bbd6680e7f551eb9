/**
 * Word lists for channel, customer type and the goal's special cases, English and Simplified
 * Chinese. Matched with match.ts (whole words for English, substrings for Chinese). Kept apart
 * from keywords.ts because these are not user-editable.
 */

/** The sender sells our products on: a reseller, distributor or dealer (taxonomy: distribution). */
export const DISTRIBUTION_WORDS: readonly string[] = [
  'reseller', 'resell', 'reselling', 'distributor', 'distribution agreement', 'distribution partner', 'dealer',
  'dealership', 'channel partner', 'partner program', 'partner programme', 'wholesaler', 'wholesale', 'sales agent',
  'authorised partner', 'authorized partner', 'partner',
  '经销', '代理', '分销', '渠道', '批发', '加盟',
];
/** "My partner and I…": a person, not a reseller. */
export const NOT_DISTRIBUTION = /(?:my|our|her|his|business|life)\s+partner/giu;

/** The customer found us or buys through a website, a shop, an app or a marketplace. */
export const ONLINE_WORDS: readonly string[] = [
  'website', 'web site', 'online store', 'online shop', 'web shop', 'webshop', 'your shop', 'your store',
  'app', 'app store', 'ordered online', 'online order', 'order online', 'checkout', 'tmall',
  'taobao', 'jd.com', 'amazon', 'shopify', 'instagram', 'live stream',
  '网店', '官网', '网站', '天猫', '京东', '淘宝', '小程序', '拼多多', '抖音', '直播间', '网上商城', '在线下单', '旗舰店',
];
/** The sender's own website ("visit our website") says nothing about how the customer buys. */
export const NOT_ONLINE = /(?:our|my)\s+(?:web\s*site|online\s+(?:store|shop)|app|shop|store)|我们的?(?:官网|网站|网店)|我司(?:官网|网站)/giu;

/** A reseller asking to join: onboarding, an application, becoming a dealer. */
export const ONBOARDING_WORDS: readonly string[] = [
  'onboarding', 'onboard', 'sign up', 'signing up', 'application', 'apply', 'become', 'becoming', 'join', 'joining',
  'register', 'registration', 'new partner', 'partner agreement', 'distribution agreement', 'reseller agreement',
  'dealer agreement', 'authorisation', 'authorization',
  '入驻', '申请', '成为', '加盟', '加入', '签约', '合作协议', '授权', '资质',
];

/**
 * A first contact: the sender introduces themselves or found us somewhere. These count with
 * the new-customer keywords (taxonomy: "collect leads from web, trade shows and referrals").
 */
export const FIRST_CONTACT_WORDS: readonly string[] = [
  'came across', 'found you', 'found your', 'saw your', 'saw it on', 'saw this on', 'heard about', 'referred',
  'recommended you', 'looking for a supplier', 'looking for supplier', 'new supplier', 'first order', 'introduce',
  'introducing', 'would like to know more', 'more information about', 'trade show', 'trade fair', 'exhibition',
  'catalogue', 'catalog', 'moq', 'minimum order',
  '了解到', '看到贵司', '看到你们', '介绍', '朋友推荐', '经人推荐', '展会', '寻找供应商', '新供应商', '首次', '第一次',
  '起订量', '产品目录', '想了解', '咨询',
];

/** Signals that the sender buys for themselves or their household (B2C). */
export const PERSONAL_WORDS: readonly string[] = [
  'my home', 'our home', 'my house', 'our house', 'my flat', 'my apartment', 'our apartment', 'my kitchen',
  'our kitchen', 'my bathroom', 'my garden', 'my family', 'my wife', 'my husband', 'my kids', 'my children',
  'my son', 'my daughter', 'my mum', 'my mom', 'my dad', 'my parents', 'personal use', 'for myself', 'as a gift',
  'birthday', 'renovating', 'renovation of our', 'moving house', 'home office',
  '我家', '家里', '家用', '自用', '自己用', '个人使用', '老婆', '老公', '孩子', '父母', '爸妈', '新房', '装修', '送礼', '生日',
];
