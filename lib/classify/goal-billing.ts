/**
 * Billing words in a purchase are not payment collection. "Put it under the same billing
 * entity as our subscription", "bill it to our account", "can I pay in instalments", 能开个人发票吗,
 * 发票抬头还是开总公司: they arrange how a new purchase will be billed; collection is about money
 * already owed on the rep's invoices (overdue, a remittance, a statement, 欠款, 催款, 尾款).
 * When an email wishes to buy and names no money owed, these phrases are masked before the goal
 * reads the text, so the purchase (new business or an upsell) decides.
 */
import type { ScanText } from './scan-text';
import { PURCHASE_INTENT } from './goal-cues-returning';
import { BUY_ASKS } from './goal-cues';

/** How a purchase will be billed or paid (lower-cased text). */
const BILLING_ARRANGEMENT = new RegExp(
  [
    String.raw`\b(?:same\s+)?billing\s+(?:entity|address|details|contact|account|company|arrangements?)\b`,
    String.raw`\bbill(?:ed)?\s+(?:it|this|them|that|us)?\s*(?:to|against|under)\s+(?:our|my|the)\s+(?:\w+\s+)?(?:account|entity|company|office|po)\b`,
    String.raw`\b(?:raise|issue|send|make\s+out|put|address)\s+(?:the|an?|your)\s+invoice\s+(?:against|to|under|for|with)\s+(?:po\b|our|the|purchase\s+order)[^.!?\n]{0,40}|\bcost\s+cent(?:re|er)s?\b|\bpurchase\s+order\s+(?:number|no)\b`,
    String.raw`\b(?:invoice|bill)\s+(?:it|this|them)\s+(?:to|under)\b|\b(?:issue|raise|make\s+out|send)\s+(?:me\s+|us\s+)?(?:an?\s+)?(?:vat\s+)?invoice\s+(?:in|under|to|for)\s+(?:my|our|the)\s+(?:own\s+)?(?:name|company)\b|\binvoice\s+in\s+my\s+(?:own\s+)?name\b`,
    String.raw`\bpay(?:ing)?\s+(?:for\s+it\s+)?(?:in|by)\s+(?:monthly\s+)?instal?ments?\b|\b(?:paid|pay)\s+in\s+full\b(?:\s+upfront)?|\b(?:payment|finance)\s+(?:plan|options?)\b|\bmonthly\s+payments?\b|\btax\s+return\b`,
    String.raw`分期(?:付款|支付)?|(?:开|出)(?:具)?(?:个|张)?(?:个人|普通|增值税|专用)?(?:的)?(?:发票|票)|个人发票|发票抬头|开票(?:主体|信息|资料|公司)|付款方式|支付方式|付款(?:以后|之后|后)|全款`,
  ].join('|'),
  'giu',
);
/** Money already owed: then the billing words are about it, and nothing is masked. */
const MONEY_OWED =
  /\b(?:overdue|outstanding|past\s+due|unpaid|remittance|statement|reminder|owed?|balance|arrears|inv-?\s?\d)\b|欠款|催款|逾期|对账|尾款|余款|货款|到账|结清|账单|还没付|未付/iu;

/**
 * The text with billing arrangements masked, when the email wishes to buy and owes nothing;
 * null otherwise (read the text as it is).
 */
export function maskPurchaseBilling(text: ScanText): ScanText | null {
  const own = `${text.subject}\n${text.latest}`;
  BILLING_ARRANGEMENT.lastIndex = 0;
  if (!BILLING_ARRANGEMENT.test(own) || MONEY_OWED.test(own)) return null;
  if (!PURCHASE_INTENT.test(own) && !BUY_ASKS.test(own)) return null;
  const mask = (s: string) => s.replace(BILLING_ARRANGEMENT, ' ');
  return { ...text, subject: mask(text.subject), latest: mask(text.latest) };
}
