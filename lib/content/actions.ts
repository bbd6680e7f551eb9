// What the in-page buttons do: create at once with the suggestion (toast with Undo), or open
// the quick-create panel. Errors become a toast; nothing throws out of the content script.
import { translator, uiLocale, type Translate } from '@/lib/i18n';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { request } from '@/lib/messages/client';
import { errorText } from '@/lib/messages/error-text';
import { createdToast } from './created-toast';
import { createRequest, newSubmissionId, personLabel, subjectOf, suggestRequest, type PersonOnPage } from './follow-up';
import type { TaskCategories } from '@/lib/model/category';
import type { KeyShield } from './key-shield';
import { loadPanelFactory } from './panel-loader';
import { createToaster, type ToastOptions } from './toast';

/** `read`: the person with the message around them read (./page-message.ts). */
export function createActions(ctx: ContentScriptContext, shield: KeyShield, read: (person: PersonOnPage) => Promise<PersonOnPage>) {
  let panel: ReturnType<Awaited<ReturnType<typeof loadPanelFactory>>> | undefined;
  const toaster = createToaster(ctx, shield, () => panel?.box() ?? null);
  // The rep's language (Options → Preferences), asked for with each action so a change there
  // shows on the next click; the browser's until the answer comes.
  let t: Translate = translator(null).t;
  // The last ask for the words: an error waits for it, so it is said in the rep's language too.
  let asked: Promise<unknown> = Promise.resolve();
  const words = () => {
    // Unanswered (the worker restarting, the extension gone): the words of the last answer stay.
    const answer = request('page.strings', {}).then(
      (strings) => {
        t = translator(strings.messages, strings.locale).t;
        return strings;
      },
      () => ({ locale: uiLocale(), messages: null, theme: 'auto' as const }),
    );
    asked = answer;
    return answer;
  };

  const fail = (error: unknown) => void asked.then(() => toaster.show(errorText(error, t), { error: true, closeLabel: t('close') }));

  async function undo(id: string, undoToken: string) {
    try {
      await request('task.undoCreate', { id, undoToken });
      toaster.show(t('toastUndone'), { closeLabel: t('close') });
    } catch (error) {
      fail(error);
    }
  }

  /** `submissionId`: a panel submission, created even beside an open task for this person and
   *  conversation (what the rep typed is never dropped); a one-click gets that open task back. */
  async function save(person: PersonOnPage, values: Parameters<typeof createRequest>[1] & { corrections?: TaskCategories }, button: HTMLButtonElement, submissionId?: string) {
    // The categories the rep corrected in the panel travel with the create, to be remembered.
    const corrections = values.corrections ? { corrections: values.corrections } : {};
    const reply = await request('task.create', { ...createRequest(person, values, { submissionId }), ...corrections });
    button.classList.add('done');
    const { text, undoToken, note } = createdToast(reply, (key, ...subs) => t(key, ...subs));
    toaster.show(text, {
      closeLabel: t('close'),
      ...(undoToken ? { action: { label: t('undo'), run: () => void undo(reply.task.id, undoToken) } } : {}),
      ...(note ? { note } : {}),
    });
  }

  return {
    /** A toast of the content script's own (the follow-up script's "Follow-up set", its errors). */
    notify: (text: string, options: ToastOptions) => toaster.show(text, options),

    async createNow(clicked: PersonOnPage, button: HTMLButtonElement) {
      if (button.getAttribute('aria-busy') === 'true') return;
      button.setAttribute('aria-busy', 'true');
      try {
        const person = await read(clicked);
        const [{ suggestion }] = await Promise.all([request('classify.suggest', suggestRequest(person)), words()]);
        await save(person, suggestion, button);
      } catch (error) {
        fail(error);
      } finally {
        button.removeAttribute('aria-busy');
      }
    },

    async openPanel(clicked: PersonOnPage, button: HTMLButtonElement) {
      try {
        const person = await read(clicked);
        const [suggested, factory, strings] = await Promise.all([
          request('classify.suggest', suggestRequest(person)),
          loadPanelFactory(),
          words(),
        ]);
        panel ??= factory(ctx, shield, () => toaster.reposition());
        // One id per opening: pressing Create again after an error retries the same submission.
        const submissionId = newSubmissionId();
        panel.open(
          {
            anchor: button,
            personLabel: personLabel(person.contact) || t('thisPerson'),
            subject: subjectOf(person) ?? null,
            strings,
            suggested,
            readDue: async (text) => (await request('classify.suggest', suggestRequest(person, text))).dueFromText,
            onSubmit: (values) => save(person, values, button, submissionId),
          },
          button,
        );
      } catch (error) {
        fail(error);
      }
    },
  };
}
