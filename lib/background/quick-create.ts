// Creating a task without a button: the keyboard shortcut (a manifest command) and the
// context menu on selected text and links. On a supported page the shortcut opens the
// in-page panel for the person there; elsewhere it files the page itself. The title's
// "Follow up: " and the notifications speak the rep's language (./strings.ts).
import { browser, type Browser } from 'wxt/browser';
import { addBusinessDays } from '../dates/local-date';
import { todayLocal } from '../dates/today';
import { translator, type Translate } from '../i18n';
import { errorText } from '../messages/error-text';
import { errorInfoOf } from '../messages/router';
import { MAX, type ContactInput, type TaskDraft } from '../model';

export const CREATE_COMMAND = 'create-task';
export const MENU_ID = 'tasklane-create';

/** What a content script answers to the shortcut: whether it opened its panel. */
export interface CommandReply {
  handled: boolean;
}

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/i;
const PHONE = /\+?\d[\d\s().-]{6,20}\d/;

const clip = (text: string, max: number) => text.replace(/\s+/g, ' ').trim().slice(0, max);

function httpUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) && url.length <= MAX.url ? url : undefined;
}

/** The follow-up a context-menu click describes: selection → title (and notes), mailto/tel → person. */
export function draftFromContext(
  info: Pick<Browser.contextMenus.OnClickData, 'selectionText' | 'linkUrl' | 'pageUrl'>,
  tab: { title?: string } | undefined,
  now: Date,
  /** "Follow up: " in the UI's language. */
  prefix = 'Follow up: ',
  /** Settings.defaultDueOffsetDays: business days ahead, as for a one-click task without a date. */
  dueOffsetDays = 1,
) {
  const selection = clip(info.selectionText ?? '', MAX.notes);
  const link = info.linkUrl ?? '';
  const contact: ContactInput = {} as ContactInput;
  if (link.startsWith('mailto:')) contact.email = decodeURIComponent(link.slice(7).split('?')[0] ?? '').toLowerCase();
  else if (link.startsWith('tel:')) contact.phone = clip(decodeURIComponent(link.slice(4)), MAX.phone);
  else {
    const email = selection.match(EMAIL)?.[0];
    const phone = selection.match(PHONE)?.[0];
    if (email) contact.email = email.toLowerCase();
    if (phone) contact.phone = clip(phone, MAX.phone);
  }
  const subject = selection || clip(tab?.title ?? '', MAX.title) || (contact.email ?? contact.phone ?? link);
  const url = httpUrl(link) ?? httpUrl(info.pageUrl);
  const draft: TaskDraft = {
    title: clip(`${prefix}${subject}`, MAX.title),
    notes: selection.length > 120 ? selection : '',
    priority: 'normal',
    categories: {},
    due: { date: addBusinessDays(todayLocal(now), dueOffsetDays) },
    source: { site: 'generic', ...(url ? { url } : {}), ...(tab?.title ? { title: clip(tab.title, MAX.sourceTitle) } : {}) },
  };
  // What the classifier reads (lib/background/quick-add.ts): the selection, else the page's title.
  const hints = { ...(selection ? { selection } : {}), ...(tab?.title ? { pageTitle: clip(tab.title, MAX.sourceTitle) } : {}) };
  return { draft, contact: contact.email || contact.phone ? contact : undefined, hints };
}

/** What a create answers: the task, and whether it is kept or lasts only this session. */
type Created = { task: { title: string }; storage: 'persistent' | 'memory' };
/** Classifies the draft (the same classifier as a click on a page) and creates the task. */
type Create = (draft: TaskDraft, contact: ContactInput | undefined, hints: { selection?: string; pageTitle?: string }) => Promise<Created>;

/**
 * `dueOffsetDays` reads the rep's setting at each use, so a change applies at once; `strings`
 * the language (Preferences → Language) likewise. The menu itself is made, in that language,
 * by ./language-surfaces.ts.
 */
export function setUpQuickCreate(create: Create, dueOffsetDays: () => Promise<number>, strings: () => Promise<Translate>): void {
  /** Classifies and creates what the menu or the shortcut describes, and says how it went. */
  const createFrom = async (info: Parameters<typeof draftFromContext>[0], tab: Parameters<typeof draftFromContext>[1]) => {
    // Without the settings, the browser's language still says what happened.
    const t = await strings().catch(() => translator(null).t);
    try {
      const { draft, contact, hints } = draftFromContext(info, tab, new Date(), t('followUpPrefix'), await dueOffsetDays());
      notifyCreated(await create(draft, contact, hints), t);
    } catch (error) {
      notifyError(error, t);
    }
  };

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    void createFrom(info, tab);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== CREATE_COMMAND || tab?.id === undefined) return;
    void fromShortcut(tab, createFrom);
  });
}

async function fromShortcut(tab: Browser.tabs.Tab, createFrom: (info: { pageUrl?: string }, tab: Browser.tabs.Tab) => Promise<void>) {
  try {
    // A page with our content script opens its panel for the person there.
    const reply = (await browser.tabs.sendMessage(tab.id!, { tasklane: 1, event: 'command', command: CREATE_COMMAND })) as CommandReply | undefined;
    if (reply?.handled) return;
  } catch {
    // No content script on this page: file the page itself (activeTab lets us read its title).
  }
  await createFrom({ pageUrl: tab.url }, tab);
}

function notifyCreated({ task, storage }: Created, t: Translate) {
  void browser.notifications.create(`tasklane:created:${Date.now()}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('toastCreated', task.title),
    // In memory the one thing the rep must know is that the task will not last.
    message: t(storage === 'memory' ? 'toastSessionOnly' : 'createdHint'),
  });
}

/** A failed create in the rep's words: its key, or its code's sentence; the English goes to the log. */
export function failureNotice(error: unknown, t: Translate): string {
  return errorText(errorInfoOf(error), t);
}

function notifyError(error: unknown, t: Translate) {
  void browser.notifications.create(`tasklane:error:${Date.now()}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('errorTitle'),
    message: failureNotice(error, t),
  });
}
