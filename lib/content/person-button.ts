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

export function createPersonButton(
  personLabel: string,
  handlers: PersonButtonHandlers,
  /** Receives the inner button (inside the closed root) for the keyboard shortcut's panel. */
  onButton?: (button: HTMLButtonElement) => void,
): HTMLElement {
  const host = createHost('button', { display: 'inline-block', 'vertical-align': 'middle', 'margin-inline-start': '4px', 'line-height': '0' });
  const root = attachClosedShadow(host, CSS);
  const label = browser.i18n.getMessage('buttonCreateFor', personLabel);
  const button = el('button', { attrs: { type: 'button', 'aria-label': label, title: label, 'aria-haspopup': 'dialog' } }, taskIcon());
  root.append(button);
  onButton?.(button);

  // The page around us (an inbox row, a CRM card) must not also react to our clicks.
  for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick']) {
    button.addEventListener(type, (event) => event.stopPropagation());
  }
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    event.preventDefault();
    if (!event.isTrusted) return;
    if (event.shiftKey) handlers.onOpenPanel(button);
    else handlers.onCreate(button);
  });
  button.addEventListener('contextmenu', (event) => {
    event.stopPropagation();
    event.preventDefault();
    if (event.isTrusted) handlers.onOpenPanel(button);
  });
  button.addEventListener('keydown', (event) => {
    if (!event.isTrusted) return;
    if (event.key === 'ArrowDown' || event.key === 'ContextMenu' || (event.key === 'Enter' && event.shiftKey)) {
      event.preventDefault();
      event.stopPropagation();
      handlers.onOpenPanel(button);
    } else if (event.key === 'Enter' || event.key === ' ') {
      // Keep the site's own shortcuts (Gmail's Enter opens the row) out of it; the native
      // button turns the key into a trusted click.
      event.stopPropagation();
    }
  });
  return host;
}
