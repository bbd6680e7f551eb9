// The small button beside each detected person. A click creates the task; shift-click, the
// context-menu key, ArrowDown or a right-click opens the quick-create panel. Only trusted
// events count: a page that forges a click creates nothing.
import { browser } from 'wxt/browser';
import { taskIcon } from './icon';
import { attachClosedShadow, createHost, el } from './shadow';

const CSS = `
button {
  all: unset; box-sizing: border-box; cursor: pointer; display: inline-flex; align-items: center;
  justify-content: center; width: max(16px, 1.15em); height: max(16px, 1.15em); border-radius: 4px;
  color: #2563eb; opacity: 0.75; transition: opacity 120ms, background 120ms;
}
button:hover, button:focus-visible { opacity: 1; background: rgba(37, 99, 235, 0.12); }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
button[aria-busy="true"] { opacity: 0.4; cursor: progress; }
button.done { color: #059669; opacity: 1; }
svg { width: 100%; height: 100%; }
`;

export interface PersonButtonHandlers {
  onCreate: (button: HTMLButtonElement) => void;
  onOpenPanel: (button: HTMLButtonElement) => void;
}

// A page can hold thousands of these, so each button costs as little as it can: the markup is
// cloned from one prototype, and the listeners are the same few functions for every button
// (they find the button's handlers in a WeakMap), not eight new closures per button.
const handlersOf = new WeakMap<EventTarget, PersonButtonHandlers>();
let prototype: HTMLButtonElement | null = null;

/** The page around us (an inbox row, a CRM card) must not also react to our clicks. */
const STOPPED = ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick'] as const;
const stop = (event: Event) => event.stopPropagation();

function onClick(event: MouseEvent) {
  event.stopPropagation();
  event.preventDefault();
  const button = event.currentTarget as HTMLButtonElement;
  const handlers = handlersOf.get(button);
  if (!event.isTrusted || !handlers) return;
  if (event.shiftKey) handlers.onOpenPanel(button);
  else handlers.onCreate(button);
}

function onContextMenu(event: MouseEvent) {
  event.stopPropagation();
  event.preventDefault();
  const button = event.currentTarget as HTMLButtonElement;
  if (event.isTrusted) handlersOf.get(button)?.onOpenPanel(button);
}

function onKeyDown(event: KeyboardEvent) {
  if (!event.isTrusted) return;
  const button = event.currentTarget as HTMLButtonElement;
  if (event.key === 'ArrowDown' || event.key === 'ContextMenu' || (event.key === 'Enter' && event.shiftKey)) {
    event.preventDefault();
    event.stopPropagation();
    handlersOf.get(button)?.onOpenPanel(button);
  } else if (event.key === 'Enter' || event.key === ' ') {
    // Keep the site's own shortcuts (Gmail's Enter opens the row) out of it; the native
    // button turns the key into a trusted click.
    event.stopPropagation();
  }
}

export function createPersonButton(
  personLabel: string,
  handlers: PersonButtonHandlers,
  /** Receives the inner button (inside the closed root) for the keyboard shortcut's panel. */
  onButton?: (button: HTMLButtonElement) => void,
): HTMLElement {
  const host = createHost('button', { display: 'inline-block', 'vertical-align': 'middle', 'margin-inline-start': '4px', 'line-height': '0' });
  const root = attachClosedShadow(host, CSS);
  const label = browser.i18n.getMessage('buttonCreateFor', personLabel);
  prototype ??= el('button', { attrs: { type: 'button', 'aria-haspopup': 'dialog' } }, taskIcon());
  const button = prototype.cloneNode(true) as HTMLButtonElement;
  button.setAttribute('aria-label', label);
  button.setAttribute('title', label);
  root.append(button);
  handlersOf.set(button, handlers);
  onButton?.(button);

  for (const type of STOPPED) button.addEventListener(type, stop);
  button.addEventListener('click', onClick);
  button.addEventListener('contextmenu', onContextMenu);
  button.addEventListener('keydown', onKeyDown);
  return host;
}
