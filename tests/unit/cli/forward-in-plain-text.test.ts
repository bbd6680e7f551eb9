// Brief V (issue 15): a plain-text email (Roundcube shows it in div.pre, its addresses linked)
// that forwards another below "---------- Forwarded message ---------" / "-----原始邮件-----".
// The forwarded block's From: / 发件人： line names the sender of an older message: the page's
// main person is the newest message's sender, whose own words and signature decide the customer
// type and the deadline (not the forwarded consumer's "Sent from my iPhone" or 12月20日).
import { describe, expect, it } from 'vitest';
import { classifyHtml } from '../../../scripts/classify-page';
import { savedPage } from '../../helpers/page-message';

const PAGES = [
  { page: 'roundcube-forward-plain-en', person: 'mark.ellison@ellison-joinery.co.uk', forwarded: 'karen.doyle.home@gmail.com', customer: 'b2b', goal: 'new_customer', due: '2026-12-04' },
  // A 163.com sender signed by a 经营部 with no sign-off word: a business.
  { page: 'roundcube-forward-plain-zh', person: 'zhangwei_hd@163.com', forwarded: 'liuyang88@qq.com', customer: 'b2b', goal: 'new_customer', due: '2026-12-03' },
] as const;

describe('a forward inside a plain-text email', () => {
  for (const { page, person, forwarded, customer, goal, due } of PAGES) {
    it(`${page}: the newest message's sender is the main person`, () => {
      const saved = savedPage(`context/${page}`);
      const out = classifyHtml(saved.document, { url: saved.url, today: '2026-12-01' });
      expect(out.person).toBe(person);
      // The forwarded sender is still on the page (with a button of their own), just not the one followed up.
      expect(out.contacts.some((c) => c.email === forwarded)).toBe(true);
      expect(out.suggestion!.categories.customer).toBe(customer);
      expect(out.suggestion!.categories.goal).toBe(goal);
      expect(out.suggestion!.due.date).toBe(due);
    });
  }
});
