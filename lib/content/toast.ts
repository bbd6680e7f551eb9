// One toast at a time, bottom-left, saying what just happened, with Undo when it can. While the
// quick-create panel is open the toast takes a corner the panel leaves free (and the panel sits
// above it), so it never covers the panel.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { KeyShield } from './key-shield';
import { toastCorner, TOAST_INSET, type Box } from './placement';
import { attachClosedShadow, createHost, el } from './shadow';

const CSS = `
.toast {
  display: flex; align-items: center; gap: 12px; max-width: min(480px, calc(100vw - 32px));
  padding: 10px 14px; border-radius: 8px; background: #1f2937; color: #f9fafb;
  font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif;
  box-shadow: 0 4px 16px rgba(0,0,0,.25);
}
.text { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.toast.error { background: #7f1d1d; }
.body { display: flex; flex-direction: column; min-width: 0; }
.note { color: #fcd34d; font-size: 13px; }
button { all: unset; cursor: pointer; color: #93c5fd; font-weight: 600; }
button:focus-visible { outline: 2px solid #93c5fd; outline-offset: 2px; }
`;

const SHOW_MS = 8_000;

export interface ToastOptions {
  error?: boolean;
  action?: { label: string; run: () => void };
  /** A second line that wraps instead of being cut off (the storage warning). */
  note?: string;
  /** The close button's name, in the rep's language (Preferences → Language): the caller knows it. */
  closeLabel: string;
}

/** `avoid`: where the open panel is, if any. */
export function createToaster(ctx: ContentScriptContext, shield: KeyShield, avoid: () => Box | null = () => null) {
  let host: HTMLElement | null = null;
  let slot: HTMLElement | null = null;
  let timer = 0;

  /** Puts the toast in the first corner clear of the panel. */
  const position = () => {
    if (!host?.isConnected) return;
    const { width, height } = host.getBoundingClientRect();
    const corner = toastCorner({ width, height }, { width: document.documentElement.clientWidth, height: window.innerHeight }, avoid());
    const [vertical, horizontal] = corner.split('-') as ['top' | 'bottom', 'left' | 'right'];
    for (const side of ['top', 'bottom', 'left', 'right']) host.style.removeProperty(side);
    host.style.setProperty(vertical, `${TOAST_INSET}px`);
    host.style.setProperty(horizontal, `${TOAST_INSET}px`);
    host.dataset.corner = corner;
  };

  const hide = () => {
    host?.remove();
    clearTimeout(timer);
  };
  ctx.onInvalidated(hide);

  return {
    show(message: string, options: ToastOptions) {
      if (!host || !slot) {
        host = createHost('toast', { position: 'fixed', left: `${TOAST_INSET}px`, bottom: `${TOAST_INSET}px`, 'z-index': '2147483646' });
        slot = el('div');
        // A slot element, not the root itself, is emptied: the root may hold a <style>.
        const root = attachClosedShadow(host, CSS);
        root.append(slot);
        // Enter or Space on Undo is for Undo, not for the page's shortcuts.
        shield.guard(host, root);
      }
      const text = el('span', { class: 'text', text: message, attrs: { title: message } });
      const body = options.note ? el('div', { class: 'body' }, text, el('span', { class: 'note', text: options.note })) : text;
      const box = el('div', { class: options.error ? 'toast error' : 'toast', attrs: { role: options.error ? 'alert' : 'status' } }, body);
      if (options.action) {
        const { label, run } = options.action;
        const action = el('button', { text: label, attrs: { type: 'button' } });
        action.addEventListener('click', (event) => {
          if (!event.isTrusted) return;
          hide();
          run();
        });
        box.append(action);
      }
      const close = el('button', { text: '×', attrs: { type: 'button', 'aria-label': options.closeLabel } });
      close.addEventListener('click', (event) => event.isTrusted && hide());
      box.append(close);
      slot.replaceChildren(box);
      if (!host.isConnected) document.documentElement.append(host);
      position();
      clearTimeout(timer);
      timer = ctx.setTimeout(hide, SHOW_MS);
    },
    hide,
    /** Moves the toast clear of the panel after the panel moved. */
    reposition: position,
  };
}

export type Toaster = ReturnType<typeof createToaster>;
