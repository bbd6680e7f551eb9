/**
 * Word lists for channel, customer type and the goal's special cases, English and Simplified
 * Chinese. Matched with match.ts (whole words for English, substrings for Chinese). Kept apart
 * from keywords.ts because these are not user-editable.
 */

/**
 * The sender sells our products on: a reseller, distributor or dealer, or a shop that stocks
 * our range (taxonomy: distribution). "Retailer" alone is not here: a retailer buying a till
 * system or air conditioning for its own shops is a direct customer; what counts is buying to
 * resell ("stock your range", co-marketing, 进货, 放店里卖).
 */
export const DISTRIBUTION_WORDS: readonly string[] = [
  'reseller', 'resell', 'reselling', 'resale', 'distributor', 'distribution agreement', 'distribution partner', 'dealer',
  'dealership', 'channel partner', 'partner program', 'partner programme', 'wholesaler', 'wholesale', 'sales agent',
  'authorised partner', 'authorized partner', 'partner', 'stockist', 'deal registration', 'registered a deal',
  'stock your', 'stocking your', 'carry your', 'co-marketing', 'co-op marketing', 'co-funded', 'joint promotion',
  'sell-through', 'sell-out', 'retail margin', 'RRP', 'rebate', 'rebates', 'rebate tiers',
  // A distributor introducing itself; trade terms are what a shop asks to buy for resale.
  'we distribute', 'we import', 'importer', 'trade terms', '卖你们的', '代卖',
  // "渠道" and "代理" alone also mean "sales channel" (线上渠道) and "proxy"; only their trade forms count.
  '经销', '代理商', '总代理', '代理权', '做代理', '代理政策', '海外代理', '区域代理', '分销', '渠道商', '渠道合作', '渠道伙伴', '批发', '加盟',
  '进货', '进一批', '拿货', '铺货', '代销', '店里卖', '店里的货', '补货', '零售价', '老代理', '老经销商', '返点', '返利',
];
/**
 * A shop launching or promoting our line in its stores ("launching the new X5 line to our
 * retail staff", "a joint promotion across our 14 stores"): it sells what it buys from us.
 */
export const RETAIL_RESALE =
  /(?<![\p{L}])(?:re)?sell\s+(?:\w+\s+){0,3}?in\s+our\s+(?:\w+\s+){0,3}?(?:stores|shops|outlets|branches)(?![\p{L}])|(?<![\p{L}])our\s+customers\s+(?:keep\s+|are\s+|have\s+been\s+)?ask(?:ing|ed)?\s+(?:us\s+)?for\s+your(?![\p{L}])|(?<![\p{L}])(?:launch\w*|promot\w*)(?![\p{L}])[^.!?\n]{0,60}?(?<![\p{L}])(?:our|their)\s+(?:\d+\s+)?(?:[\w-]+\s+)?(?:stores|shops|outlets|retail\s+staff|store\s+managers|shop\s+staff)(?![\p{L}])|(?:门店|店里|店铺)[^。！？\n，,：:；;]{0,20}(?:上架|促销|推广|陈列)/iu;
/**
 * "My partner and I…": a person, not a reseller; so are a firm's partners acting as people ("the
 * partners have asked me", "our partners want"). A wholesaler the sender buys FROM (从本地一家批发商
 * 采购, "from a wholesaler") is their supplier, not a sign that they resell.
 */
export const NOT_DISTRIBUTION =
  /(?<![\p{L}])(?:my|her|his|business|life)\s+partner|(?<![\p{L}])(?:the|our)\s+(?:senior\s+|managing\s+|founding\s+)?partners\s+(?:have|has|had|want|wanted|would|are|were|asked|agreed|decided|said|think|feel|prefer|insist)(?![\p{L}])|(?<![\p{L}])from\s+(?:a|an|the|our|one)\s+(?:\w+\s+)?wholesalers?(?![\p{L}])|(?:从|在)[^。！？\n，,]{0,8}批发(?:商|市场|部)/giu;

