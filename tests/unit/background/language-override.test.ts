// The worker speaks the language chosen in Options → Preferences, in a browser whose own language
// is English (issue 17, item 3): the context menu's title and the toolbar tooltip (set on install
// and browser start, again when the setting changes), the notifications of reminders, late arrivals, replies and
// the menu's own task, each in the language chosen when it is shown; and page.strings, which
// hands a content script only the messages it names. The messages are the real messages.json
// files, read through the worker's own loader (fetch of the extension's URL, served from disk).
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createReminderService } from '@/lib/background/reminders';
import { languageSurfaces } from '@/lib/background/language-surfaces';
import { MENU_ID, setUpQuickCreate } from '@/lib/background/quick-create';
import { stringsOf } from '@/lib/background/strings';
import * as db from '@/lib/db';
import type { TaskDraft } from '@/lib/model';
import { resetFakeBrowser } from '../../helpers/fake-browser';
import { makeRouter } from '../../helpers/router';

const local = (date: string, time: string) => new Date(`${date}T${time}:00`).getTime();
const NOW = local('2026-12-04', '10:00');
type Shown = { title: string; message: string; buttons?: { title: string }[] };
const shown = () => new Map(Object.entries(fakeBrowser.notifications.getAllCreateOptions()) as [string, Shown][]);
const draft = (over: Partial<TaskDraft>): TaskDraft => ({ title: 'Quote for Dana', notes: '', priority: 'normal', categories: {}, ...over });

/** An extension event a test can fire, for the APIs fakeBrowser leaves unmocked. */
function fakeEvent<A extends unknown[]>() {
  const listeners: ((...args: A) => unknown)[] = [];
  return { addListener: (l: (...args: A) => unknown) => void listeners.push(l), trigger: (...args: A) => Promise.all(listeners.map((l) => l(...args))) };
}

/** The context menu as Chrome keeps it: made items by id; create refuses a duplicate id. */
function fakeMenus() {
  const items = new Map<string, { title: string; contexts: string[] }>();
  let makes = 0;
  const onClicked = fakeEvent<[{ menuItemId: string; selectionText?: string; pageUrl?: string }, { title?: string } | undefined]>();
  const api = {
    removeAll: async () => void items.clear(),
    create: (props: { id: string; title: string; contexts: string[] }, done?: () => void) => {
      if (items.has(props.id)) throw new Error(`Cannot create item with duplicate id ${props.id}`);
      items.set(props.id, { title: props.title, contexts: props.contexts });
      makes++;
      done?.();
      return props.id;
    },
    onClicked,
  };
  (fakeBrowser as unknown as Record<string, unknown>).contextMenus = api;
  (fakeBrowser as unknown as Record<string, unknown>).commands = { onCommand: fakeEvent() };
  return { items, makes: () => makes, click: onClicked.trigger };
}

beforeEach(() => {
  resetFakeBrowser();
  // The worker reads messages.json from its own URL; here that URL is served from public/.
  vi.stubGlobal('fetch', async (url: string) => {
    const path = new URL(url).pathname;
    return new Response(readFileSync(`public${path}`, 'utf8'));
  });
});
afterEach(() => void vi.unstubAllGlobals());

async function withLanguage(language: 'auto' | 'en' | 'zh-CN') {
  const router = await makeRouter(() => NOW);
  const database = await router.getDb();
  await router.send('optionsTab', 'settings.save', { patch: { language } });
  return { ...router, database };
}

const tooltip = () => fakeBrowser.action.getTitle({});

