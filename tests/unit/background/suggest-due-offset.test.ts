// The rep's "default due date" setting (Preferences): how many business days ahead a task is due
// when the email names no date. Through the router and the store, as the content script asks.
import { describe, expect, it } from 'vitest';
import { todayLocal } from '@/lib/dates/today';
import { makeRouter } from '../../helpers/router';

// The router's clock: Saturday 2026-11-28, 10:00 UTC — a weekend day in every test time zone
// (Los Angeles to Kiritimati), so the business days ahead are the same dates everywhere.
describe('classify.suggest — default due offset', () => {
  it('with the setting at 3, suggests the third business day and names the setting', async () => {
    const { send } = await makeRouter();
    expect(await send('optionsTab', 'settings.save', { patch: { defaultDueOffsetDays: 3 } })).toMatchObject({ ok: true });
    const reply = await send('content', 'classify.suggest', { subject: 'Catching up', text: 'Thanks for your time.' });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    // Mon 30 Nov, Tue 1 Dec, Wed 2 Dec.
    expect(reply.data.suggestion.due).toEqual({ date: '2026-12-02' });
    const reason = reply.data.suggestion.reasons.find((r) => r.dimension === 'due');
    expect(reason).toMatchObject({ code: 'default-offset', value: '2026-12-02' });
    expect(reason?.detail).toMatch(/3 business days/);
  });

  it('keeps the next business day by default, and 0 means today', async () => {
    const { send } = await makeRouter();
    const first = await send('content', 'classify.suggest', { subject: 'Catching up' });
    expect(first).toMatchObject({ ok: true, data: { suggestion: { due: { date: '2026-11-30' } } } });
    await send('optionsTab', 'settings.save', { patch: { defaultDueOffsetDays: 0 } });
    const today = todayLocal(new Date(Date.UTC(2026, 10, 28, 10)));
    const second = await send('content', 'classify.suggest', { subject: 'Catching up' });
    expect(second).toMatchObject({ ok: true, data: { suggestion: { due: { date: today } } } });
  });

  it('a date in the email still wins over the setting', async () => {
    const { send } = await makeRouter();
    await send('optionsTab', 'settings.save', { patch: { defaultDueOffsetDays: 5 } });
    const reply = await send('content', 'classify.suggest', { subject: 'Quote', text: 'Please reply by 2026-12-10.' });
    expect(reply).toMatchObject({ ok: true, data: { suggestion: { due: { date: '2026-12-10' } } } });
  });
});
