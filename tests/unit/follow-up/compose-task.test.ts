import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { dueFor, followUpRequest, suggestFor, type SentMessage } from '@/lib/follow-up/compose-task';
import { REQUESTS } from '@/lib/messages/protocol';

const sent: SentMessage = {
  site: 'gmail',
  recipients: ['h.schneider@brightwater-logistics.de', 'j.visser@brightwater-logistics.nl', 'priya.raman@northwind-traders.com'],
  name: 'Hanna Schneider',
  subject: 'Re: Demo next Tuesday + EU rollout pricing',
  threadId: null,
  body: 'Hi Hanna,\n pricing attached.',
  url: 'https://mail.google.com/mail/u/0/#inbox?compose=new',
};

describe('dueFor', () => {
  it('counts business days from today, skipping the weekend', () => {
    // 2026-12-04 is a Friday.
    expect(dueFor({ days: 3 }, '2026-12-04')).toBe('2026-12-09');
    expect(dueFor({ days: 1 }, '2026-12-04')).toBe('2026-12-07');
    expect(dueFor({ days: 7 }, '2026-12-07')).toBe('2026-12-16');
    expect(dueFor({ date: '2026-12-24' }, '2026-12-04')).toBe('2026-12-24');
  });
});

describe('followUpRequest', () => {
  const request = followUpRequest(sent, { title: 'Follow up: Demo next Tuesday', categories: { goal: 'close' } }, '2026-12-09', 'Also sent to:', '0123456789abcdef');

  it('is a valid task.create for the first recipient, waiting for any recipient\'s reply', () => {
    expect(v.safeParse(REQUESTS['task.create'].input, request).success).toBe(true);
    expect(request.contact).toEqual({ email: 'h.schneider@brightwater-logistics.de', name: 'Hanna Schneider' });
    expect(request.draft.due).toEqual({ date: '2026-12-09' });
    expect(request.draft.followUp).toEqual({
      closeOnReply: true,
      state: 'waiting',
      people: sent.recipients,
      subjectKey: 'demo next tuesday + eu rollout pricing',
    });
    expect(request.draft.notes).toBe('Also sent to: j.visser@brightwater-logistics.nl, priya.raman@northwind-traders.com');
    expect(request.submissionId).toBe('0123456789abcdef');
  });

  it('links by thread id where the site has one', () => {
    const inThread = followUpRequest({ ...sent, threadId: '18fe47d1a0c3b552', recipients: ['h.schneider@brightwater-logistics.de'] }, { title: 'T', categories: {} }, '2026-12-09', 'Also sent to:', '0123456789abcdef');
    expect(inThread.draft.followUp?.threadId).toBe('18fe47d1a0c3b552');
    expect(inThread.draft.source?.externalId).toBe('18fe47d1a0c3b552');
    expect(inThread.draft.notes).toBe('');
  });

  it('asks the classifier about the first recipient, the subject and the body', () => {
    const question = suggestFor(sent);
    expect(v.safeParse(REQUESTS['classify.suggest'].input, question).success).toBe(true);
    expect(question).toMatchObject({ contact: { email: 'h.schneider@brightwater-logistics.de' }, subject: sent.subject, text: 'Hi Hanna, pricing attached.', site: 'gmail' });
  });
});
