// Reading a compose window at Send, on the saved Gmail compose page: the window around the focused
// body, recipients To before Cc without the rep, the subject field, no thread for a new message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '@/lib/detect/sites/gmail';
import { composeWindowOf, readCompose } from '@/lib/follow-up/compose-send';
import { FIXTURES_DIR, parseWithHappyDom } from '../detect/helpers';

const URL_ = new URL('https://mail.google.com/mail/u/0/?compose=new#inbox');
const html = readFileSync(join(FIXTURES_DIR, 'follow-up', 'gmail-compose-send.html'), 'utf8');
const marks = gmailAdapter.compose!;

function read(self: string[]) {
  const doc = parseWithHappyDom(html, URL_.href);
  const body = doc.querySelector('div[role="textbox"]')!;
  const win = composeWindowOf(body, marks)!;
  return { win, message: readCompose(win, { marks, site: 'gmail', threadIds: true, context: (a) => gmailAdapter.context(doc, URL_, a), self: () => new Set(self) }) };
}

describe('reading a Gmail compose window', () => {
  it('finds the window that holds Send, and what it is sending', () => {
    const { win, message } = read(['alex.rep@acme-sales.com']);
    expect(win.querySelector('div.aoO')).not.toBeNull();
    expect(win.closest('div[role="dialog"]')).not.toBeNull();
    expect(message).toMatchObject({
      site: 'gmail',
      recipients: ['h.schneider@brightwater-logistics.de', 'j.visser@brightwater-logistics.nl', 'priya.raman@northwind-traders.com'],
      name: 'Hanna Schneider',
      subject: 'Demo next Tuesday + EU rollout pricing',
      threadId: null,
    });
    expect(message.body).toContain('Pricing for the Hamburg and Rotterdam sites');
  });

  it('leaves the rep out of the recipients', () => {
    expect(read(['h.schneider@brightwater-logistics.de']).message.recipients[0]).toBe('j.visser@brightwater-logistics.nl');
  });

  it('finds no window outside a compose', () => {
    const doc = parseWithHappyDom('<main><p>text</p></main>', URL_.href);
    expect(composeWindowOf(doc.querySelector('p')!, marks)).toBeNull();
  });
});
