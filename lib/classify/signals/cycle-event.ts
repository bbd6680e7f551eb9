/**
 * Cycle signals beyond the milestone words: preparing a dated event is milestone work (a
 * conference, a kick-off, 年会 on a fixed day, a venue, a run-of-show), and some milestone words
 * used of routine things are not ("季度销售数据" is data, not a quarter's target). Read on the lower-cased subject and newest message.
 */

/** An event the customer prepares with us. */
const EVENT =
  /(?<![\p{L}])(?:conference(?!\s+(?:call|room|line|bridge))|kick-?off(?!\s+(?:call|meeting))|summit|gala|awards?\s+(?:night|dinner|ceremony)|product\s+launch|launch\s+event|trade\s+show\s+stand|exhibition\s+stand|away\s*day|offsite|off-site|annual\s+(?:dinner|meeting|party|event)|christmas\s+party|(?<!in\s)(?:the|our|this|next\s+year'?s)\s+(?:\d{4}\s+)?(?:event|fete|festival|fair)(?!\s+of\b))(?![\p{L}])|年会|发布会|展会|博览会|展览会|交易会|(?:建材|家居|汽车|车|机械|工业|电子|食品|家具)展(?![示开期])|峰会|答谢会|庆典|开业(?:典礼|活动)?|活动(?:现场|方案|流程)|启动会|誓师大会/iu;
/** …that has a date or a place fixed: a day of a month, a venue, a run-of-show, guests. */
const FIXED =
  /(?<![\p{L}])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(?:conference|summit|gala|kick-?off|launch|event)(?![\p{L}])|(?<![\p{L}\p{N}])\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?<![\p{L}])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?(?![\p{N}])|(?<![\p{L}])(?:venue|run[\s-]of[\s-]show|guests|attendees|delegates)(?![\p{L}])|\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号]|份|初|中旬|底)?的?(?:年会|发布会|展会|博览会|展览会|交易会|[\u4e00-\u9fff]{0,4}展)|\d{1,2}\s*月\s*\d{1,2}\s*[日号]|场地|流程|嘉宾|来宾|人数|展位/iu;

/** Milestone words that name routine things here: a quarter's sales figures asked for or sent. */
export const NOT_MILESTONE_ROUTINE = /季度销售(?:数据|报表|明细|额|数字|情况)/gu;

/** A price asked for: alone, it is a quote to send, routine work whatever the event. */
const PRICE_ASK = /(?<![\p{L}])(?:quote|quotation|price|prices|pricing|cost|costs|how\s+much|estimate)(?![\p{L}])|报价|报个价|价格|价钱|多少钱|费用|询价/iu;
/**
 * Work on the event itself beyond its price: a plan, a run-of-show, a contract, a booking of us,
 * building or running it (方案, 策划, 搭建, 流程, "would like you to run", 想找你们来…).
 */
const EVENT_WORK =
  /(?<![\p{L}])(?:(?:event|floor|seating|stage|lighting)\s+plans?|proposal|programme|agenda|run[\s-]of[\s-]show|contract|draft|booking\s+you|book\s+you|(?:like|want)\s+you\s+to\s+(?:run|do|organi[sz]e|host|cater|manage|build|design|handle)|places|tickets|delegates?|sessions?)(?![\p{L}])|方案|策划|搭建|布置|流程|执行|筹备|合同|(?:想|要)?(?:请|找)(?:你们|贵司)(?:来)?(?:做|办|负责|搭建|策划|承办)/iu;

/**
 * The event being prepared, when one is named with its date or place — unless all that is asked
 * is its price: "our gala is on 20 February … could you send a quote this week" is a quote to
 * send (routine), like a consumer's dated wedding (corpus convention: a date alone is no milestone).
 */
export function datedEvent(own: string): string | null {
  const event = EVENT.exec(own);
  if (!event || !FIXED.test(own)) return null;
  if (PRICE_ASK.test(own) && !EVENT_WORK.test(own)) return null;
  return event[0];
}
