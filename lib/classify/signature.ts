/**
 * The sign-off block of a plain-text message, and the company it names (if any).
 *
 * A free-mail sender with a company in the signature is a business (common in China, where
 * small firms run on qq.com and 163.com), so the classifier must tell a company line from a
 * name, a job title, a phone number or a city. Only lines with a company's marks count
 * ("Ltd", "GmbH", "有限公司", "贸易", …); a bare place name ("Shenzhen, China", "Portland, OR",
 * "上海市浦东新区") never does, because the detector used to take such lines for companies.
 */
import { isShopName, isShopSignatureLine, shopNameOf } from './shop-signature';

/** Lines that open a sign-off; everything below them (a few lines) is the signature. */
const SIGN_OFF =
  /^(?:best|best regards|kind regards|warm regards|regards|many thanks|thanks|thank you|thanks again|cheers|sincerely|yours sincerely|yours truly|all the best|best wishes|br|talk soon|此致|此致敬礼|敬礼|谢谢|多谢|非常感谢|感谢|祝好|顺祝商祺|顺颂商祺|祝商祺|祝工作顺利)[\s,.!，。！、]*$/iu;
const DELIMITER = /^(?:--|—|–|__+)\s*$/u;
/** Device footers: not a signature's author lines, but still part of the signature block. */
export const DEVICE_FOOTER = /^(?:sent from my|sent from (?:outlook|mail) for|get outlook for|发自我的|来自我的|从我的)/iu;
const MAX_SIGNATURE_LINES = 10;

export interface SplitMessage {
  message: string;
  signature: string;
}

/** Splits the newest message's text into the message proper and its signature block. */
export function splitSignature(text: string): SplitMessage {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  // Trailing blank lines say nothing.
  while (lines.length > 0 && lines[lines.length - 1]?.trim() === '') lines.pop();
  const start = Math.max(0, lines.length - MAX_SIGNATURE_LINES - 1);
  for (let i = start; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (SIGN_OFF.test(line) || DELIMITER.test(line)) {
      return { message: lines.slice(0, i).join('\n'), signature: lines.slice(i + 1).join('\n') };
    }
  }
  // No sign-off: a device footer ends the message, and the short lines just above it without a
  // sentence's end ("Tom Becker", "Becker Interiors GmbH") are the author's signature.
  const last = (lines[lines.length - 1] ?? '').trim();
  if (!DEVICE_FOOTER.test(last)) return nameAndCompany(lines) ?? { message: lines.join('\n'), signature: '' };
  let top = lines.length - 1;
  for (let i = lines.length - 2, kept = 0; i >= 0 && kept < 4; i--) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    if (line.length > 60 || /[.?!。？！:：]$/u.test(line)) break;
    top = i;
    kept++;
  }
  return { message: lines.slice(0, top).join('\n'), signature: lines.slice(top).join('\n') };
}

/** No sign-off word: a name over a company line closing the text ("张伟" / "宏达五金经营部",
 *  "Mark" / "Ellison Joinery") is still the signature, when those last short lines hold a company
 *  and no sentence. */
function nameAndCompany(lines: readonly string[]): SplitMessage | null {
  const kept: number[] = [];
  for (let i = lines.length - 1; i >= 0 && kept.length < 3; i--) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    if (line.length > 60 || /[.?!。？！:：,，]$/u.test(line) || LIST_ITEM.test(line)) break;
    kept.push(i);
  }
  const top = kept[kept.length - 1];
  // One closing line is a signature only when it names its owner's title (小鹿零食铺 店主 林鹿).
  const closing = (lines[kept[0] ?? 0] ?? '').trim();
  const enough = kept.length >= 2 || OWNER_MARK.test(closing) || isShopSignatureLine(closing);
  if (top === undefined || top === 0 || !enough || !kept.some((i) => isCompanyName((lines[i] ?? '').trim()))) return null;
  return { message: lines.slice(0, top).join('\n'), signature: lines.slice(top).join('\n') };
}

/** A shop's or firm's owner named on a line: 店主, 主理人, "Owner". */
const OWNER_MARK = /店主|主理人|创始人|掌柜|(?<![\p{L}])(?:owner|founder|proprietor)(?![\p{L}])/iu;

/** A list item or a plan's dated line ("- March: all stores", "3月：培训店长"): the message, not a signature. */
const LIST_ITEM = /^(?:[-•*·]\s|\d+[.)、]\s*\S|(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月份?\s*[:：]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s*[:：])/iu;

