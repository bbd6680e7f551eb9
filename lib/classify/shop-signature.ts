/**
 * A shop's signature on free mail, as small Chinese traders sign (issue 15, fifth held-out set):
 * a shop name ending in a trade suffix, its city in brackets, then the sender's role —
 * "鑫源茶行（泉州） 老板 陈志明", "宏达五金店(佛山) 店长：李伟", "永兴建材店【长沙】 经理". Such a
 * line names a company even from a numeric qq.com address, and alone closes a message as its
 * signature (the role says whose it is).
 */

/** Trade suffixes that end a shop's or firm's name. 银行 is a bank, a company too. */
export const SHOP_SUFFIX =
  /(?:茶行|车行|布行|米行|粮行|酒行|电器行|商行|门市部|批发部|经营部|营业部|五金店|建材店|百货店|商店|商铺|小卖部|工作室|加工厂|作坊|餐馆|饭馆|菜馆|面馆|茶馆|酒馆|咖啡馆)/u;

/** A shop name (ending in 行/部/店/铺/坊/馆/庄/厂/室…) followed by its city in brackets. */
const SHOP_WITH_CITY = /^[\p{Script=Han}A-Za-z0-9·]{2,16}?(?:行|部|店|铺|坊|馆|庄|号|厂|室|社|中心|超市|商城)\s*[（(【\[〔][\p{Script=Han}]{2,8}[）)】\]〕]/u;

/** The sender's role after the shop: 老板, 老板娘, 店长, 经理, 负责人. */
const ROLE = /(?:老板娘?|店长|店主|经理|总经理|负责人|掌柜)/u;
/** Any name, its city in brackets, then a role (福记茶庄（潮州） 老板): how a shop signs, whatever its suffix. */
const NAME_CITY_ROLE = new RegExp(
  String.raw`^([\p{Script=Han}A-Za-z0-9·]{2,16}\s*[（(【\[〔][\p{Script=Han}]{2,8}[）)】\]〕])\s*[:：]?\s*${ROLE.source}`,
  'u',
);

/** The shop and its city without the role and name after them ("顺发商行（温州）"), for the reason. */
export function shopNameOf(line: string): string | null {
  return NAME_CITY_ROLE.exec(line.replace(/\s+/gu, ' ').trim())?.[1] ?? null;
}

/** True for a line that names a shop by its trade suffix, or a shop with its city in brackets. */
export function isShopName(line: string): boolean {
  const text = line.replace(/\s+/gu, ' ').trim();
  return SHOP_SUFFIX.test(text) || SHOP_WITH_CITY.test(text) || NAME_CITY_ROLE.test(text);
}

/** One closing line that is a shop's signature with its owner's role ("顺发商行（温州） 老板 郑建"). */
export function isShopSignatureLine(line: string): boolean {
  const text = line.replace(/\s+/gu, ' ').trim();
  return isShopName(text) && ROLE.test(text);
}
