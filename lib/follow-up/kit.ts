// The follow-up script: loaded into a page's isolated world on first need (a compose window was
// focused, or the page's site has follow-ups waiting for a reply), so pages that need neither pay
// nothing for it (lib/content/follow-up-hook.ts). Wires the compose control and the reply watch
// to the background's requests.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ToastOptions } from '../content/toast';
import { formatDue } from '../dates/format';
import { todayLocal } from '../dates/today';
import type { PageContext, SiteAdapter } from '../detect/types';
import { translator, uiLocale } from '../i18n';
import { MAX } from '../model/limits';
import { request } from '../messages/client';
import { errorText } from '../messages/error-text';
import type { WatchEntry } from './reply-match';
import { composeControl } from './compose-control';
import { composeSend } from './compose-send';
import { dueFor, followUpRequest, suggestFor, type FollowUpChoice, type SentMessage } from './compose-task';
import { replyWatch } from './reply-watch';

export interface KitDeps {
  ctx: ContentScriptContext;
  adapter: () => SiteAdapter | null;
  context: (anchor: Element) => PageContext;
  self: () => ReadonlySet<string>;
  url: () => URL;
  notify: (text: string, options: ToastOptions) => void;
}

export interface FollowUpKit {
  watch(entries: readonly WatchEntry[]): void;
  scan(roots: readonly ParentNode[]): void;
  compose(target: Element): void;
}

/**
 * The rep's language (Preferences → Language), asked at each use as the buttons' actions ask it
 * (lib/content/actions.ts), so a change there shows on the next compose window; the browser's
 * when the worker cannot say.
 */
function words() {
  return request('page.strings', {}).then(
    ({ locale, messages }) => ({ locale, ...translator(messages, locale) }),
    () => ({ locale: uiLocale(), ...translator(null) }),
  );
}

function submissionId(): string {
  return [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function createFollowUpKit(deps: KitDeps): FollowUpKit {
  const adapter = deps.adapter();
  const site = adapter?.id ?? 'generic';
  const watch = adapter?.messages
    ? replyWatch({
        marks: adapter.messages,
        context: deps.context,
        self: deps.self,
        url: deps.url,
        report: (reply) =>
          void request('followUp.replySeen', { ...reply, site, ...(/^https?:/.test(location.href) && location.href.length <= MAX.url ? { url: location.href } : {}) }).catch(() => {
            // The page saw it; a later page will see it again if the worker could not take it now.
          }),
      })
    : null;

  const sent = async (message: SentMessage, choice: FollowUpChoice) => {
    const { t, locale } = await words();
    try {
      const today = todayLocal();
      const due = dueFor(choice, today);
      const { suggestion } = await request('classify.suggest', suggestFor(message));
      const reply = await request('task.create', followUpRequest(message, suggestion, due, t('followUpAlsoSentTo'), submissionId()));
      const who = message.name ?? message.recipients[0]!;
      deps.notify(t('followUpSet', who, formatDue(reply.task.due ?? due, locale, today)), { closeLabel: t('close') });
    } catch (error) {
      deps.notify(errorText(error, t), { error: true, closeLabel: t('close') });
    }
  };
  const compose = adapter?.compose
    ? composeSend({
        ctx: deps.ctx,
        marks: adapter.compose,
        site,
        threadIds: adapter.messages?.threadIds ?? false,
        context: deps.context,
        self: deps.self,
        control: async () => {
          const [{ days }, strings] = await Promise.all([request('followUp.composeChoice', {}).catch(() => ({ days: 0 as const })), words()]);
          return composeControl(strings, days, (next) => {
            const choice = next as 0 | 1 | 2 | 3 | 5 | 7;
            void request('followUp.composeChoice', { days: choice }).catch(() => undefined);
          });
        },
        sent: (message, choice) => void sent(message, choice),
      })
    : null;

  return {
    watch: (entries) => watch?.set(entries),
    scan: (roots) => watch?.scan(roots),
    compose: (target) => void compose?.attach(target),
  };
}