describe('the context menu and the toolbar tooltip', () => {
  it('are set on install in the chosen language, again when it changes, and made again at browser start', async () => {
    const menus = fakeMenus();
    const { send, database } = await withLanguage('zh-CN');
    const surfaces = languageSurfaces(async () => (await stringsOf(database)).t);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await surfaces.refresh(); // the settings broadcast that follows install: nothing changed, nothing made again
    expect(menus.items.get(MENU_ID)).toEqual({ title: '创建跟进任务', contexts: ['selection', 'link'] });
    expect(await tooltip()).toBe('Tasklane 销售任务');
    expect(menus.makes()).toBe(1);

    await send('optionsTab', 'settings.save', { patch: { language: 'auto' } });
    await surfaces.refresh();
    expect(menus.items.get(MENU_ID)?.title).toBe('Create follow-up task');
    expect(await tooltip()).toBe('Tasklane');
    await send('optionsTab', 'settings.save', { patch: { language: 'zh-CN' } });
    await surfaces.refresh();
    expect(menus.items.get(MENU_ID)?.title).toBe('创建跟进任务');
    expect(menus.makes()).toBe(3);

    // A browser that forgot its menu and tooltip (Firefox's menu, anyone's tooltip after a restart) gets them back on start.
    menus.items.clear();
    await fakeBrowser.action.setTitle({ title: '' });
    await fakeBrowser.runtime.onStartup.trigger();
    await surfaces.refresh();
    expect([...menus.items.keys()]).toEqual([MENU_ID]);
    expect(menus.items.get(MENU_ID)?.title).toBe('创建跟进任务');
    expect(await tooltip()).toBe('Tasklane 销售任务');
  });

  it('give the toolbar popup an address that carries the language and theme, again when they change', async () => {
    fakeMenus();
    const popups: string[] = [];
    vi.spyOn(fakeBrowser.action, 'setPopup').mockImplementation(async ({ popup }) => void popups.push(popup ?? ''));
    const { send, database } = await withLanguage('zh-CN');
    const surfaces = languageSurfaces(async () => (await stringsOf(database)).t, async () => db.getSettings(database));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await surfaces.refresh();
    expect(popups).toEqual(['popup.html?lang=zh-CN&theme=auto']);
    await send('optionsTab', 'settings.save', { patch: { theme: 'dark' } });
    await surfaces.refresh();
    await send('optionsTab', 'settings.save', { patch: { language: 'auto' } });
    await surfaces.refresh();
    await surfaces.refresh(); // nothing changed: not set again
    expect(popups).toEqual(['popup.html?lang=zh-CN&theme=auto', 'popup.html?lang=zh-CN&theme=dark', 'popup.html?lang=auto&theme=dark']);
    await fakeBrowser.runtime.onStartup.trigger();
    await surfaces.refresh();
    expect(popups.at(-1)).toBe('popup.html?lang=auto&theme=dark');
    expect(popups).toHaveLength(4);
  });

  it('makes the task and says so in the language chosen at the click', async () => {
    const menus = fakeMenus();
    const { database, send } = await withLanguage('zh-CN');
    const made: string[] = [];
    setUpQuickCreate(
      async (d) => {
        made.push(d.title);
        return { task: { title: d.title }, storage: 'persistent' };
      },
      async () => 1,
      async () => (await stringsOf(database)).t,
    );
    await menus.click({ menuItemId: MENU_ID, selectionText: 'Send Dana the revised quote', pageUrl: 'https://crm.example.com/deal/7' }, { title: 'Deal 7' });
    await vi.waitFor(() => expect(made).toHaveLength(1));
    expect(made[0]).toBe('跟进：Send Dana the revised quote');
    await vi.waitFor(() => expect([...shown().values()].map((n) => n.title)).toEqual(['已创建任务：跟进：Send Dana the revised quote']));

    await send('optionsTab', 'settings.save', { patch: { language: 'auto' } });
    await menus.click({ menuItemId: MENU_ID, selectionText: 'Call Priya', pageUrl: 'https://crm.example.com/deal/8' }, undefined);
    await vi.waitFor(() => expect(made).toHaveLength(2));
    expect(made[1]).toBe('Follow up: Call Priya');
    await vi.waitFor(() => expect([...shown().values()].map((n) => n.title)).toContain('Task created: Follow up: Call Priya'));
  });
});

