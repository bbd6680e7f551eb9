// Small, bounded DOM reading helpers shared by the detectors.
// They use only firstChild / nextSibling / parentNode / nodeType / tagName / getAttribute, which
// behave the same in Chromium, happy-dom and linkedom. (A TreeWalker filter would be the natural
// tool, but linkedom ignores NodeFilter results, so the CLI would then scan <script> text that
// the browser skips; a hand-rolled walk keeps both identical.)

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose text is never contact text. */
const SKIPPED_TAGS = new Set('SCRIPT STYLE CODE PRE TEXTAREA NOSCRIPT TEMPLATE SVG HEAD TITLE KBD SAMP'.split(' '));

/** Block-level tags: a line break before and after each when text is turned into lines. */
const BLOCK_TAGS = new Set('DIV P BR LI TR TD TH TABLE H1 H2 H3 H4 H5 H6 UL OL SECTION ARTICLE HEADER FOOTER ADDRESS BLOCKQUOTE HR DL DT DD'.split(' '));

export interface TextBudget { maxNodes: number; maxChars: number }
export const DEFAULT_TEXT_BUDGET: TextBudget = { maxNodes: 20_000, maxChars: 400_000 };

function tagOf(node: Node): string {
  // Each read of a node's property is a call into the DOM (from a content script, its dearest
  // part): read once.
  return String((node as Element).tagName ?? '').toUpperCase();
}

/** Calls visit(text, parentElement) for each visible-ish text node under root, skipping
 *  script/style/code/pre/textarea/noscript subtrees, within a node and character budget. */
export function walkText(root: Node, visit: (text: string, parent: Element) => void, budget: TextBudget = DEFAULT_TEXT_BUDGET, skip: (el: Element) => boolean = () => false): void {
  // From a Document, walk its root element: linkedom gives the doctype no nextSibling.
  if (root.nodeType === 9) root = (root as Document).documentElement ?? root;
  let nodes = 0;
  let chars = 0;
  let node: Node | null = root.firstChild;
  while (node && nodes < budget.maxNodes && chars < budget.maxChars) {
    nodes++;
    /** The element's first child when the walk goes into it. */
    let child: Node | null = null;
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      // Adjacent text nodes read as one (linkedom splits text at every entity, and scripts can
      // leave split nodes too): "&lt;id@mail.gmail.com&gt;" must keep its brackets.
      let data = (node as Text).data ?? '';
      for (let next = node.nextSibling; next && next.nodeType === TEXT_NODE && data.length < budget.maxChars; next = node.nextSibling) {
        node = next;
        data += (node as Text).data ?? '';
      }
      const parent = node.parentNode as Element | null;
      if (data.trim() && parent && parent.nodeType === ELEMENT_NODE) {
        const slice = data.length + chars > budget.maxChars ? data.slice(0, budget.maxChars - chars) : data;
        chars += slice.length;
        visit(slice, parent);
      }
    } else if (type === ELEMENT_NODE) {
      const el = node as Element;
      if (!SKIPPED_TAGS.has(tagOf(el)) && !skip(el)) child = el.firstChild;
    }
    node = child ?? nextNode(node, root);
  }
}

/** Pre-order successor of node inside root, past its descendants. */
function nextNode(node: Node, root: Node): Node | null {
  let cur: Node | null = node;
  while (cur && cur !== root) {
    if (cur.nextSibling) return cur.nextSibling;
    cur = cur.parentNode;
  }
  return null;
}

/** Text content of el, whitespace collapsed, cut at max characters (never reads huge subtrees whole). */
export function textOf(el: Element | null | undefined, max = 300): string {
  if (!el) return '';
  let out = '';
  walkText(el, (text) => { if (out.length < max) out += `${text} `; }, { maxNodes: Math.max(200, max), maxChars: max * 2 });
  return out.replace(/\s+/g, ' ').trim().slice(0, max);
}

export function attr(el: Element | null | undefined, name: string): string | null {
  if (!el) return null;
  const v = el.getAttribute(name);
  return v === null ? null : v.trim() || null;
}

/** The value of a form control or, for anything else, its text — or, when it shows no text, the
 *  value of the one control inside it (an editable property: a wrapper around an input). CRMs
 *  render fields all three ways; a select shows its selected option's text. */
