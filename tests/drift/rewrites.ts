// The drift harness's rewrites: each takes a parsed page and changes it the way a site's next
// build might — without changing who is on it. Detection that survives all of them does not
// depend on one build's class names, nesting, attribute placement, label language or order.
//
// Each rewrite works on the DOM in place (linkedom or happy-dom), is deterministic, and leaves
// text content and people's addresses alone except where the rewrite is about them (labels).

export interface Rewrite {
  id: string;
  /** What a redesign does that this imitates. */
  what: string;
  apply(doc: Document): void;
}

/** Everything under <body>, in document order (a static copy: rewrites move nodes). */
function elementsOf(doc: Document): Element[] {
  return doc.body ? [...doc.body.querySelectorAll('*')] : [];
}

/** Every text node under <body> (a hand walk: linkedom's TreeWalker is partial). */
function textNodesOf(doc: Document): Text[] {
  const out: Text[] = [];
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out.push(child as Text);
      else if (child.nodeType === 1) visit(child);
    }
  };
  if (doc.body) visit(doc.body);
  return out;
}

/** A short stable hash, so a renamed class is the same new name everywhere it appears. */
function hash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/** Table and list structure: a wrapper between these and their children is not valid HTML and
 *  no site ships it (the parser would move it out), so wrappers go elsewhere. */
const STRUCTURAL = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'UL', 'OL', 'DL', 'SELECT', 'COLGROUP', 'HEAD', 'HTML', 'SCRIPT', 'STYLE', 'TEMPLATE']);
const INLINE = new Set(['SPAN', 'A', 'B', 'I', 'EM', 'STRONG', 'LABEL', 'SMALL', 'FONT', 'ABBR', 'CITE']);

const stripClasses: Rewrite = {
  id: 'classes-stripped',
  what: 'every class attribute removed (a build that styles with hashed inline rules)',
  apply(doc) {
    for (const el of elementsOf(doc)) el.removeAttribute('class');
  },
};

const renameClasses: Rewrite = {
  id: 'classes-renamed',
  what: 'every class name replaced by another (CSS-in-JS hashes change with each build)',
  apply(doc) {
    for (const el of elementsOf(doc)) {
      const value = el.getAttribute('class');
      if (value) el.setAttribute('class', value.split(/\s+/).filter(Boolean).map((c) => `c${hash(c)}`).join(' '));
    }
  },
};

const insertWrappers: Rewrite = {
  id: 'wrappers-inserted',
  what: 'an extra wrapper element around the children of every other container',
  apply(doc) {
    elementsOf(doc).forEach((el, i) => {
      if (i % 2 || STRUCTURAL.has(el.tagName.toUpperCase()) || !el.firstChild) return;
      const wrapper = doc.createElement(INLINE.has(el.tagName.toUpperCase()) ? 'span' : 'div');
      while (el.firstChild) wrapper.appendChild(el.firstChild);
      el.appendChild(wrapper);
    });
  },
};

/** Attributes that carry who a person is on real sites. */
const PERSON_ATTRIBUTE = /^(email|name|title|aria-label|data-[\w-]+)$/i;

const moveAttributesDown: Rewrite = {
  id: 'attributes-to-child',
  what: "a person's attributes moved from their element onto a new inner element",
  apply(doc) {
    for (const el of elementsOf(doc)) {
      const moved = [...el.attributes].filter((a) => PERSON_ATTRIBUTE.test(a.name) && (a.value.includes('@') || a.name === 'name'));
      if (!moved.length || STRUCTURAL.has(el.tagName.toUpperCase())) continue;
      const inner = doc.createElement('span');
      for (const a of moved) {
        inner.setAttribute(a.name, a.value);
        el.removeAttribute(a.name);
      }
      while (el.firstChild) inner.appendChild(el.firstChild);
      el.appendChild(inner);
    }
  },
};

const moveAttributesUp: Rewrite = {
  id: 'attributes-to-parent',
  what: "a person's attributes moved from their element onto a new outer element",
  apply(doc) {
    for (const el of elementsOf(doc)) {
      const moved = [...el.attributes].filter((a) => PERSON_ATTRIBUTE.test(a.name) && (a.value.includes('@') || a.name === 'name'));
      const parent = el.parentElement;
      if (!moved.length || !parent || STRUCTURAL.has(el.tagName.toUpperCase()) || STRUCTURAL.has(parent.tagName.toUpperCase())) continue;
      const outer = doc.createElement('span');
      for (const a of moved) {
        outer.setAttribute(a.name, a.value);
        el.removeAttribute(a.name);
      }
      parent.insertBefore(outer, el);
      outer.appendChild(el);
    }
  },
};