/** Legal forms and trade words that make a line a company's name. */
const COMPANY_EN =
  /&\s*co(?![\p{L}])|(?<![\p{L}])(?:inc|llc|ltd|limited|gmbh|corp|corporation|company|co\.|group|plc|ag|bv|b\.v|s\.a|srl|sarl|pty|llp|holdings|industries|industrial|technologies|technology|solutions|systems|trading|traders|enterprises|manufacturing|logistics|studio|studios|bakery|restaurant|bistro|salon|pharmacy|cafe|café|hotel|clinic|interiors|construction|builders|contractors|design|supplies|supply|electronics|foods|furniture|imports|exports|store|shop|boutique|guest\s?house|b&b|bed\s+(?:and|&)\s+breakfast|inn|hostel|motel|agency|consulting|associates|labs?|distributors?|dealers?|wholesalers?|resellers?|stockists?|(?:amazon|ebay|etsy)\s+seller|school|college|university|academy|council|association|trust|charity|hospital|surgery)(?![\p{L}])\.?/iu;
const COMPANY_ZH = /店[「『“"（(]|主理人|创始人|有限公司|有限责任公司|股份|公司|集团|工厂|制造|厂$|商行|商贸|贸易|科技|实业|工作室|门市部|经营部|餐厅|酒店|饭店|店$|店主|店长|掌柜|店铺|网店|超市|医院|诊所|装饰|建材|电器|五金|服装|事务所|周刊|杂志|报社|日报|晚报|电视台|传媒|出版社/u;
/** An owner's or founder's title followed by what they own. */
const OWNER_TITLE = /^(?:owner|co-?owner|founder|co-?founder|proprietor|managing\s+director|director|ceo)\s*(?:,|–|—|-|\||@|\sat\s|\sof\s)\s*([^|,@]{3,80})$/iu;
/** Lines that are something else even when a company word appears in them. */
const NOT_COMPANY_LINE = /@|https?:\/\/|www\.|^(?:tel|phone|mob|mobile|fax|wechat|微信|电话|手机|地址|address|addr)\b|^\+?[\d\s()./-]{6,}$/iu;

/**
 * A job title alone ("Office Manager", "Head of Facilities", "Headteacher's PA"): what follows it —
 * the next line, or the next part of its line — is where the person works, whatever its words.
 */
const JOB_TITLE =
  /^(?:[\p{L}'’-]+\s+){0,3}(?:manager|director|head|officer|buyer|lead|coordinator|co-ordinator|administrator|assistant|secretary|accountant|engineer|supervisor|controller|executive|pa|principal|headteacher|bursar|clerk)(?:\s+(?:of|for)\s+[\p{L}\s&-]{2,40})?$/iu;
/** Where someone works, named: capitalised words, not a place. */
function employerAfterTitle(title: string, next: string | undefined): string | null {
  const name = next?.trim() ?? '';
  if (!JOB_TITLE.test(title) || !/^\p{Lu}[\p{L}'’&.\s-]{1,60}$/u.test(name) || isPlaceName(name) || JOB_TITLE.test(name)) return null;
  return name.split(/\s+/u).length <= 6 ? name : null;
}

/** The first line of the signature that names a company, or null. */
export function signatureCompany(signature: string): string | null {
  return namedCompany(signature) ?? employerOf(signature);
}

/** "Nadia Raines / Office Manager / Fairholme Architects", "Headteacher's PA, St Aidan's Primary". */
function employerOf(signature: string): string | null {
  const lines = signature.split('\n').slice(0, MAX_SIGNATURE_LINES).map((l) => l.replace(/\s+/gu, ' ').trim()).filter((l) => l && !NOT_COMPANY_LINE.test(l) && !DEVICE_FOOTER.test(l));
  for (let i = 0; i < lines.length; i++) {
    const parts = lines[i]!.split(/\s*[|｜,，]\s*/u);
    const found = parts.length > 1 ? employerAfterTitle(parts[0]!, parts[1]) : employerAfterTitle(lines[i]!, lines[i + 1]);
    if (found) return found.slice(0, 100);
  }
  return null;
}

function namedCompany(signature: string): string | null {
  for (const raw of signature.split('\n').slice(0, MAX_SIGNATURE_LINES)) {
    const line = raw.replace(/\s+/gu, ' ').trim();
    if (line.length < 2 || line.length > 120 || DEVICE_FOOTER.test(line) || NOT_COMPANY_LINE.test(line)) continue;
    // "Founder, Nook & Cranny Candles", "Owner – Willow Boutique": what an owner's title names is theirs.
    const owned = OWNER_TITLE.exec(line)?.[1]?.trim();
    if (owned && /^\p{Lu}/u.test(owned) && !isPlaceName(owned)) return owned.slice(0, 100);
    // "顺发商行（温州） 老板 郑建": the shop is the company, not its owner's role and name.
    const shop = shopNameOf(line);
    if (shop) return shop;
    // "Anna Li | Purchasing | Acme Trading Ltd": judge each part alone.
    for (const part of line.split(/\s*[|｜·•,，]\s*/u)) {
      if (isCompanyName(part)) return part.slice(0, 100);
    }
  }
  return null;
}

/** A company name rather than a place, a person or a title. */
export function isCompanyName(value: string): boolean {
  const text = value.replace(/\s+/gu, ' ').trim();
  if (!text || isPlaceName(text)) return false;
  return COMPANY_EN.test(text) || COMPANY_ZH.test(text) || isShopName(text);
}

/**
 * Cities, provinces, states and countries that show up alone in signatures. A place is not a
 * company: "Hangzhou" or "Austin, TX" under a consumer's name says nothing about a business.
 */
const PLACES = new Set(
  [
    'beijing', 'shanghai', 'shenzhen', 'guangzhou', 'hangzhou', 'chengdu', 'wuhan', 'nanjing', 'suzhou', 'xiamen',
    'tianjin', 'chongqing', 'qingdao', 'dongguan', 'foshan', 'ningbo', 'hong kong', 'taipei', 'singapore', 'tokyo',
    'seoul', 'london', 'manchester', 'paris', 'berlin', 'munich', 'hamburg', 'madrid', 'milan', 'rome', 'amsterdam',
    'dublin', 'cork', 'galway', 'limerick', 'waterford', 'belfast', 'edinburgh', 'glasgow', 'cardiff', 'leeds', 'bristol',
    'liverpool', 'birmingham', 'sheffield', 'newcastle', 'nottingham', 'new york', 'san francisco', 'los angeles', 'seattle', 'portland', 'austin', 'chicago', 'boston', 'toronto',
    'vancouver', 'sydney', 'melbourne', 'dubai', 'mumbai', 'bangalore', 'china', 'usa', 'united states', 'uk',
    'united kingdom', 'germany', 'france', 'italy', 'spain', 'canada', 'australia', 'japan', 'india', 'brooklyn',
  ],
);
const US_STATE = /^[A-Z]{2}(?:\s+\d{5}(?:-\d{4})?)?$/u;
const ZH_PLACE = /^(?:中国)?(?:[\u4e00-\u9fff]{2,4}(?:省|市|区|县|镇|自治区))+(?:[\u4e00-\u9fff\d]{0,12}(?:路|街|号|室|栋|楼))?$/u;

export function isPlaceName(value: string): boolean {
  const text = value.replace(/\s+/gu, ' ').trim();
  if (ZH_PLACE.test(text)) return true;
  const parts = text.split(/\s*,\s*/u).filter(Boolean);
  if (parts.length === 0) return false;
  return parts.every((part, i) => PLACES.has(part.toLowerCase()) || (i > 0 && US_STATE.test(part)) || /^\d{4,6}$/u.test(part));
}

/**
 * The sender says in the message that they run a business of their own: "I own a small
 * boutique", "I run a café", 我在县城开了家农资店, 我自己开了个小网店. Such a sender on free mail is
 * a business (B2B), like one with a company in the signature. Returns the words that say so.
 */
const OWN_BUSINESS =
  /(?<![\p{L}])(?:i'?m|i\s+am|we'?re|we\s+are)\s+the\s+(?:owner|owners|founder|founders|co-?founders?|proprietor)s?\s+of\s+(?:a|an|the)?\s*[^.!?\n]{2,40}|我是[^，。！？,\n]{0,14}(?:店主|主理人|老板娘|老板|创始人|店长|掌柜)|(?<![\p{L}])(?:i|we)\s+(?:own|run|have|manage|opened)\s+(?:a|an|my|our)\s+(?:small\s+|little\s+|local\s+|family\s+|new\s+)?(?:[\w-]+\s+){0,2}?(?:shop|store|boutique|caf[eé]|restaurant|bistro|salon|bakery|business|company|practice|studio|farm\s+shop|garage|pharmacy)(?![\p{L}])|(?<![\p{L}])for\s+(?:my|our)\s+(?:small\s+|little\s+|own\s+)?(?:[\w-]+\s+){0,2}?(?:business|shop|store|boutique|caf[eé]|restaurant|salon|bakery|studio)(?![\p{L}])|在我(?:的|家)?[\u4e00-\u9fff]{0,4}?(?:店|小店|店铺|网店)(?:里|上)|我(?:自己|们)?(?:在[^，。！？,\n]{0,8})?开了(?:一?家|个|间)[^，。！？,\n]{0,8}?(?:店|网店|公司|工作室|厂|餐馆|饭店|超市|诊所)/iu;

export function ownBusiness(latest: string): string | null {
  return OWN_BUSINESS.exec(latest)?.[0].slice(0, 80) ?? null;
}