describe('notifications speak the language chosen when they fire', () => {
  it('a reminder and a waiting follow-up’s reminder, in Chinese, then in English after the switch', async () => {
    const { database, send, getDb } = await withLanguage('zh-CN');
    const followUp = { closeOnReply: true, state: 'waiting' as const, people: ['dana@northwind.example'], threadId: 't1' };
    const plain = (await db.createTask(database, draft({ title: 'Plain', due: { date: '2026-12-04', time: '09:45' } }), undefined, NOW - 1e8)).task;
    const waiting = (await db.createTask(database, draft({ due: { date: '2026-12-04', time: '09:30' }, source: { site: 'gmail', externalId: 't1' }, followUp }), undefined, NOW - 1e8)).task;
    await createReminderService(getDb, () => NOW).refresh();
    expect(shown().get(`tasklane:task:${plain.id}`)).toMatchObject({ message: '09:45', buttons: [{ title: '完成' }, { title: '今天稍后' }] });
    expect(shown().get(`tasklane:nudge:${waiting.id}`)).toMatchObject({ message: '尚未回复', buttons: [{ title: '2 天后再提醒' }, { title: '关闭' }] });

    // Switched back before the next reminder fires: that one is in English.
    await send('optionsTab', 'settings.save', { patch: { language: 'auto' } });
    const later = (await db.createTask(database, draft({ title: 'Later', due: { date: '2026-12-04' } }), undefined, NOW - 1e8)).task;
    await createReminderService(getDb, () => local('2026-12-04', '10:01')).refresh();
    expect(shown().get(`tasklane:task:${later.id}`)).toMatchObject({ message: 'Today', buttons: [{ title: 'Complete' }, { title: 'Later today' }] });
  });

  it('the summary of tasks that arrived late, counted the locale’s way', async () => {
    const { database, getDb } = await withLanguage('zh-CN');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await db.createTask(database, draft({ title: `Imported ${i}`, due: { date: '2026-12-04', time: '08:00' } }), undefined, NOW)).task.id);
    await createReminderService(getDb, () => NOW).refresh(ids);
    expect(shown().get('tasklane:arrived')).toMatchObject({ title: expect.stringMatching(/[\u4e00-\u9fff]/), message: expect.stringMatching(/^3 个任务/) });
  });

  it('a reply’s notification names the person in the chosen language, with Reopen', async () => {
    const { send } = await withLanguage('zh-CN');
    const created = await send('content', 'task.create', {
      draft: { title: 'Send the quote to Dana', due: { date: '2026-12-04' }, source: { site: 'gmail', externalId: 'thread-f:1', title: 'Re: Quote' } },
      contact: { name: 'Dana Okafor', email: 'dana@northwind.example' },
    });
    if (!created.ok) throw new Error(created.error.message);
    await send('content', 'followUp.replySeen', { taskId: created.data.task.id, from: 'dana@northwind.example', at: NOW, site: 'gmail' });
    expect(shown().get(`tasklane:replied:${created.data.task.id}`)).toMatchObject({ title: 'Dana Okafor 已回复 — 跟进已关闭', buttons: [{ title: '重新打开' }] });
  });

  it('falls back to the browser’s language when the chosen one’s messages cannot be read', async () => {
    vi.stubGlobal('fetch', async () => { throw new TypeError('Failed to fetch'); });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { database } = await withLanguage('zh-CN');
    // A worker that has not read the Chinese messages yet (this file's other tests have).
    vi.resetModules();
    const fresh = await import('@/lib/background/strings');
    const strings = await fresh.stringsOf(database);
    expect(strings.locale).toBe('en');
    expect(strings.t('complete')).toBe('Complete');
    expect(error).toHaveBeenCalled();
  });
});

describe('page.strings', () => {
  it('hands a content script only the messages it names, and nothing when the browser’s language is the rep’s', async () => {
    const { send } = await withLanguage('zh-CN');
    const some = await send('content', 'page.strings', { keys: ['buttonCreateFor', 'noSuchKey', 'constructor', '__proto__'] });
    if (!some.ok) throw new Error(some.error.message);
    expect(some.data.locale).toBe('zh-CN');
    expect(some.data.messages).toEqual({ buttonCreateFor: { message: '为 $NAME$ 创建跟进任务', placeholders: { name: { content: '$1' } } } });
    const all = await send('content', 'page.strings', {});
    if (!all.ok) throw new Error(all.error.message);
    expect(Object.keys(all.data.messages ?? {}).length).toBeGreaterThan(100);

    await send('optionsTab', 'settings.save', { patch: { language: 'en' } });
    expect(await send('content', 'page.strings', { keys: ['buttonCreateFor'] })).toMatchObject({ ok: true, data: { locale: 'en', messages: null } });
    expect(await send('content', 'page.strings', { keys: Array(17).fill('close') })).toMatchObject({ ok: false });
  });
});
