// Tells a sent message from a discarded one. Send (a trusted click on the site's Send button, or
// Ctrl/⌘+Enter in the window) arms the window with what it holds at that moment; the message
// counts as sent when the window then closes — or, for a compose page (Roundcube), when the page
// is left — within SENT_WITHIN_MS. A Discard click disarms it: a discarded draft creates nothing.
// A Send the site refuses (no recipient, an error) leaves the window open: nothing either.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ComposeMarks, PageContext, SiteId } from '../detect/types';
import type { ComposeControl } from './compose-control';
import type { FollowUpChoice, SentMessage } from './compose-task';
import { addressIn } from './shown-messages';

const SENT_WITHIN_MS = 20_000;
const CHECK_EVERY_MS = 250;

export interface ComposeSendDeps {
  ctx: ContentScriptContext;
  marks: ComposeMarks;
  site: SiteId;
  /** Thread ids name conversations on this site (not single messages). */
  threadIds: boolean;
  context: (anchor: Element) => PageContext;
  self: () => ReadonlySet<string>;
  /** Makes the control for a window (its starting choice is the rep's last). */
  control: () => Promise<ComposeControl>;
  sent: (message: SentMessage, choice: FollowUpChoice) => void;
}

interface Armed {
  message: SentMessage;
  choice: FollowUpChoice;
  at: number;
}

/** The compose window around `target`: the innermost marked ancestor that holds a Send button. */
export function composeWindowOf(target: Element, marks: ComposeMarks): Element | null {
  let window = target.closest(marks.window);
  while (window && !window.querySelector(marks.send)) window = window.parentElement?.closest(marks.window) ?? null;
  return window;
}

/** What the window holds: recipients (To before Cc, the rep's own left out), subject, thread, body. */
export function readCompose(window: Element, deps: Pick<ComposeSendDeps, 'marks' | 'site' | 'threadIds' | 'context' | 'self'>): SentMessage {
  const { marks } = deps;
  const self = deps.self();
  const recipients: string[] = [];
  let name: string | null = null;
  for (const chip of window.querySelectorAll(marks.recipients)) {
    const email = addressIn(chip);
    if (!email || self.has(email) || recipients.includes(email)) continue;
    if (!recipients.length) {
      const shown = (chip.getAttribute('data-name') ?? chip.getAttribute('name') ?? chip.textContent ?? '').trim();
      name = shown && !shown.includes('@') ? shown.slice(0, 120) : null;
    }
    recipients.push(email);
  }
  const send = window.querySelector(marks.send) ?? window;
  const context = deps.context(send);
  const field = window.querySelector<HTMLInputElement>(marks.subject);
  const bodyEl = window.querySelector(marks.body);
  // A textarea's text is its value (Roundcube's plain-text editor); a rich editor's is its text.
  const body = bodyEl?.localName === 'textarea' ? (bodyEl as HTMLTextAreaElement).value : (bodyEl?.textContent ?? '');
  const href = window.ownerDocument.URL;
  return {
    site: deps.site,
    recipients,
    name,
    subject: field?.value?.trim() || context.subject,
    threadId: deps.threadIds ? context.threadId : null,
    body: body.slice(0, 4000),
    url: /^https?:/.test(href) ? href : null,
  };
}

const closed = (window: Element) => !window.isConnected || window.getClientRects().length === 0;

export function composeSend(deps: ComposeSendDeps) {
  const { ctx, marks } = deps;
  const controls = new WeakMap<Element, ComposeControl>();
  const armed = new Map<Element, Armed>();
  let checking = false;

  const finish = (window: Element) => {
    const entry = armed.get(window);
    armed.delete(window);
    if (entry) deps.sent(entry.message, entry.choice);
  };
  const check = () => {
    checking = false;
    const now = Date.now();
    for (const [window, entry] of armed) {
      if (closed(window)) finish(window);
      else if (now - entry.at > SENT_WITHIN_MS) armed.delete(window); // refused, or still open: not sent
    }
    if (armed.size && !checking) {
      checking = true;
      ctx.setTimeout(check, CHECK_EVERY_MS);
    }
  };

  const arm = (window: Element) => {
    const choice = controls.get(window)?.choice();
    if (!choice) return;
    const message = readCompose(window, deps);
    if (!message.recipients.length) return;
    armed.set(window, { message, choice, at: Date.now() });
    if (!checking) {
      checking = true;
      ctx.setTimeout(check, CHECK_EVERY_MS);
    }
  };

  const windowFrom = (event: Event): Element | null => {
    const target = event.target;
    return target instanceof Element ? composeWindowOf(target, marks) : null;
  };
  ctx.addEventListener(window, 'click', (event) => {
    if (!event.isTrusted || !(event.target instanceof Element)) return;
    const win = windowFrom(event);
    if (!win || !controls.has(win)) return;
    if (event.target.closest(marks.discard)) armed.delete(win);
    else if (event.target.closest(marks.send)) arm(win);
  }, { capture: true });
  ctx.addEventListener(window, 'keydown', (event) => {
    if (!event.isTrusted || !(event.ctrlKey || event.metaKey) || event.key !== 'Enter') return;
    const win = windowFrom(event);
    if (win && controls.has(win)) arm(win);
  }, { capture: true });
  // A compose page is left when its message is sent: what was armed then is sent.
  if (marks.isPage) ctx.addEventListener(window, 'pagehide', () => [...armed.keys()].forEach(finish));

  return {
    /** Puts the control beside the Send button of the window around `target` (once per window). */
    async attach(target: Element) {
      const win = composeWindowOf(target, marks);
      if (!win || controls.has(win)) return;
      const send = win.querySelector(marks.send);
      if (!send) return;
      const control = await deps.control();
      if (controls.has(win)) return;
      controls.set(win, control);
      send.after(control.host);
    },
  };
}
