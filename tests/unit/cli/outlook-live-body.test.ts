// Brief J (issue 15): on Outlook.com (outlook.live.com) the open email's BODY is read from the
// reading pane on every build, however it is marked — here a build whose body carries no marker
// at all (a plain-text email in hashed-class divs: the largest text block under the subject that
// is not the sender / To / time header) and a zh-CN build that labels it in the UI's language
// (邮件正文) with no role="document". In both the deadline is only in the body, so a reader that
// falls back to the list row's preview or to the subject alone misses it (next business day).
import { describe, expect, it } from 'vitest';
import { classifyHtml } from '../../../scripts/classify-page';
import { peopleWithMessages, savedPage } from '../../helpers/page-message';

const TODAY = '2026-12-07';

const BUILDS = [
  {
    fixture: 'context/outlook-live-pane-unmarked-en-gb',
    email: 'tom.becker@fenwick-dairy.co.uk',
    subject: 'Chiller service contract',
    deadline: 'by the end of the week',
    reason: /end of the week/iu,
    // Words only the body holds: the ask ("a quote") and the signature's company.
    goal: 'quote',
    company: 'Fenwick Dairy Ltd',
    notInText: ['Cold Chain Weekly', 'Opens Profile Card', '09:10', 'To:'],
  },
  {
    fixture: 'context/outlook-live-pane-label-zh',
    email: 'wangfang@jinhe-shipin.cn',
    subject: '冷库温控设备报价',
    deadline: '本周五前',
    reason: /本周五前|周五/u,
    goal: '报价',
    company: '金禾食品有限公司',
    notInText: ['快递', '收件人', '10:05'],
  },
];

describe('Outlook.com: a text-selection class on the subject heading as on the body', () => {
  // Outlook puts allowTextSelection on the heading as well as on the body: a marker alone
  // named the heading (the subject became the "body", the body's deadline was never read).
  it('reads the marked body, not the heading or the sender card, for the selected row', () => {
    const saved = savedPage('context/outlook-live-pane-heading-marked-en-au');
    const out = classifyHtml(saved.document, { url: saved.url, today: TODAY, tz: 'Australia/Sydney' });
    expect(out.person).toBe('priya.nair88@outlook.com');
    expect(out.source!.title).toBe('Espresso machine for the new cafe');
    expect(out.suggestion!.due.date).toBe('2026-12-09');
    expect(out.suggestion!.reasons.find((r) => r.dimension === 'due')!.detail).toMatch(/Wednesday/u);
    const row = peopleWithMessages(saved, TODAY).find((p) => p.contact.email === 'priya.nair88@outlook.com')!;
    expect(row.message!.text).toContain('by Wednesday');
    expect(row.message!.text).not.toContain('Opens Profile Card');
    expect(row.message!.text).not.toMatch(/^Espresso machine for the new cafe/u);
  });
});

describe('Outlook.com: the open email body in the reading pane, on any build', () => {
  for (const b of BUILDS) {
    it(`${b.fixture}: the CLI reads the body's deadline`, () => {
      const saved = savedPage(b.fixture);
      const out = classifyHtml(saved.document, { url: saved.url, today: TODAY });
      expect(out.person).toBe(b.email);
      expect(out.source!.title).toBe(b.subject);
      expect(out.suggestion!.due.date).toBe('2026-12-11');
      const due = out.suggestion!.reasons.find((r) => r.dimension === 'due')!;
      expect(due.detail).toMatch(b.reason);
      expect(out.suggestion!.categories).toMatchObject({ customer: 'b2b', channel: 'direct' });
      expect(out.suggestion!.reasons.find((r) => r.dimension === 'goal')!.detail).toContain(b.goal);
      expect(out.suggestion!.reasons.find((r) => r.dimension === 'channel')!.detail).toContain(b.company);
    });

    it(`${b.fixture}: a click on the selected row reads the pane's body, never the list or the header`, () => {
      const saved = savedPage(b.fixture);
      const row = peopleWithMessages(saved, TODAY).find((p) => p.contact.email === b.email)!;
      for (const text of [row.message!.text ?? '', row.text ?? '']) {
        expect(text).toContain(b.deadline);
        for (const other of b.notInText) expect(text).not.toContain(other);
      }
    });
  }

  it('finds the zh body by structure when the build drops its label too', () => {
    const saved = savedPage('context/outlook-live-pane-label-zh');
    saved.document.querySelector('[aria-label="邮件正文"]')!.removeAttribute('aria-label');
    const out = classifyHtml(saved.document, { url: saved.url, today: TODAY });
    expect(out.suggestion!.due.date).toBe('2026-12-11');
    const row = peopleWithMessages(saved, TODAY).find((p) => p.contact.email === 'wangfang@jinhe-shipin.cn')!;
    expect(row.message!.text).toContain('本周五前');
    expect(row.message!.text).not.toContain('收件人');
  });

  it('never takes the message list for the body when the pane has no text block of its own', () => {
    const saved = savedPage('context/outlook-live-pane-unmarked-en-gb');
    saved.document.querySelector('.Pq3Tz')!.remove();
    const row = peopleWithMessages(saved, TODAY).find((p) => p.contact.email === 'tom.becker@fenwick-dairy.co.uk')!;
    expect(row.message?.text ?? '').not.toContain('Cold Chain Weekly');
    expect(row.message?.text ?? '').not.toContain('Five things');
  });
});
