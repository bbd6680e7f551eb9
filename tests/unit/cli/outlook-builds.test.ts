// Brief Q (issue 15): Outlook on the web builds where the message list sits beside the reading
// pane, the subject is a level-2 heading (text again in a child's title), the message a
// role="document" "Email message" (or an older div.wide-content-host), the body
// div#UniqueMessageBody_N / .allowTextSelection "Message body", the sent time a
// SentReceivedSavedTime ("Mon 11/30/2026 10:05 AM", "Mo 30.11.2026 10:05", "2026/11/30 周一 10:05")
// or a header title. The page's main person is the open message's sender, not the list row's;
// a sender who wrote twice in a conversation is followed up on their newest message.
import { describe, expect, it } from 'vitest';
import { classifyHtml } from '../../../scripts/classify-page';
import { peopleWithMessages, savedPage } from '../../helpers/page-message';

/** The person in the open message (the list row shows them too). */
const inMessage = (saved: ReturnType<typeof savedPage>, email: string, today: string) =>
  peopleWithMessages(saved, today).filter((p) => p.contact.email === email && !p.contact.row);

const PAGES = [
  { page: 'outlook-2025-list-en-us', email: 'ruth.okoye@lindqvist-metals.com', subject: 'Invoice 4471 – statement', sent: '2026-11-30', today: '2026-12-01', due: '2026-12-04', goal: 'payment_collection' },
  { page: 'outlook-2025-list-de', email: 'jonas.weber@kessler-maschinenbau.de', subject: 'Preisliste 2027', sent: '2026-11-30', today: '2026-12-01', due: '2026-12-04', goal: 'new_customer' },
  { page: 'outlook-2025-list-zh', email: 'zhoumin@hengda-pack.cn', subject: '十一月对账', sent: '2026-11-30', today: '2026-12-01', due: '2026-12-04', goal: 'payment_collection' },
  // Sent 30 November: "before the end of the month" is that day (had the date been missed, 31 December).
  { page: 'outlook-2022-list-en-gb', email: 'marta.silva@corvina-labs.com', subject: 'Licence renewal', sent: '2026-11-30', today: '2026-11-30', due: '2026-11-30', goal: 'existing_customer' },
  // Full page, no list: the newest of two messages asks "by Thursday" (the older said 15 December).
  { page: 'outlook-2025-conversation-en-us', email: 'owen.price@tallis-print.co.uk', subject: 'Re: Quote for the print finishing line', sent: '2026-11-30', today: '2026-12-01', due: '2026-12-03', goal: 'new_customer' },
] as const;

describe('Outlook on the web builds, through the CLI', () => {
  for (const { page, email, subject, sent, today, due, goal } of PAGES) {
    it(`${page}: the open message's sender, subject, sent date and deadline`, () => {
      const saved = savedPage(`context/${page}`);
      const out = classifyHtml(saved.document, { url: saved.url, today });
      expect(out.person).toBe(email);
      expect(out.source!.title).toBe(subject);
      expect(out.suggestion!.due.date).toBe(due);
      expect(out.suggestion!.categories.goal).toBe(goal);
      const [person, ...more] = inMessage(saved, email, today);
      expect(more).toHaveLength(0);
      const read = person!.message!;
      expect(read.fields.sentDate).toBe(sent);
      expect(read.fields.body).toBeTruthy();
      expect(read.fields.body).not.toContain(email);
    });
  }

  it("a conversation's two messages are two messages, not one wrapper", () => {
    const saved = savedPage('context/outlook-2025-conversation-en-us');
    const body = inMessage(saved, 'owen.price@tallis-print.co.uk', '2026-12-01')[0]!.message!.fields.body!;
    expect(body).toContain('by Thursday');
    expect(body).not.toContain('15 December');
  });
});
