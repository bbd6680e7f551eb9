// The context menu and the shortcut off a supported page: the draft quick-create.ts builds is
// classified like a click on a page before it is created (fake IndexedDB for the store).
import { describe, expect, it } from 'vitest';
import { classifyContextDraft } from '@/lib/background/quick-add';
import { draftFromContext } from '@/lib/background/quick-create';
import { makeRouter } from '../../helpers/router';

const NOW = Date.UTC(2026, 10, 24, 10); // Tuesday 2026-11-24
const deps = (getDb: Awaited<ReturnType<typeof makeRouter>>['getDb']) => ({ getDb, now: () => NOW, locale: () => 'en-US' });

describe('classifyContextDraft', () => {
  it('classifies a selection and reads its deadline', async () => {
    const { getDb } = await makeRouter(() => NOW);
    const menu = draftFromContext(
      { selectionText: 'Invoice INV-2231 is still unpaid; please confirm the payment by 2026-12-04.', pageUrl: 'https://crm.example.com/deals/7' },
      { title: 'Deal 7' },
      new Date(NOW),
    );
    const { draft } = await classifyContextDraft(menu.draft, menu.contact, menu.hints, deps(getDb));
    expect(draft.categories.goal).toBe('payment_collection');
    expect(draft.due).toEqual({ date: '2026-12-04' });
    expect(draft.title).toMatch(/^Follow up: Invoice INV-2231/);
  });

  it('matches a known contact named in the selection, and takes a mailto: person as given', async () => {
    const { send, getDb } = await makeRouter(() => NOW);
    await send('content', 'task.create', {
      draft: { title: 'Intro', due: { date: '2026-11-20' }, source: { site: 'gmail' } },
      contact: { name: 'Dana Okafor', email: 'dana@northwind.example' },
    });
    const menu = draftFromContext({ selectionText: 'Dana asked about upgrading to the new plan', pageUrl: 'https://news.example.com/' }, undefined, new Date(NOW));
    const named = await classifyContextDraft(menu.draft, menu.contact, menu.hints, deps(getDb));
    expect(named.contact).toMatchObject({ name: 'Dana Okafor', email: 'dana@northwind.example' });
    // A known customer (earlier tasks) asking for an upgrade.
    expect(named.draft.categories.goal).toBe('existing_customer');

    const link = draftFromContext({ linkUrl: 'mailto:kim@contoso.example', pageUrl: 'https://news.example.com/' }, { title: 'Dana Okafor on pricing' }, new Date(NOW));
    const mailto = await classifyContextDraft(link.draft, link.contact, link.hints, deps(getDb));
    expect(mailto.contact).toEqual({ email: 'kim@contoso.example' });
    expect(mailto.draft.categories.customer).toBe('b2b');
  });

  it('files a page without a selection by its title, due the rep\'s default business day', async () => {
    const { send, getDb } = await makeRouter(() => NOW);
    await send('optionsTab', 'settings.save', { patch: { defaultDueOffsetDays: 2 } });
    const page = draftFromContext({ pageUrl: 'https://example.com/survey' }, { title: 'Competitor pricing survey results' }, new Date(NOW), 'Follow up: ', 2);
    const { draft } = await classifyContextDraft(page.draft, page.contact, page.hints, deps(getDb));
    expect(draft.categories.goal).toBe('market_research');
    expect(draft.due).toEqual({ date: '2026-11-26' });
  });
});
