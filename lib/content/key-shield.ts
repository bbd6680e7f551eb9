// What the rep types into our in-page UI is for us alone. Keyboard, input, composition and
// clipboard events are composed: they leave a closed shadow root retargeted to its host, and
// every page listener on their way sees them — a page's shortcut handler takes `e`, `#` or `x`
// typed into the panel's title for keys pressed on a non-editable element (with Gmail's
// shortcuts on: archive, delete, select), and any page can log the text. Stopping them at the
// host is too late: capture listeners on window and document run before the event ever gets
// there.
//
// So the shield is the first listener on the whole path: a capture listener on window, added
// when the content script starts (document_start: before any script of the page has run, so
// before any listener of the page's). For an event from a guarded host it stops everything
// after itself (the page's window listeners, and all of the path below) and dispatches a copy
// to the element inside that the event was for, in a dispatch that cannot leave the shadow root
// (composed: false): the UI's own handlers still run. What the browser does with the key (the
// text going into the field, Tab moving focus, Enter submitting the form) belongs to the
// original event and still happens, unless a handler prevents the copy.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const SHIELDED = [
  'keydown', 'keypress', 'keyup',
  'beforeinput', 'input', 'textInput',
  'compositionstart', 'compositionupdate', 'compositionend',
  'paste', 'copy', 'cut',
] as const;

export interface KeyShield {
  /** From now on, what is typed inside `host` (whose closed shadow root is `root`) stays there. */
  guard(host: Element, root: ShadowRoot): void;
}

export function keyShield(ctx: ContentScriptContext): KeyShield {
  const guarded = new WeakMap<EventTarget, ShadowRoot>();
  const onEvent = (event: Event) => {
    // Seen from window, an event inside a closed root targets the host.
    const root = event.target ? guarded.get(event.target) : undefined;
    if (!root) return;
    event.stopImmediatePropagation();
    // The focused element is the one typed into (or copied from, or pasted into).
    const inside = root.activeElement;
    if (inside && !inside.dispatchEvent(copyOf(event))) event.preventDefault();
  };
  // A field's caret moves with every key, and each move fires `selectionchange` at the
  // document: the rep's typing rhythm. Nothing inside needs it.
  // When our UI closes, its field's selection collapses: that selectionchange arrives a task
  // later, after focus has moved back to the page, and is ours too.
  let leftAt = -Infinity;
  const onFocusOut = (event: Event) => {
    if (event.target instanceof Element && guarded.has(event.target)) leftAt = event.timeStamp;
  };
  const onSelectionChange = (event: Event) => {
    const focused = document.activeElement;
    if ((focused && guarded.has(focused)) || event.timeStamp - leftAt < 250) event.stopImmediatePropagation();
  };
  ctx.addEventListener(window, 'focusout', onFocusOut, { capture: true });
  for (const type of SHIELDED) ctx.addEventListener(window, type, onEvent, { capture: true });
  ctx.addEventListener(window, 'selectionchange', onSelectionChange, { capture: true });
  return { guard: (host, root) => guarded.set(host, root) };
}

/** A copy of `event`, with what handlers read from it, that stays inside the shadow root. */
function copyOf(event: Event): Event {
  const init = { bubbles: event.bubbles, cancelable: event.cancelable, composed: false };
  if (event instanceof KeyboardEvent) {
    const { key, code, location, repeat, isComposing, ctrlKey, shiftKey, altKey, metaKey, keyCode, charCode } = event;
    return new KeyboardEvent(event.type, { ...init, key, code, location, repeat, isComposing, ctrlKey, shiftKey, altKey, metaKey, keyCode, charCode });
  }
  if (event instanceof InputEvent) {
    const { inputType, data, isComposing, dataTransfer } = event;
    return new InputEvent(event.type, { ...init, inputType, data, isComposing, dataTransfer });
  }
  if (event instanceof CompositionEvent) return new CompositionEvent(event.type, { ...init, data: event.data });
  if (event instanceof ClipboardEvent) return new ClipboardEvent(event.type, { ...init, clipboardData: event.clipboardData });
  // A <select>'s `input`, the legacy `textInput`.
  return new Event(event.type, init);
}
