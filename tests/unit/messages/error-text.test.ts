// A failed request reads in the rep's language: the key the background sent, else its code's
// sentence; English detail stays in the log.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { translator, type Messages } from '@/lib/i18n';
import { ProtocolError, errorInfo } from '@/lib/messages/errors';
import { errorText } from '@/lib/messages/error-text';
import type { SyncErrorKind } from '@/lib/sync/errors';
import type { CrmErrorKind } from '@/lib/crm/errors';

const ZH = JSON.parse(readFileSync('public/_locales/zh_CN/messages.json', 'utf8')) as Messages;
const EN = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Messages;
const zh = translator(ZH, 'zh-CN').t;
const en = translator(EN, 'en').t;

describe('errorText', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says the key with its params, not the English message', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = new ProtocolError({ code: 'forbidden', key: 'errorSiteNotAllowed', params: ['crm.example.com'], message: 'Chrome has not allowed Tasklane on crm.example.com.' });
    expect(errorText(error, zh)).toBe('浏览器尚未允许 Tasklane 在 crm.example.com 上运行。');
    expect(errorText(error, en)).toBe('The browser has not allowed Tasklane on crm.example.com.');
    // The English detail went to the log.
    expect(warn).toHaveBeenCalledWith('[tasklane]', 'forbidden', 'Chrome has not allowed Tasklane on crm.example.com.');
  });

  it('survives the trip as a reply (a plain object, not the class)', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const info = JSON.parse(JSON.stringify(errorInfo(new ProtocolError({ code: 'not_found', key: 'errorTaskGone', message: 'That task no longer exists.' }))));
    expect(info).toEqual({ code: 'not_found', key: 'errorTaskGone', message: 'That task no longer exists.' });
    expect(errorText(new ProtocolError(info), zh)).toBe('该任务已不存在。');
  });

  it('says the code’s sentence without a key, or with one this build does not know', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // The browser's own catalogue does not know the key either.
    vi.spyOn(browser.i18n, 'getMessage').mockReturnValue('');
    const zh = translator(ZH, 'zh-CN').t;
    expect(errorText(new ProtocolError({ code: 'storage_full', message: 'The browser has no room left.' }), zh)).toBe(ZH.errorStorageFull!.message);
    expect(errorText(new ProtocolError({ code: 'bad_request', key: 'errorFromTheFuture', message: 'x' }), zh)).toBe(ZH.errorBadRequest!.message);
    expect(errorText({ code: 'internal', message: 'boom' }, zh)).toBe(ZH.errorInternal!.message);
  });

  it('shows an error the page made itself (already in the rep’s words) as it is', () => {
    expect(errorText(new Error('需要你的许可'), zh)).toBe('需要你的许可');
    expect(errorText(undefined, zh)).toBe(ZH.errorInternal!.message);
  });

  it('has words for every kind of sync and CRM failure', () => {
    const sync: SyncErrorKind[] = ['offline', 'auth', 'permission', 'not_found', 'server', 'bad_answer', 'setup'];
    const crm: CrmErrorKind[] = ['auth', 'rate', 'server', 'offline', 'gone', 'rejected', 'permission'];
    for (const key of [...sync.map((k) => `errorSync_${k}`), ...crm.map((k) => `errorCrm_${k}`)]) {
      expect(ZH[key], key).toBeDefined();
      expect(EN[key], key).toBeDefined();
    }
  });
});