export function valueOf(el: Element | null | undefined): string | null {
  if (!el) return null;
  const control = /^(INPUT|TEXTAREA|SELECT)$/.test(tagOf(el)) ? el : textOf(el) ? null : el.querySelector('input:not([type=hidden]),textarea,select');
  if (!control) return textOf(el) || attr(el, 'title');
  const prop = tagOf(control) === 'SELECT' ? textOf(control.querySelector('option[selected]') ?? control.querySelector('option')) : (control as HTMLInputElement).value;
  const v = typeof prop === 'string' && prop ? prop : control.getAttribute('value') ?? control.getAttribute('title') ?? control.textContent ?? '';
  return v.trim() || null;
}

export interface Line { text: string; el: Element }

/** Splits an element's text into lines at <br> and block boundaries, remembering which element
 *  each line came from (the anchor for a signature person). */
export function linesOf(root: Element, budget: TextBudget = { maxNodes: 5_000, maxChars: 60_000 }, skip: (el: Element) => boolean = () => false): Line[] {
  const lines: Line[] = [];
  let current = '';
  let currentEl: Element | null = null;
  const flush = (): void => {
    const text = current.replace(/[\s\u00a0]+/g, ' ').trim();
    if (text && currentEl) lines.push({ text, el: currentEl });
    current = '';
    currentEl = null;
  };
  let nodes = 0;
  let chars = 0;
  let node: Node | null = root.firstChild;
  while (node && nodes < budget.maxNodes && chars < budget.maxChars) {
    nodes++;
    let child: Node | null = null;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data ?? '';
      chars += data.length;
      const parts = data.split('\n');
      parts.forEach((part, i) => {
        if (i > 0) flush();
        if (part.trim() && !currentEl) currentEl = node!.parentNode as Element;
        current += part;
      });
    } else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const tag = tagOf(el);
      if (BLOCK_TAGS.has(tag)) flush();
      if (!SKIPPED_TAGS.has(tag) && !skip(el)) child = el.firstChild;
    }
    // Leaving a block element (moving past its last descendant) also ends the line.
    const next = child ?? nextNode(node, root);
    if (!child) {
      let up: Node | null = node;
      while (up && up !== root && !up.nextSibling) {
        up = up.parentNode;
        if (up && up !== root && BLOCK_TAGS.has(tagOf(up))) flush();
      }
    }
    node = next;
  }
  flush();
  return lines;
}

/** The document a root belongs to (root may be a Document or a subtree). */
export function documentOf(root: ParentNode): Document | null {
  const n = root as Node;
  if (n.nodeType === 9) return n as Document;
  return n.ownerDocument ?? null;
}

/** querySelectorAll on root, plus root itself when it matches (a freshly added subtree may be the
 *  very element we look for). Never throws on a selector the engine does not know. */
export function queryAll(root: ParentNode, selector: string): Element[] {
  const out: Element[] = [];
  try {
    const self = root as Element;
    if (self.nodeType === ELEMENT_NODE && typeof self.matches === 'function' && self.matches(selector)) out.push(self);
    root.querySelectorAll(selector).forEach((el) => out.push(el));
  } catch {
    // An unsupported selector in one engine must not break detection.
  }
  return out;
}

export function queryOne(root: ParentNode | null | undefined, selector: string): Element | null {
  if (!root) return null;
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** el.closest that never throws (old engines, odd selectors). */
/** What a page hides (an inactive tab's panel, a closed popover): shown to nobody. */
export const HIDDEN = '[hidden],[aria-hidden="true"],[style*="display: none"],[style*="display:none"]';

export function closestOf(el: Element, selector: string): Element | null {
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}

/** Length of an element's visible text, counting no further than cap. */
export function textLength(el: Node, cap: number): number {
  let n = 0;
  walkText(el, (text) => { n += text.length; }, { maxNodes: 50_000, maxChars: cap });
  return n;
}

/**
 * True when `a` comes before `b` in document order (an ancestor comes before what it holds).
 * Written out rather than compareDocumentPosition: linkedom (the CLI's DOM) answers that wrongly
 * for nodes in different branches.
 */
export function comesBefore(a: Node, b: Node): boolean {
  if (a === b) return false;
  const pathA: Node[] = [];
  for (let n: Node | null = a; n; n = n.parentNode) pathA.push(n);
  const onPathA = new Set(pathA);
  let below: Node = b;
  let common: Node | null = b;
  while (common && !onPathA.has(common)) {
    below = common;
    common = common.parentNode;
  }
  if (!common || common === b) return false; // other trees, or b holds a
  if (common === a) return true; // a holds b
  const childA = pathA[pathA.indexOf(common) - 1]!;
  for (let n = childA.nextSibling; n; n = n.nextSibling) if (n === below) return true;
  return false;
}
