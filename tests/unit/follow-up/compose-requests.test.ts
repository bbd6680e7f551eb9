// The compose control's requests through the real router and store: the remembered choice, and
// the follow-up draft a sent message becomes, stored as it was sent.
import { describe, expect, it } from 'vitest';
import { followUpRequest } from '@/lib/follow-up/compose-task';
import { makeRouter } from '../../helpers/router';

describe('followUp.composeChoice', () => {
  it('starts with no follow-up, remembers the rep\'s choice, and tells the pages once', async () => {
    const { send, broadcasts } = await makeRouter();
    expect(await send('content', 'followUp.composeChoice', {})).toEqual({ ok: true, data: { days: 0 } });
    expect(await send('content', 'followUp.composeChoice', { days: 3 })).toEqual({ ok: true, data: { days: 3 } });
    await send('content', 'followUp.composeChoice', { days: 3 });
    expect(await send('content', 'followUp.composeChoice', {})).toEqual({ ok: true, data: { days: 3 } });
    expect(broadcasts.filter((b) => b.entity === 'settings')).toHaveLength(1);
    // The options page sees it as a setting like any other.
    expect(await send('optionsTab', 'settings.get', {})).toMatchObject({ ok: true, data: { settings: { followUpDays: 3 } } });
  });

  it('refuses a day count the control does not offer', async () => {
    const { send } = await makeRouter();
    expect(await send('content', 'followUp.composeChoice', { days: 4 })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await send('content', 'followUp.composeChoice', { days: '3' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });
});

describe('a sent message\'s follow-up through task.create', () => {
  it('is stored waiting for any recipient, with the compose\'s own follow-up kept', async () => {
    const { send } = await makeRouter();
    const request = followUpRequest(
      { site: 'gmail', recipients: ['dana@globex.com', 'lee@globex.com'], name: 'Dana Okafor', subject: 'Re: Renewal', threadId: '18fe4a7c2b9d0e11', body: 'See attached.', url: 'https://mail.google.com/mail/u/0/#inbox/abc' },
      { title: 'Follow up with Dana Okafor', categories: {} },
      '2026-12-02',
      'Also sent to:',
      '0123456789abcdef',
    );
    const created = await send('content', 'task.create', request);
    if (!created.ok) throw new Error(created.error.message);
    expect(created.data.task.followUp).toEqual({ closeOnReply: true, state: 'waiting', people: ['dana@globex.com', 'lee@globex.com'], threadId: '18fe4a7c2b9d0e11', subjectKey: 'renewal' });
    // Sent twice (a retry): one task.
    const again = await send('content', 'task.create', request);
    expect(again.ok && again.data.task.id).toBe(created.data.task.id);
    const watch = await send('content', 'followUp.watchSet', { site: 'gmail' });
    expect(watch.ok && watch.data.entries.map((e) => e.taskId)).toEqual([created.data.task.id]);
  });
});