/** Header labels as other UI languages write them (Gmail, Outlook, Roundcube all localise). */
const LABELS: Record<string, Record<'from' | 'to' | 'cc' | 'bcc', string>> = {
  de: { from: 'Von', to: 'An', cc: 'Cc', bcc: 'Bcc' },
  fr: { from: 'De', to: 'À', cc: 'Cc', bcc: 'Cci' },
  ja: { from: '差出人', to: '宛先', cc: 'CC', bcc: 'BCC' },
  zh: { from: '发件人', to: '收件人', cc: '抄送', bcc: '密送' },
};

const LABEL_TEXT = /^(\s*)(from|to|cc|bcc)(\s*)[:：]?(\s*)$/i;
const LABEL_PREFIX = /^(\s*)(from|to|cc|bcc)\s*[:：]\s*/i;

function translateLabels(lang: keyof typeof LABELS, keepColon: boolean): Rewrite {
  const words = LABELS[lang]!;
  const say = (label: string) => words[label.toLowerCase() as keyof typeof words];
  const colon = keepColon ? (lang === 'fr' ? ' :' : lang === 'ja' || lang === 'zh' ? '：' : ':') : '';
  return {
    id: `labels-${lang}${keepColon ? '' : '-no-colon'}`,
    what: `header labels From / To / Cc in ${lang}${keepColon ? '' : ', colons dropped'}`,
    apply(doc) {
      for (const text of textNodesOf(doc)) {
        const data = text.data;
        const whole = LABEL_TEXT.exec(data);
        // A text node that is only a label ("to:", "Cc"), or starts with one ("To: Dana …").
        if (whole && (whole[3] || /[:：]/.test(data) || data.trim().length <= 3)) {
          text.data = `${whole[1]}${say(whole[2]!)}${colon}${whole[4] || ' '}`;
        } else if (LABEL_PREFIX.test(data)) {
          text.data = data.replace(LABEL_PREFIX, (_m, lead: string, label: string) => `${lead}${say(label)}${colon} `);
        }
      }
      for (const el of elementsOf(doc)) {
        const aria = el.getAttribute('aria-label');
        if (aria && LABEL_PREFIX.test(aria)) el.setAttribute('aria-label', aria.replace(LABEL_PREFIX, (_m, lead: string, label: string) => `${lead}${say(label)}${colon} `));
      }
    },
  };
}

/** True when an element's own text starts with a To / Cc / Bcc label (any language above). */
function startsWithRecipientLabel(el: Element): boolean {
  const text = (el.textContent ?? '').trim();
  return /^(to|cc|bcc|an|à|para|宛先|收件人|抄送|密送)\b\s*[:：]?/i.test(text) || /^(to|cc|bcc)\s*[:：]/i.test(el.getAttribute('aria-label') ?? '');
}

const reorderHeaderRows: Rewrite = {
  id: 'header-rows-reordered',
  what: 'the To and Cc rows of each header (and each table body) in the opposite order',
  apply(doc) {
    for (const body of doc.querySelectorAll('tbody')) {
      const rows = [...body.children];
      if (rows.length > 1) for (const row of rows.reverse()) body.appendChild(row);
    }
    // Sibling recipient lines (Outlook's To and Cc wells, Roundcube's header rows) swap places.
    const parents = new Set(elementsOf(doc).filter(startsWithRecipientLabel).map((el) => el.parentElement).filter((p): p is HTMLElement => p !== null));
    for (const parent of parents) {
      const lines = [...parent.children].filter(startsWithRecipientLabel);
      if (lines.length < 2) continue;
      const anchor = lines[lines.length - 1]!.nextSibling;
      for (const line of lines.reverse()) parent.insertBefore(line, anchor);
    }
  },
};

export const REWRITES: readonly Rewrite[] = [
  stripClasses,
  renameClasses,
  insertWrappers,
  moveAttributesDown,
  moveAttributesUp,
  translateLabels('de', true),
  translateLabels('fr', true),
  translateLabels('ja', true),
  translateLabels('zh', false),
  translateLabels('de', false),
  reorderHeaderRows,
];
