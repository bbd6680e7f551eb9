/**
 * Brief F's cues (issue 15, fourth held-out set): an existing relationship said in plain words
 * beside an ask that reads like a first contact (想了解, "find out more", a quote), and a lapsed
 * customer coming back. Matched on the lower-cased subject and newest message, like goal-cues.ts.
 */

const Z = String.raw`[^。！？!?\n]{0,12}?`;

/**
 * What they use now is ours, or a recent piece of account work they thank us for: "the pallet
 * film we use now is yours", "thanks for the account check last week", 我们现在用的打印纸就是你们家的,
 * 谢谢上周帮我们对完账.
 */
export const PLAIN_RELATIONSHIP = new RegExp(
  [
    String.raw`\b(?:we|i)\s+(?:currently\s+|already\s+)?(?:use|have|run|buy)\s+(?:now\s+|today\s+|at\s+the\s+moment\s+)?(?:is|are)\s+(?:yours|from\s+you)\b`,
    String.raw`\b(?:the|our)\s+[\w-]+(?:\s+[\w-]+)?\s+we\s+(?:currently\s+)?(?:use|buy|have|run)\s+(?:now\s+|today\s+)?(?:from\s+you|is\s+yours|are\s+yours|comes?\s+from\s+you)\b`,
    String.raw`\bthanks?(?:\s+you)?\s+(?:again\s+|so\s+much\s+)?for\s+(?:going\s+through|running|doing|sending|sorting|the)\s+(?:[\w-]+\s+){0,2}?(?:account\s+(?:check|review)|reconciliation|statement|year-?end\s+check)`,
    // Signed already, or adding to what they have: "now that we've signed with you", "the extra 15 seats", 合同已经签好了.
    String.raw`\b(?:we'?ve|we\s+have|we)\s+(?:now\s+|just\s+|already\s+)?signed\s+(?:with\s+you|up\s+with\s+you|the\s+(?:contract|agreement|order))\b|\b(?:the\s+|an?\s+)?(?:extra|additional)\s+(?:\d+\s+)?(?:seats|licen[cs]es|users|accounts|sites|units)\b`,
    String.raw`合同${Z}(?:已经|已)(?:签|盖章)(?:好|完|了)|(?:已经|已)签(?:约|合同|好合同)|合同签(?:好|完)了`,
    String.raw`\bthanks?(?:\s+you)?\s+(?:again\s+|so\s+much\s+)?for\s+(?:your\s+help\s+(?:with\s+)?)?(?:reconciling|checking|going\s+through|sorting\s+out)\s+(?:our|the)\s+(?:account|statement|invoices|ledger)`,
    // Buying from us all along, and the courtesy only a customer writes: 我们一直在贵司采购, 感谢贵司一直以来的支持.
    String.raw`(?:一直|长期|都)(?:在|从|跟|和)?(?:你们|贵司)(?:这里|那里|这边|家)?(?:采购|进货|订货|订购|买|订|拿货)|感谢(?:贵司|你们|您)?${Z}一直以来的(?:支持|合作|信任|关照)`,
    String.raw`我们${Z}(?:现在|目前|一直)${Z}用的${Z}(?:就是|都是|是|也是)(?:你们|贵司|您)`,
    String.raw`(?:谢谢|感谢|多谢)${Z}(?:帮我们|帮忙|配合)?${Z}对(?:完|好)?(?:了)?账|(?:上周|上个月|上次)${Z}对账${Z}(?:辛苦|谢谢|感谢)`,
  ].join('|'),
  'iu',
);

/**
 * A lapsed customer coming back: they left us (for another supplier, a cheaper contractor) and
 * want to return. "Come back to you" alone is also how a reply is promised ("I'll come back to
 * you on that"), so the lapse must be said too, unless the return is said as a customer's.
 */
const LAPSE = new RegExp(
  [
    String.raw`\b(?:moved|switched|went|changed|defected)\s+(?:over\s+)?to\s+(?:another|a\s+(?:different|cheaper|new)|other)\b|\btried\s+(?:a|another)\s+(?:cheaper\s+|different\s+|new\s+)?[\w-]+|\buntil\s+last\s+(?:year|summer|spring|autumn|winter|month)\b|\bstopped\s+(?:ordering|buying)\s+from\s+you\b|\bused\s+to\s+(?:buy|order|get|source|use|work\s+with)\b${Z}`,
    String.raw`换了${Z}(?:别家|别的|其他|其它|另一家|一家)|(?:之前|以前|去年)${Z}(?:不用|停用)了?(?:你们|贵司)|改用(?:别家|别的|其他)`,
  ].join('|'),
  'iu',
);
const RETURN = new RegExp(
  [
    String.raw`\b(?:come|coming|return|returning|go|going|move|moving|switch|switching)\s+back\s+to\s+you(?:r\s+[\w-]+)?\b|\breturn(?:ing)?\s+to\s+you\b|\b(?:use|using|order(?:ing)?\s+from|buy(?:ing)?\s+from|work(?:ing)?\s+with)\s+you\s+again\b`,
    String.raw`回到(?:你们|贵司)|回来(?:找|用|跟|和)?(?:你们|贵司)|重新(?:找|用|跟|和|与|选)(?:你们|贵司)|还是想(?:回|找|用)(?:你们|贵司)?`,
  ].join('|'),
  'iu',
);
/** A return that says it is a customer's alone: "we'd like to become your customer again", 重新合作. */
const RETURN_AS_CUSTOMER = /\b(?:customers?|clients?)\s+(?:of\s+yours\s+)?again\b|重新合作|恢复合作/iu;

/** The win-back's evidence (the lapse and the return), or null. */
export function winBack(own: string): string | null {
  const back = RETURN.exec(own)?.[0] ?? null;
  const lapse = LAPSE.exec(own)?.[0] ?? null;
  if (back && lapse) return `${lapse} … ${back}`;
  return RETURN_AS_CUSTOMER.exec(own)?.[0] ?? null;
}
