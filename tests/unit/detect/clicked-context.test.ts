// The context of the person the rep clicked: a list row's own subject and thread id, a message's
// own thread — never whatever conversation happens to be open in the reading pane beside it.

import { describe, expect, it } from 'vitest';
import { detectPage, pageContext } from '../../../lib/detect/index';
import { fixture, parseWithHappyDom, parseWithLinkedom } from './helpers';

function page(name: string, parse: (html: string, url: string) => Document = parseWithLinkedom) {
  const f = fixture(name);
  const doc = parse(f.html, f.url);
  const url = new URL(f.url);
  return { doc, url, contextAt: (anchor: Element) => pageContext(doc, url, anchor) };
}

const PARSERS = { linkedom: parseWithLinkedom, 'happy-dom': parseWithHappyDom };

describe.each(Object.entries(PARSERS))('the clicked row decides the context (%s)', (_name, parse) => {
  it('Gmail inbox: each row gives its own thread id and subject', () => {
    const { doc, contextAt } = page('gmail-inbox', parse);
    const rows = [...doc.querySelectorAll('tr.zA')];
    const byRow = rows.map((row) => contextAt(row.querySelector('span[email]:not([name="me"])')!));
    expect(byRow.map((c) => [c.threadId, c.subject])).toEqual([
      ['18fe4a7c2b9d0e11', 'Q3 renewal: revised quote for 40 seats'],
      ['18fe47d1a0c3b552', 'Pricing for the EU rollout + demo next Tuesday?'],
      ['18fe61b0c3a9e771', '关于5月发票与回款进度的确认'],
      ['18fe1c03b7e95d28', 'Re: Support ticket – sync fails after upgrade'],
      ['18fd5a6e0f2c3d94', 'Agenda for the quarterly business review'],
      ['18fd0b77c4e1a6f3', 'Market survey: scheduling tools for dental clinics'],
    ]);
    // The signed-in user is still known from the page.
    expect(byRow[0]!.selfEmail).toBe('alex.rep@acme-sales.com');
  });

  it('Gmail inbox: a sender of two emails is two contacts, one per row, never merged across rows', () => {
    const { doc, url } = page('gmail-inbox', parse);
    const priya = detectPage(doc, url).contacts.filter((c) => c.email === 'priya.raman@northwind-traders.com');
    expect(priya).toHaveLength(2);
    expect(priya.map((c) => c.anchor.closest('tr')?.id)).toEqual([':2p', ':2t']);
    expect(priya.map((c) => c.row)).toEqual(priya.map((c) => c.anchor.closest('tr')));
    expect(priya.every((c) => !c.elsewhere)).toBe(true);
  });

  it('Gmail: a row and its opened thread name the same thread', () => {
    const inbox = page('gmail-inbox', parse);
    const thread = page('gmail-thread', parse);
    const row = inbox.contextAt(inbox.doc.querySelector('tr.zA span[email="priya.raman@northwind-traders.com"]')!);
    const sender = thread.contextAt(thread.doc.querySelector('span.gD[email="priya.raman@northwind-traders.com"]')!);
    expect(row.threadId).toBe(sender.threadId);
  });

  it('Gmail split view: a row beside an open conversation keeps its own thread and subject', () => {
    const { doc, url, contextAt } = page('gmail-inbox-reading-pane', parse);
    const priya = detectPage(doc, url).contacts.filter((c) => c.email === 'priya.raman@northwind-traders.com');
    expect(priya.map((c) => contextAt(c.anchor)).map((c) => [c.threadId, c.subject])).toEqual([
      ['18fe6d2a9b0c4e17', 'Signed order form for 40 seats'],
      ['18fd5a6e0f2c3d94', 'Agenda for the quarterly business review'],
    ]);
    // Someone in the open conversation gets that conversation.
    const inPane = doc.querySelector('.pane span.gD[email]')!;
    expect(contextAt(inPane)).toMatchObject({ threadId: '18fe47d1a0c3b552', subject: 'Pricing for the EU rollout + demo next Tuesday?' });
  });

  it('Gmail: a row with only the new-style id, or with none, never borrows the open conversation', () => {
    const { doc, contextAt } = page('gmail-inbox-reading-pane', parse);
    const [first, second] = [...doc.querySelectorAll('tr.zA')];
    first!.querySelector('[data-legacy-thread-id]')!.removeAttribute('data-legacy-thread-id');
    expect(contextAt(first!.querySelector('span[email]')!).threadId).toBe('thread-f:1801003957341351447');
    for (const el of second!.querySelectorAll('[data-thread-id]')) {
      el.removeAttribute('data-thread-id');
      el.removeAttribute('data-legacy-thread-id');
    }
    expect(contextAt(second!.querySelector('span[email]')!)).toMatchObject({ threadId: null, subject: 'Pricing for the EU rollout + demo next Tuesday?' });
  });

  it('Outlook: a person in an unselected list row gets that row\'s conversation id', () => {
    const { doc, contextAt } = page('outlook-reading-pane', parse);
    const rows = doc.querySelectorAll('[role="option"][data-convid]');
    // A person shown in the second (unselected) row, as some Outlook builds render them.
    const person = doc.createElement('span');
    person.setAttribute('title', 'billing@fabrikam-industrial.it');
    rows[1]!.append(person);
    expect(contextAt(person).threadId).toBe('AAQkAGI2YjE4NWFlLTk3ZDAtNDQ5MS1hZjcwLTNhYzQ4YjRmMmI0ZgAQAK1pQ2');
    // The reading pane's sender keeps the open conversation.
    expect(contextAt(doc.querySelector('[aria-label^="From:"]')!).threadId).toBe('AAQkAGI2YjE4NWFlLTk3ZDAtNDQ5MS1hZjcwLTNhYzQ4YjRmMmI0ZgAQAJv8kX7/zWtNpFLc6vR0B2E=');
  });
});
