// The message around a clicked person crosses the boundary in classify.suggest's own fields, each
// validated and capped, and reaches the classifier under the names its input takes.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { classifierInput } from '@/lib/background/classify-page';
import { suggestRequest } from '@/lib/content/follow-up';
import { REQUESTS } from '@/lib/messages/protocol';
import { DEFAULT_SETTINGS } from '@/lib/model/settings';
import { MAX } from '@/lib/model/limits';
import { personOn, savedPage } from '../../helpers/page-message';
import { makeRouter } from '../../helpers/router';

const FIELDS = {
  subject: '关于三月份订单的交期确认',
  body: '麻烦下周三前确认一下交期',
  quoted: '------------------ 原始邮件 ------------------\n请在 12 月 15 日前回复。',
  signature: '谢谢！\n王磊\n恒达机械制造有限公司',
  sentDate: '2026-12-02',
  sender: { email: 'wang.lei@hengda-machinery.cn', name: '王磊' },
};

describe('classify.suggest with the message fields', () => {
  it('accepts them from a content script', async () => {
    const { send } = await makeRouter();
    expect(await send('content', 'classify.suggest', { site: 'qqmail', contact: { email: 'wang.lei@hengda-machinery.cn' }, ...FIELDS })).toMatchObject({ ok: true, data: { suggestion: { title: expect.any(String) } } });
  });

  it.each([
    ['a body over the cap', { body: 'x'.repeat(MAX.text + 1) }],
    ['quoted history over the cap', { quoted: 'x'.repeat(MAX.text + 1) }],
    ['a date that is no date', { sentDate: '2026-13-40' }],
    ['a sent date in words', { sentDate: 'yesterday' }],
    ['a sender address that is none', { sender: { email: 'not an address' } }],
    ['a sender name over the cap', { sender: { name: 'n'.repeat(MAX.name + 1) } }],
    ['markup where a date belongs', { sentDate: '<b>2026-12-02</b>' }],
  ])('refuses %s', async (_, bad) => {
    const { send } = await makeRouter();
    expect(await send('content', 'classify.suggest', { ...FIELDS, ...bad })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('a page person\'s request (QQ Mail frame page) passes the schema with every field the page gave', () => {
    const request = suggestRequest(personOn(savedPage('context/qqmail-frame-order'), 'wang.lei@hengda-machinery.cn'));
    const parsed = v.parse(REQUESTS['classify.suggest'].input, request);
    expect(parsed).toMatchObject({ site: 'qqmail', subject: '关于三月份订单的交期确认', sentDate: '2026-12-02', sender: { email: 'wang.lei@hengda-machinery.cn', name: '王磊' } });
    expect(parsed.body).toContain('下周三前');
    expect(parsed.quoted).toContain('12 月 15 日前');
    expect(parsed.signature).toContain('恒达机械制造有限公司');
    // The classifier's text is the newest message alone, not the history.
    expect(parsed.text).not.toContain('12 月 15 日前');
  });
});

describe('classifierInput', () => {
  it('hands the fields over under the classifier\'s names, with the rep\'s today in their zone', () => {
    const payload = v.parse(REQUESTS['classify.suggest'].input, { site: 'qqmail', ...FIELDS });
    const input = classifierInput(payload, { settings: DEFAULT_SETTINGS, history: { openTasks: 0, totalTasks: 0 }, now: new Date('2026-12-06T23:30:00Z'), locale: 'zh-CN', timeZone: 'Asia/Shanghai' });
    expect(input).toMatchObject({
      site: 'qqmail',
      subject: FIELDS.subject,
      // The newest message's own text is what the classifier reads as the email's text.
      text: FIELDS.body,
      quoted: FIELDS.quoted,
      signature: FIELDS.signature,
      sentAt: '2026-12-02',
      today: '2026-12-07',
      timeZone: 'Asia/Shanghai',
      locale: 'zh-CN',
    });
  });

  it('what the page did not give is null, never made up', () => {
    const input = classifierInput(v.parse(REQUESTS['classify.suggest'].input, { subject: 'Hi' }), { settings: DEFAULT_SETTINGS, history: { openTasks: 0, totalTasks: 0 }, now: new Date('2026-12-06T12:00:00Z'), locale: 'en', timeZone: 'Europe/London' });
    expect(input).toMatchObject({ text: null, quoted: null, signature: null, sentAt: null, today: '2026-12-06' });
  });
});

describe('actions.load', () => {
  it('injects only into a page\'s frame, and never for another extension', async () => {
    const { send } = await makeRouter();
    expect(await send('otherExtension', 'actions.load', {})).toMatchObject({ ok: false });
    // The popup has no tab to inject into.
    expect(await send('popup', 'actions.load', {})).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });
});
