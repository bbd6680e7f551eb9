// In-page UI lives in closed shadow roots: the page's CSS cannot leak in, and page scripts
// cannot reach in through host.shadowRoot. One stylesheet object is shared by every root.

const sheets = new Map<string, CSSStyleSheet | null>();

function sheetFor(css: string): CSSStyleSheet | null {
  if (!sheets.has(css)) {
    let sheet: CSSStyleSheet | null = null;
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null; // Firefox content scripts: fall back to a <style> per root.
    }
    sheets.set(css, sheet);
  }
  return sheets.get(css) ?? null;
}

export function attachClosedShadow(host: HTMLElement, css: string): ShadowRoot {
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = sheetFor(css);
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      return root;
    } catch {
      // fall through to a <style> element
    }
  }
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  return root;
}

/**
 * A host element that carries no page styles and marks itself as ours. Its layout is either
 * given here, inline (for the one toast or panel), or — for elements a page holds thousands of —
 * left to a `:host` rule with !important in the shadow root's shared stylesheet: across shadow
 * boundaries, important declarations of the inner context beat the page's, even its important
 * ones, and a shared sheet is parsed once instead of once per element (`all: initial` inline
 * expands to every CSS property on every host).
 */
export function createHost(kind: string, style?: Record<string, string>): HTMLElement {
  const host = document.createElement('tasklane-ui');
  host.setAttribute(`data-tasklane-${kind}`, '');
  // `all: initial` keeps page rules such as `tasklane-ui { display: block }` from moving us.
  if (style) host.style.cssText = `all: initial; ${Object.entries(style).map(([name, value]) => `${name}: ${value};`).join(' ')}`;
  return host;
}

/** Builds an element with text only: page-made strings never become markup. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { class?: string; text?: string; attrs?: Record<string, string> } = {},
  ...children: (Node | null)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  if (props.text !== undefined) element.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}
