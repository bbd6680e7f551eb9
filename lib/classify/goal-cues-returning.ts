/**
 * More cues for the goal's structural layer (signals/goal-structure.ts), for kinds a blind set
 * missed: a client booking us again, a customer extending what they run to more sites, a fault
 * on installed equipment, a prospect leaving their current supplier, and a wish to buy said as
 * "I'm looking at…". Matched on the lower-cased subject and newest message, like goal-cues.ts.
 */

/** Bounded gaps so that no pattern can run across a whole email. */
const W = String.raw`[^.!?\n]{0,40}?`;
const Z = String.raw`[^。！？!?\n]{0,12}?`;

/**
 * The sender books, runs or buys from us again: "we are booking you again", "after how smoothly
 * last year's conference went", "the course you ran for us", "we've run your module at two
 * clinics since 2024", "extend it to the remaining sites", "another 20 of the same model",
 * 再次合作, 从2023年开始用你们的, 再采购, 推广到其余门店.
 */
export const RETURNING_CUES = new RegExp(
  [
    String.raw`\bbook(?:ing|ed)?\s+(?:you|it|them|your\s+[\w-]+)\s+again\b|\b(?:use|hire|work\s+with|have)\s+you\s+again\b|\bagain\s+(?:this|next)\s+year\b|\bas\s+in\s+(?:previous|past|other|recent)\s+years\b|\b(?:as|like)\s+(?:we\s+did\s+)?last\s+year\b`,
    String.raw`\blast\s+(?:year|time|month|spring|summer|autumn|winter)'?s?\s+[\w-]+(?:\s+[\w-]+)?\s+(?:went|was\s+(?:a|such))|how\s+(?:smoothly|well)\s+(?:last|the\s+last|our\s+last)\b`,
    String.raw`\b(?:you|your\s+team)\s+(?:ran|organi[sz]ed|hosted|catered|taught)\s+(?:[\w-]+\s+){0,3}?for\s+(?:us|our)\b`,
    String.raw`\b(?:we'?ve|we\s+have|i'?ve|i\s+have)\s+(?:run|used|had)\s+(?:your|the)\b${W}\b(?:since\s+(?:\d{4}|last)|for\s+(?:\w+\s+)?(?:years?|months?))`,
    String.raw`\b(?:extend|extending|roll(?:ing)?\s+(?:it|them)\s+out|expand(?:ing)?)\s+(?:it|them)?\s*to\s+the\s+(?:rest|remaining|other)\b`,
    String.raw`\banother\s+(?:\d+|a\s+few|few|couple)\s+(?:[\w-]+\s+){0,2}?of\s+the\s+same\b|\b(?:has|have)\s+been\s+(?:a\s+(?:real\s+)?hit|a\s+success|great)\s+(?:at|with|for|in)\b|\bmore\s+of\s+the\s+same\b`,
    String.raw`\b(?:you|your\s+team)\s+did\s+(?:such\s+)?(?:a|an|so)\s+(?:[\w-]+\s+){0,2}?(?:job|work)\s+(?:with|on|for)\b|\b(?:loved|enjoyed|liked)\s+working\s+with\s+you\b|\bhave\s+you\s+back\b|\bwork(?:ing)?\s+with\s+you\s+again\b`,
    String.raw`还是(?:想|要|会)?(?:找|用|请|选|定)你们|(?:跟|和|与|同)(?:今年|去年|上次|上回|之前)一样|再次合作|继续合作|还想(?:和|跟|找|请)你们|(?:去年|上次|上回)的${Z}(?:办得|做得|搞得)(?:很|挺|非常)?(?:成功|好|顺利|不错)`,
    String.raw`(?:从|自)\s*(?:\d{2,4}|去|前)\s*年(?:开始|起)?(?:就)?(?:一直)?(?:在)?用(?:的是)?你们|(?:推广|扩展|扩大|复制)到(?:其余|其他|其它|剩下)`,
    String.raw`再(?:采购|订|买|购|加购|下)(?:一批|一些|[\d一二两三四五六七八九十]+)|加购|增购`,
  ].join('|'),
  'iu',
);

/**
 * A fault on equipment they have: an alarm, fault or error code, a machine taken out of
 * service, a visit to fix it (报修, 停用, 故障代码, 派个人过来).
 */
