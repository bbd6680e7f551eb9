// Brief V (issue 15): Outlook.com's consumer build (outlook.live.com) labels neither the message
// nor its body; the mail's HTML is rewritten inside an rps_ wrapper with x_-prefixed classes
// under OWA's .allowTextSelection, and the subject is a role="heading" span with a title and no
// aria-level. With the message list beside it, the open message is still the one read: its
// subject, its body's deadline, its sender (not the list row's snippet).
import { describe, expect, it } from 'vitest';
import { classifyHtml } from '../../../scripts/classify-page';
import { peopleWithMessages, savedPage } from '../../helpers/page-message';

const PAGES = [
  { page: 'outlook-live-consumer-en-gb', email: 'gareth.morgan@brynmawr-inns.co.uk', subject: 'Chairs for the new dining room', today: '2026-12-03', due: '2026-12-10', sent: '2026-12-03', goal: 'new_customer', inBody: 'by 10 December' },
  { page: 'outlook-office365-x-body-zh', email: 'lijing@hx-canyin.cn', subject: '门店桌椅报价', today: '2026-12-03', due: '2026-12-11', sent: '2026-12-03', goal: 'new_customer', inBody: '12月11日前' },
] as const;

describe('Outlook builds with unlabelled, rewritten message bodies', () => {
  for (const { page, email, subject, today, due, sent, goal, inBody } of PAGES) {
    it(`${page}: the open message's subject, body and deadline`, () => {
      const saved = savedPage(`context/${page}`);
      const out = classifyHtml(saved.document, { url: saved.url, today });
      expect(out.person).toBe(email);
      expect(out.source!.title).toBe(subject);
      expect(out.suggestion!.due.date).toBe(due);
      expect(out.suggestion!.categories.goal).toBe(goal);
      const open = peopleWithMessages(saved, today).filter((p) => p.contact.email === email && !p.contact.row);
      expect(open).toHaveLength(1);
      const read = open[0]!.message!.fields;
      expect(read.body).toContain(inBody);
      expect(read.body).not.toContain('To:');
      expect(read.sentDate).toBe(sent);
    });
  }
});
