// The small button beside each detected person. A click creates the task; shift-click, the
// context-menu key, ArrowDown or a right-click opens the quick-create panel. Only trusted
// events count: a page that forges a click creates nothing.
//
// A page can hold thousands of these, and busy inboxes re-render rows all day, so a button
// costs as little as it can: a host, a closed shadow root and one childless <button> (the mark
// is drawn by the shared stylesheet), and no listeners of its own. One set of capture
// listeners on the window serves every button: seen from outside a closed shadow root, an
// event inside it targets the host, which tells whose button it was.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { formatMessage } from '@/lib/i18n';
import { request } from '@/lib/messages/client';
import { attachClosedShadow, createHost } from './shadow';

// The mark (a check in a rounded square) in CSS: no SVG nodes to clone per button, and no
// image URL for the page's Content-Security-Policy to refuse.
// Written compact (one rule a line, no optional spaces): it is a string, so no minifier shortens
// it, and every content script carries it.
const CSS = `:host{all:initial!important;display:inline-block!important;vertical-align:middle!important;margin-inline-start:4px!important;line-height:0!important}
button{all:unset;box-sizing:border-box;cursor:pointer;display:inline-flex;position:relative;width:max(16px,1.15em);height:max(16px,1.15em);border-radius:4px;color:#2563eb;opacity:.75;transition:opacity 120ms,background 120ms}
button::before,button::after{content:'';position:absolute;box-sizing:border-box}
button::before{inset:9%;border:1.5px solid currentColor;border-radius:22%}
button::after{left:39%;top:22%;width:22%;height:40%;border:solid currentColor;border-width:0 1.75px 1.75px 0;transform:rotate(45deg)}
button:hover,button:focus-visible{opacity:1;background:#2563eb1f}
button:focus-visible{outline:2px solid #2563eb;outline-offset:1px}
button[aria-busy="true"]{opacity:.4;cursor:progress}
button.done{color:#059669;opacity:1}`;

/** A button's tooltip when what a click does could not load (./actions-loader.ts): in the
 *  rep's language once page.strings has answered, the browser's until then. */
export let unavailable = () => browser.i18n.getMessage('actionsUnavailable');

export interface PersonButtonHandlers {
  onCreate: (button: HTMLButtonElement) => void;
  onOpenPanel: (button: HTMLButtonElement) => void;
}

export interface PersonButton {
  host: HTMLElement;
  /** The real button, inside the closed root: the panel anchors to it, actions mark it busy/done. */
  button: HTMLButtonElement;
}

/** Keys a focused button acts on. */
const BUTTON_KEYS = new Set(['Enter', ' ', 'ArrowDown', 'ContextMenu']);

/** The page around us (an inbox row, a CRM card) must not also react to our clicks. */
const STOPPED = ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick'] as const;

/**
 * Installs the window's listeners for `handlers` (removed with `ctx`) and returns the function
 * that makes one button.
 */
export function personButtons(ctx: ContentScriptContext, handlers: PersonButtonHandlers): { make: (label: string) => PersonButton; rename: (button: HTMLButtonElement, label: string) => void } {
  const buttonOf = new WeakMap<EventTarget, HTMLButtonElement>();
  const ours = (event: Event) => (event.target ? buttonOf.get(event.target) : undefined);
  const capture = { capture: true };
  // Each i18n call crosses into the browser (tens of µs): read the sentence once, with a
  // marker where the name goes, and put each name in with split/join (no `$` patterns).
  const MARK = '\u0000';
  let [before = '', after = ''] = browser.i18n.getMessage('buttonCreateFor', MARK).split(MARK);
  const name = (button: HTMLButtonElement, label: string) => {
    const text = before + label + after;
    button.setAttribute('aria-label', text);
    button.title = text;
  };
  // The rep's language (Options → Preferences), when it is not the browser's: asked once per
  // page for the sentences shown before a click; buttons made before the answer (at
  // document_start) are renamed.
  void request('page.strings', { keys: ['buttonCreateFor', 'actionsUnavailable'] }).then(({ messages }) => {
    const down = messages?.actionsUnavailable?.message;
    if (down) unavailable = () => down;
    const sentence = messages?.buttonCreateFor;
    if (!sentence) return;
    // Where the name sits in the sentences already shown (no copy of each name is kept).
    const cut = [before.length, -after.length || undefined] as const;
    [before = '', after = ''] = formatMessage(sentence, [MARK]).split(MARK);
    for (const host of document.querySelectorAll('tasklane-ui[data-tasklane-button]')) {
      const button = buttonOf.get(host);
      if (button) name(button, button.title.slice(...cut));
    }
  }, () => undefined);

  const onClick = (event: MouseEvent) => {
    const button = ours(event);
    if (!button) return;
    event.stopPropagation();
    event.preventDefault();
    if (!event.isTrusted) return;
    if (event.shiftKey) handlers.onOpenPanel(button);
    else handlers.onCreate(button);
  };
  const onContextMenu = (event: MouseEvent) => {
    const button = ours(event);
    if (!button) return;
    event.stopPropagation();
    event.preventDefault();
    if (event.isTrusted) handlers.onOpenPanel(button);
  };
  // A key the button acts on is the button's in every phase (down, press, up): the site's own
  // shortcuts (Gmail's Enter opens the row) never see it. Stopped immediately, as these
  // listeners come before any of the page's on window (lib/content/key-shield.ts says why).
  const onKey = (event: KeyboardEvent) => {
    const button = ours(event);
    if (!button || !BUTTON_KEYS.has(event.key)) return;
    event.stopImmediatePropagation();
    if (event.type !== 'keydown' || !event.isTrusted) return;
    if (event.key === 'ArrowDown' || event.key === 'ContextMenu' || (event.key === 'Enter' && event.shiftKey)) {
      event.preventDefault();
      handlers.onOpenPanel(button);
    }
    // Enter and Space: the native button turns the key into a trusted click.
  };
  const stop = (event: Event) => {
    if (ours(event)) event.stopPropagation();
  };

  ctx.addEventListener(window, 'click', onClick, capture);
  ctx.addEventListener(window, 'contextmenu', onContextMenu, capture);
  for (const type of ['keydown', 'keypress', 'keyup'] as const) ctx.addEventListener(window, type, onKey, capture);
  for (const type of STOPPED) ctx.addEventListener(window, type, stop, capture);

  // Every button starts as a copy of one host and one button: a copy brings the attributes all
  // of them share in one call into the DOM instead of one call each.
  const host0 = createHost('button');
  const button0 = document.createElement('button');
  button0.type = 'button';
  button0.setAttribute('aria-haspopup', 'dialog');
  const make = (label: string) => {
    const host = host0.cloneNode() as HTMLElement;
    const root = attachClosedShadow(host, CSS);
    const button = button0.cloneNode() as HTMLButtonElement;
    name(button, label);
    root.append(button);
    buttonOf.set(host, button);
    return { host, button };
  };
  return { make, rename: name };
}
