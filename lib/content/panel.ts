// Mounts the quick-create panel (components/QuickCreatePanel) beside a person's button, in a
// closed shadow root. One panel at a time. It is placed by lib/content/placement.ts so that all
// of it, Create included, is inside the viewport, and placed again whenever its content, the
// viewport or the page's scroll position changes: it follows its button.
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { setOverride } from '@/components/i18n';
import { QuickCreatePanel, type PanelValues } from '@/components/QuickCreatePanel';
import type { ResponseMap } from '@/lib/messages';
import type { KeyShield } from './key-shield';
import { PANEL_CSS, PANEL_WIDTH } from './panel-css';
import { placePanel, type Box, type Size } from './placement';
import { attachClosedShadow, createHost, el } from './shadow';

export interface OpenPanelOptions {
  anchor: Element;
  personLabel: string;
  subject: string | null;
  suggested: ResponseMap['classify.suggest'];
  /** The rep's language and, when it is not the browser's, its messages. */
  strings?: ResponseMap['page.strings'];
  readDue: (text: string) => Promise<{ date: string; time?: string } | null>;
  onSubmit: (values: PanelValues) => Promise<void>;
}

/** The part of the window the page is drawn in (no scrollbars; pinch-zoom aware). */
function viewportSize(): Size {
  const visual = window.visualViewport;
  return visual ? { width: visual.width, height: visual.height } : { width: document.documentElement.clientWidth, height: window.innerHeight };
}

/**
 * `shield` keeps what the rep types in the panel away from the page (lib/content/key-shield.ts).
 * `onPlaced` hears where the panel now is (null: closed), so the toast can keep clear of it.
 */
export function createPanelHost(ctx: ContentScriptContext, shield: KeyShield, onPlaced?: (box: Box | null) => void) {
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;
  let returnFocus: HTMLElement | null = null;
  let stopFollowing: (() => void) | null = null;
  let box: Box | null = null;

  const close = () => {
    stopFollowing?.();
    stopFollowing = null;
    if (mount) render(null, mount);
    host?.remove();
    host = mount = null;
    box = null;
    onPlaced?.(null);
    returnFocus?.focus({ preventScroll: true });
    returnFocus = null;
  };
  ctx.onInvalidated(close);

  /** Places the open panel for `anchor`; the last known spot if the page has removed the button. */
  let lastAnchor: DOMRect | null = null;
  const place = (anchor: Element) => {
    const form = mount?.querySelector<HTMLElement>('.panel');
    if (!host || !form) return;
    if (anchor.isConnected) lastAnchor = anchor.getBoundingClientRect();
    if (!lastAnchor) return;
    // The natural height: all of the content, whatever the current limit cuts off.
    const natural = { width: PANEL_WIDTH, height: form.scrollHeight + (form.offsetHeight - form.clientHeight) };
    const placed = placePanel(lastAnchor, natural, viewportSize());
    host.style.setProperty('left', `${placed.left}px`);
    host.style.setProperty('top', `${placed.top}px`);
    host.style.setProperty('--tl-panel-width', `${placed.width}px`);
    host.style.setProperty('--tl-panel-max-height', `${placed.maxHeight}px`);
    host.dataset.side = placed.side;
    const next = { left: placed.left, top: placed.top, width: placed.width, height: Math.min(natural.height, placed.maxHeight) };
    if (!box || next.left !== box.left || next.top !== box.top || next.width !== box.width || next.height !== box.height) {
      box = next;
      onPlaced?.(box);
    }
  };

  /** Re-places on scroll (the page's or any scrolling box's), resize and content changes, once a frame. */
  const follow = (anchor: Element): (() => void) => {
    let frame = 0;
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(() => {
        frame = 0;
        place(anchor);
      });
    };
    const listening = new AbortController();
    const options = { capture: true, passive: true, signal: listening.signal };
    window.addEventListener('scroll', schedule, options);
    window.addEventListener('resize', schedule, options);
    window.visualViewport?.addEventListener('resize', schedule, options);
    // A warning, a note or opened reasons change the panel's height.
    const content = new MutationObserver(schedule);
    if (mount) content.observe(mount, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['open'] });
    return () => {
      listening.abort();
      content.disconnect();
      cancelAnimationFrame(frame);
    };
  };

  return {
    open(options: OpenPanelOptions, focusAfter: HTMLElement) {
      close();
      returnFocus = focusAfter;
      lastAnchor = null;
      host = createHost('panel', { position: 'fixed', left: '0px', top: '0px', 'z-index': '2147483647' });
      mount = el('div');
      const root = attachClosedShadow(host, PANEL_CSS);
      root.append(mount);
      shield.guard(host, root);
      document.documentElement.append(host);
      setOverride(options.strings?.messages ? { locale: options.strings.locale, messages: options.strings.messages } : null);
      // A theme fixed in Preferences wins over the system's (lib/content/panel-css.ts).
      if (options.strings && options.strings.theme !== 'auto') host.dataset.theme = options.strings.theme;
      render(
        h(QuickCreatePanel, {
          personLabel: options.personLabel,
          subject: options.subject,
          suggested: options.suggested,
          readDue: options.readDue,
          onSubmit: async (values: PanelValues) => {
            await options.onSubmit(values);
            close();
          },
          onCancel: close,
        }),
        mount,
      );
      // Rendering is synchronous: placed before the first paint, and before the panel's
      // effect focuses the title.
      place(options.anchor);
      stopFollowing = follow(options.anchor);
    },
    close,
    /** Where the open panel is, or null. */
    box: () => box,
  };
}
