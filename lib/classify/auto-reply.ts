/**
 * An out-of-office or automatic reply. Its dates are when the sender is back ("I'm out of the
 * office until Monday 14 December", 12月14日返回办公室), never a deadline for the rep: the
 * follow-up is the rep's default, the next business day unless they chose otherwise.
 */
import type { ScanText } from './scan-text';

const SUBJECT = /^\s*(?:automatic\s+reply|auto(?:matic)?[\s-]?reply|autoreply|auto:|out\s+of\s+(?:the\s+)?office|ooo\b|abwesenheit|自动回复|自動回覆|休假|不在办公室)/iu;
const BODY =
  /(?<![\p{L}])(?:i'?m|i\s+am|i\s+will\s+be|i'?ll\s+be|we\s+are|we'?re)\s+(?:currently\s+|now\s+)?(?:out\s+of\s+(?:the\s+)?office|on\s+(?:[\w-]+\s+)?(?:leave|holiday|holidays|vacation|sabbatical)|away\s+from\s+(?:the\s+)?office|travell?ing\s+with\s+limited)|(?:i'?m|i\s+am|i\s+will\s+be|i'?ll\s+be)\s+(?:currently\s+)?away\s+(?:until|till|from|on|and)\b|(?:respond|reply|get\s+back\s+to\s+you)\s+(?:up)?on\s+my\s+return|when\s+i\s+(?:return|am\s+back|get\s+back)\s+to\s+the\s+office|(?:limited|no)\s+access\s+to\s+(?:my\s+)?e-?mail|this\s+is\s+an\s+automatic\s+reply|不在办公室|(?:期间|暂时)(?:不便|无法)(?:及时)?(?:回复|查看)|(?:正在|目前|现在)?(?:休假|出差|休年假)(?:中)?[^。！？\n]{0,20}(?:返回|回来|回到|上班)|返回办公室|自动回复/iu;

export function isAutoReply(text: ScanText): boolean {
  return SUBJECT.test(text.rawSubject) || BODY.test(text.rawLatest.slice(0, 1_000));
}
