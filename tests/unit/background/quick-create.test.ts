import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { draftFromContext, failureNotice } from '@/lib/background/quick-create';
import { StorageError } from '@/lib/db/errors';
import { translator, type Messages } from '@/lib/i18n';
import { ProtocolError, REQUESTS } from '@/lib/messages';

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

  it('a create that fails is said in the rep’s language in its notification, never by its English message', () => {
    const zh = translator(JSON.parse(readFileSync('public/_locales/zh_CN/messages.json', 'utf8')) as Messages, 'zh-CN').t;
    const full = failureNotice(new StorageError('storage_full', 'The browser has no room left for Tasklane data. Nothing was saved.'), zh);
    const keyed = failureNotice(new ProtocolError({ code: 'not_found', key: 'errorCrmNotConnected', params: ['HubSpot'], message: 'HubSpot is not connected.' }), zh);
    const bug = failureNotice(new TypeError("Cannot read properties of undefined (reading 'title')"), zh);
    for (const text of [full, keyed, bug]) expect(text).not.toMatch(/[A-Za-z]{2,}\s+[a-z]{2,}/);
    expect(keyed).toBe('HubSpot 尚未连接。');
    expect(bug).toBe(zh('errorInternal'));
  });
});
