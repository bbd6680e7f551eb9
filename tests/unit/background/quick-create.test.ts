import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { draftFromContext } from '@/lib/background/quick-create';
import { REQUESTS } from '@/lib/messages';

const now = new Date('2026-11-28T10:00:00');
const valid = (result: ReturnType<typeof draftFromContext>) =>
  v.safeParse(REQUESTS['task.create'].input, { draft: result.draft, ...(result.contact ? { contact: result.contact } : {}) }).success;

describe('draftFromContext (context menu and shortcut)', () => {
  it('turns a selection into the title and picks out an email and a phone', () => {
    const result = draftFromContext({ selectionText: 'Ping Wei Zhang (wei.zhang@example.cn, +86 138 0013 8000) about the 回款', pageUrl: 'https://crm.example.com/deals/7' }, { title: 'Deal 7' }, now);
    expect(result.draft.title).toMatch(/Ping Wei Zhang/);
    expect(result.contact).toEqual({ email: 'wei.zhang@example.cn', phone: '+86 138 0013 8000' });
    expect(result.draft.source).toMatchObject({ site: 'generic', url: 'https://crm.example.com/deals/7', title: 'Deal 7' });
    // Saturday: the next business day, Monday, as for a one-click task without a date.
    expect(result.draft.due).toEqual({ date: '2026-11-30' });
    expect(valid(result)).toBe(true);
  });

  it('takes the person from mailto: and tel: links', () => {
    expect(draftFromContext({ linkUrl: 'mailto:Dana.Okafor@Northwind.example?subject=Hi', pageUrl: 'https://mail.google.com/' }, undefined, now).contact).toEqual({ email: 'dana.okafor@northwind.example' });
    expect(draftFromContext({ linkUrl: 'tel:+1-415-555-0134', pageUrl: 'https://example.com/' }, undefined, now).contact).toEqual({ phone: '+1-415-555-0134' });
  });

  it('files a page without a selection by its title, and keeps long selections as notes', () => {
    const page = draftFromContext({ pageUrl: 'https://news.example.com/a' }, { title: 'Contoso cuts prices 20%' }, now);
    expect(page.draft.title).toMatch(/Contoso cuts prices 20%/);
    expect(page.contact).toBeUndefined();
    const long = draftFromContext({ selectionText: 'word '.repeat(400), pageUrl: 'https://example.com/' }, undefined, now);
    expect(long.draft.title.length).toBeLessThanOrEqual(200);
    expect(long.draft.notes.length).toBeGreaterThan(120);
    expect(valid(long)).toBe(true);
  });

  it('is due the rep\'s default number of business days ahead', () => {
    const page = { pageUrl: 'https://example.com/' };
    expect(draftFromContext(page, undefined, now, 'Follow up: ', 0).draft.due).toEqual({ date: '2026-11-28' });
    expect(draftFromContext(page, undefined, now, 'Follow up: ', 3).draft.due).toEqual({ date: '2026-12-02' });
  });

  it('never keeps a javascript: link as the source', () => {
    const result = draftFromContext({ linkUrl: 'javascript:alert(1)', pageUrl: 'https://example.com/' }, undefined, now);
    expect(result.draft.source?.url).toBe('https://example.com/');
  });
});
