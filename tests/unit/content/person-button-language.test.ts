// @vitest-environment happy-dom
// The person buttons' names follow Options → Preferences → Language (issue 17, item 3): buttons
// go on at document_start in the browser's language; once the worker answers with the chosen
// language's sentence, those already on the page are renamed (names with spaces, CJK and `$`
// kept whole) and later ones are made in it. With the browser's own language chosen nothing moves.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { personButtons, unavailable } from '@/lib/content/person-button';
import type { Messages } from '@/lib/i18n';
import { resetFakeBrowser } from '../../helpers/fake-browser';

const ZH = JSON.parse(readFileSync('public/_locales/zh_CN/messages.json', 'utf8')) as Messages;
const ctx = { addEventListener: () => undefined } as unknown as ContentScriptContext;
const handlers = { onCreate: () => undefined, onOpenPanel: () => undefined };

/** The worker, answering page.strings when the test says so. */
function worker() {
  const asked: unknown[] = [];
  let answer: (messages: Messages | null) => void = () => undefined;
  const answered = new Promise<Messages | null>((resolve) => (answer = resolve));
  fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender: unknown, respond: (reply: unknown) => void) => {
    asked.push(message);
    void answered.then((messages) => respond({ ok: true, data: { locale: messages ? 'zh-CN' : 'en', messages, theme: 'auto' } }));
    return true;
  });
  return { asked, answer };
}

const names = (...buttons: { button: HTMLButtonElement }[]) => buttons.map(({ button }) => [button.getAttribute('aria-label'), button.title]);

beforeEach(() => {
  resetFakeBrowser();
  document.body.replaceChildren();
});

describe('the person buttons’ names', () => {
  it('are renamed in the chosen language once the worker answers, and made in it afterwards', async () => {
    const { asked, answer } = worker();
    const { make } = personButtons(ctx, handlers);
    const dana = make('Dana Okafor');
    const wei = make('张伟 $1 $$');
    document.body.append(dana.host, wei.host);
    expect(names(dana, wei)).toEqual([
      ['Create follow-up task for Dana Okafor', 'Create follow-up task for Dana Okafor'],
      ['Create follow-up task for 张伟 $1 $$', 'Create follow-up task for 张伟 $1 $$'],
    ]);
    // One question per page, for the sentences shown before a click.
    expect(asked).toEqual([{ tasklane: 1, type: 'page.strings', payload: { keys: ['buttonCreateFor', 'actionsUnavailable'] } }]);

    answer({ buttonCreateFor: ZH.buttonCreateFor!, actionsUnavailable: ZH.actionsUnavailable! });
    await vi.waitFor(() => expect(dana.button.title).toBe('为 Dana Okafor 创建跟进任务'));
    expect(names(dana, wei)).toEqual([
      ['为 Dana Okafor 创建跟进任务', '为 Dana Okafor 创建跟进任务'],
      ['为 张伟 $1 $$ 创建跟进任务', '为 张伟 $1 $$ 创建跟进任务'],
    ]);
    expect(names(make('Priya Raman'))).toEqual([['为 Priya Raman 创建跟进任务', '为 Priya Raman 创建跟进任务']]);
    // A button whose click could not load its actions says so in that language too.
    expect(unavailable()).toBe(ZH.actionsUnavailable!.message);
  });

  it('stay in the browser’s language when that is the rep’s', async () => {
    const { asked, answer } = worker();
    const { make } = personButtons(ctx, handlers);
    const dana = make('Dana Okafor');
    document.body.append(dana.host);
    answer(null);
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(names(dana, make('Wei'))).toEqual([
      ['Create follow-up task for Dana Okafor', 'Create follow-up task for Dana Okafor'],
      ['Create follow-up task for Wei', 'Create follow-up task for Wei'],
    ]);
  });
});