/**
 * A reseller asking to sign up: a joining verb shortly before a reseller word ("apply to become
 * an authorised reseller", 申请成为华南区的经销商, 作为线上分销商), or a reseller word with the
 * paperwork of joining ("reseller agreement", "onboarding pack", 经销资质).
 */
export const ONBOARDING =
  /(?:become|becoming|apply|applying|join|joining|sign\s+up|register|onboard)[^.!?\n]{0,40}?(?:reseller|distributor|dealer|partner|stockist)|(?:reseller|distributor|dealer|partner|distribution)\s+(?:agreement|application|onboarding|programme|program|sign-?up|terms)|(?:propose|proposing|discuss|discussing|explore|exploring|set\s+up|start|establish|open)\s+(?:a\s+|an\s+)?(?:distribution|reseller|dealer|dealership|channel)\s+(?:partnership|cooperation|agreement|relationship)|onboarding\s+(?:pack|kit|documents?)|(?:would\s+(?:like|love)\s+to|we'?d\s+(?:like|love)\s+to|could\s+we|can\s+we)\s+(?:stock|carry|order\s+\d+\s+to\s+(?:re)?sell)(?![\p{L}])|(?:成为|申请|加盟|加入|入驻|作为(?!你们|贵司|贵公司)|想做|想)[^。！？\n，,]{0,12}(?:经销|代理|分销|渠道|批发)|(?:经销|代理|分销)商?(?:协议|合同|申请|资质|入驻|授权|价格表|政策)|(?:希望|期待|寻求|谈|探讨|洽谈|开展|建立|想)[^。！？\n，,]{0,12}(?:渠道|分销|经销|代理)合作/iu;
/** The sender is one of our resellers already: "our dealer network", 我们代理的. */
export const EXISTING_RESELLER =
  /(?<![\p{L}])our\s+(?:\w+\s+)?(?:dealers?|resellers?|distributors?|dealer\s+network)|(?<![\p{L}])as\s+your\s+(?:\w+\s+)?(?:dealer|reseller|distributor|partner)|我们(?:代理|经销)的|老代理|老经销商|作为(?:你们|贵司|贵公司)[^。，,]{0,10}(?:代理|经销|分销)/iu;

/** The customer found us or buys through a shop, an app store or a marketplace: these say so alone. */
export const ONLINE_WORDS: readonly string[] = [
  'online store', 'online shop', 'web shop', 'webshop', 'app store', 'ordered online', 'online order',
  'order online', 'bought online', 'checkout', 'e-shop', 'eshop', 'web store', 'webstore', 'tmall', 'taobao', 'jd.com', 'amazon', 'shopify', 'etsy', 'ebay',
  'instagram', 'live stream', 'alibaba', 'marketplace', 'in-app',
  '网店', '网上买', '网上下单', '网上下的单', '网购', '线上买', '线上下单', '线上购买', '在线购买', '天猫', '京东', '淘宝', '拼多多', '抖音', '直播间', '网上商城', '在线下单', '旗舰店',
  '阿里巴巴', '1688', '小红书', '微博', '视频号', '微店', '微信商城', '有赞', '闲鱼', '快手',
];
/**
 * Places that are online only when the customer found us or bought there ("saw it on your
 * website", "bought the plan through your app", 在官网看到): "your app keeps logging us out"
 * and "the website you built for us" are the product, not the way of buying.
 */
export const ONLINE_PLACES: readonly string[] = ['website', 'web site', 'app', 'your shop', 'your store', '官网', '网站', '小程序'];
export const BUYING_OR_FINDING =
  /(?<![\p{L}])(?:saw|seen|found|came\s+across|ordered|order|bought|buy|buying|purchased?|purchasing|paid|pay|payment|subscribed|signed\s+up|enquiry|inquiry|listed|listing)(?![\p{L}])|看到|看中|买|购|下单|下的单|订购|拍下|付款|支付|留言/iu;
/** The sender's own website ("visit our website") says nothing about how the customer buys. */
export const NOT_ONLINE = /(?<![\p{L}])(?:our|my)\s+(?:web\s*site|online\s+(?:store|shop)|app|shop|store)|我们的?(?:官网|网站|网店|小程序)|我司(?:官网|网站)|(?:给|为|帮)(?:我们|我司|我)(?:做|开发|搭建|建)的(?:那个|那套)?(?:小程序|网站|官网|网店)/giu;

/**
 * A first contact: the sender introduces themselves or found us somewhere. These count with
 * the new-customer keywords (taxonomy: "collect leads from web, trade shows and referrals").
 */
export const FIRST_CONTACT_WORDS: readonly string[] = [
  'came across', 'found you', 'found your', 'saw your', 'saw it on', 'saw this on', 'heard about', 'referred',
  'recommended you', 'enquiry', 'inquiry', 'looking for a supplier', 'looking for supplier', 'new supplier', 'first order', 'introduce',
  'introducing', 'would like to know more', 'more information about', 'trade show', 'trade fair', 'exhibition',
  'catalogue', 'catalog', 'moq', 'minimum order',
  // Introducing themselves: who writes "we run a …", 我们是一家… is not yet a customer
  // ("we are a bit late with the payment" is not one, so only "run a").
  'we run a', 'i run a',
  // Weighing us against what they use now.
  'evaluating', 'alternatives', 'shortlist', 'switching from', 'our current vendor', 'our current supplier',
  'our current provider',
  '了解到', '看到贵司', '看到你们', '介绍', '朋友推荐', '经人推荐', '展会', '寻找供应商', '新供应商', '首次', '第一次',
  '起订量', '产品目录', '想了解', '咨询', '考虑更换', '选型', '对比几家', '我们是一家', '我们是做',
];

/** Signals that the sender buys for themselves or their household (B2C). */
export const PERSONAL_WORDS: readonly string[] = [
  'my home', 'our home', 'my house', 'our house', 'my flat', 'my apartment', 'our apartment', 'my kitchen',
  'our kitchen', 'my bathroom', 'my garden', 'my family', 'my wife', 'my husband', 'my kids', 'my children',
  'my son', 'my daughter', 'my mum', 'my mom', 'my dad', 'my parents', 'personal use', 'for myself', 'as a gift',
  'birthday', 'renovating', 'renovation of our', 'moving house', 'home office',
  '我家', '家里', '家用', '自用', '自己用', '个人使用', '老婆', '老公', '孩子', '父母', '爸妈', '新房', '装修', '送礼', '生日',
];

/**
 * The sender says they already buy from us ("the scanners you supplied", 老客户, 之前买的):
 * a quote from them is an upsell, so this outweighs new-customer words.
 */
export const EXISTING_RELATIONSHIP: readonly string[] = [
  'you supplied', 'you installed', 'you delivered', 'we bought', 'we purchased', 'we ordered', 'i ordered',
  'i bought', 'i purchased', 'bought from you',
  'been using your', 'we have been on', "we've been on", 'our existing', 'our current plan', 'as an existing customer',
  'as a long-time customer', 'our account manager', 'been a customer', 'been your customer', 'been customers',
  'customer since', 'we already use', 'we already have your',
  // Our people or work at their place earlier: a service relationship.
  'your engineer', 'your technician', 'your installer', 'you replaced', 'you fitted', 'you built', 'you set up',
  'you repaired', 'you serviced',
  '老客户', '一直在用', '一直用', '之前买的', '上次采购', '之前采购', '复购', '返单', '追加订单', '我们目前用的',
  '合作多年', '一直合作', '你们发的', '你们的师傅', '你们师傅', '在你们这里订的', '在你们这里买的',
  // "We will be buying more": the volume they already buy from us.
  'our volumes will', 'our order volume', '采购量会', '采购量将', '订货量会',
];