export const FAULT_ASKS = new RegExp(
  [
    String.raw`\b(?:showing|shows|throwing|throws|displaying|displays|giving|gives|flashing)\s+(?:an?\s+|the\s+)?(?:alarm|fault|error|warning)\b|\b(?:alarm|fault|error)\s+(?:code|light)\b`,
    String.raw`\b(?:taken|took|take)\s+(?:it\s+|them\s+)?out\s+of\s+(?:service|use|action)\b|\bout\s+of\s+(?:service|action|order)\b|\btagged\s+(?:it\s+|them\s+)?out\b|\bwon'?t\s+reset\b|\btripped\s+(?:its|the|a)\b`,
    String.raw`\b(?:shows|showing|displays|displaying|throws|throwing|flashing|gives|giving)\s+(?:an?\s+|the\s+)?(?:code|error|fault)\s+[\w-]*\d`,
    String.raw`\bengineer(?:'s)?\s+(?:visit|call-?out|out)\b|\bsend\s+(?:an?\s+)?(?:engineer|technician)\b|\barrange\s+(?:an?\s+)?(?:engineer|technician|service\s+visit|call-?out)\b`,
    String.raw`报修|停用|停机|暂停使用|(?:报警|故障|错误)(?:代码|码)|显示${Z}(?:Err|err|E\d|报警|故障)|派(?:个|一个)?(?:人|工程师|师傅|技术)|安排${Z}(?:工程师|师傅|技术员|人)(?:上门|过来)`,
  ].join('|'),
  'iu',
);

/**
 * A prospect leaving the supplier they have: "move away from our current supplier", "unhappy
 * with our present supplier", 换掉现在的供应商. Their "usage" is of someone else's goods.
 */
export const SWITCHING_CUES = new RegExp(
  [
    String.raw`\b(?:move|moving|switch|switching|change|changing|migrate|migrating)\s+(?:away\s+)?from\s+(?:our|the)\s+(?:current|present|existing|old)\s+(?:[\w-]+\s+){0,3}?(?:supplier|vendor|provider|contractor|agency|firm|distributor|wholesaler)s?\b`,
    String.raw`\b(?:ending|end|terminating|cancelling|canceling|leaving)\s+(?:our\s+)?(?:arrangement|contract|agreement|relationship)?\s*with\s+(?:our|the)\s+(?:current|present|existing)\s+(?:[\w-]+\s+){0,2}?(?:supplier|vendor|provider|contractor|company|firm|agency)\b`,
    String.raw`\b(?:(?:unhappy|not\s+happy|dissatisfied|fed\s+up)\s+with|tired\s+of)\s+(?:our|the)\s+(?:current\s+|present\s+|existing\s+)?(?:[\w-]+\s+)?(?:supplier|vendor|provider|contractor)`,
    String.raw`\b(?:want|wants|looking|plan(?:ning)?|need)\s+to\s+(?:switch|change)\s+(?:supplier|vendor|provider)s?\b|\breplace\s+our\s+(?:current\s+|present\s+)?(?:supplier|vendor|provider)\b`,
    String.raw`(?:换掉|更换|替换|换)(?:现在|目前|现有|原来)的${Z}(?:供应商|厂家|服务商|合作方)`,
  ].join('|'),
  'iu',
);

/**
 * A wish to buy said as where the buyer stands: "I'm looking at the Aria 3 for my home gym",
 * "thinking of ordering", "before I order", "we'd like another 20", 想买, 想给家里装, 打算采购.
 */
export const PURCHASE_INTENT = new RegExp(
  [
    String.raw`\b(?:i'?m|we'?re|i\s+am|we\s+are)\s+(?:currently\s+)?(?:looking\s+at\s+(?:getting|buying|ordering|booking|your\b|the\s+[\w-]+(?:\s+[\w-]+){0,3}?\s+for\s+(?:my|our)\b)|considering\s+(?:getting|buying|ordering|your\b)|thinking\s+(?:of|about)\s+(?:ordering|buying|getting|booking))|\bbefore\s+(?:i|we)\s+(?:order|buy|book|commit)\b`,
    String.raw`\b(?:we'?d|we\s+would|i'?d|i\s+would)\s+(?:like|love)\s+(?:another|more|to\s+(?:book|reserve))\b|\b(?:like|want|need)\s+to\s+add\s+the\b`,
    String.raw`\b(?:need|want|would\s+like)\s+(?:\d+|a\s+few|two|three|four|five|six|seven|eight|nine|ten|twenty|another|some)\s+more\b|\b(?:tender|bid)\s+(?:for|closes|deadline|documents?|submission)\b`,
    String.raw`想买|想(?:给|为)${Z}(?:买|装|订|配)|打算(?:再)?(?:采购|买|订|购)|准备(?:采购|买|订|购)|估(?:个|一下)?价|核(?:个|一下)?价|算(?:个|一下)?价|投标|招标|截标|开标|标书`,
  ].join('|'),
  'iu',
);
