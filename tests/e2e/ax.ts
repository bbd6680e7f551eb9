// Our in-page UI lives in closed shadow roots, which Playwright's locators cannot enter (nor can
// page scripts: that is the point). The browser's accessibility tree still sees it, as a screen
// reader does, so tests read names and roles from there, and click where it says a control is.
import type { BrowserContext, Page } from '@playwright/test';

export interface AxNode {
  role: string;
  name: string;
  /** A text field's current text (empty for other roles). */
  value: string;
}

async function axTree(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  return { cdp, nodes: nodes.filter((n) => !n.ignored) };
}

export async function accessibleNodes(context: BrowserContext, page: Page): Promise<AxNode[]> {
  const { cdp, nodes } = await axTree(context, page);
  await cdp.detach();
  return nodes.map((n) => ({ role: String(n.role?.value ?? ''), name: String(n.name?.value ?? ''), value: String(n.value?.value ?? '') }));
}

/** Clicks the middle of the control with this role and accessible name, with the real mouse. */
export async function clickAccessible(context: BrowserContext, page: Page, role: string, name: string): Promise<void> {
  const { cdp, nodes } = await axTree(context, page);
  try {
    const node = nodes.find((n) => n.role?.value === role && n.name?.value === name);
    if (!node?.backendDOMNodeId) throw new Error(`no ${role} named "${name}" in the accessibility tree`);
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId });
    const [x1, y1, , , x3, y3] = model.content;
    await page.mouse.click((x1! + x3!) / 2, (y1! + y3!) / 2);
  } finally {
    await cdp.detach();
  }
}

export interface AxBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The border box, in viewport coordinates, of the control with this role and name. */
export async function boxOfAccessible(context: BrowserContext, page: Page, role: string, name: string): Promise<AxBox> {
  const { cdp, nodes } = await axTree(context, page);
  try {
    const node = nodes.find((n) => n.role?.value === role && n.name?.value === name);
    if (!node?.backendDOMNodeId) throw new Error(`no ${role} named "${name}" in the accessibility tree`);
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId });
    const xs = model.border.filter((_, i) => i % 2 === 0);
    const ys = model.border.filter((_, i) => i % 2 === 1);
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
  } finally {
    await cdp.detach();
  }
}

/** Reads properties (scrollLeft, selectionStart…) of the element behind an accessible node. */
export function propertiesOfAccessible(context: BrowserContext, page: Page, role: string, name: string, props: string[]): Promise<Record<string, unknown>> {
  return callOnAccessible(context, page, role, name, 'function (names) { return Object.fromEntries(names.map((n) => [n, this[n]])); }', props);
}

/** Computed style properties of the element behind an accessible node. */
export function stylesOfAccessible(context: BrowserContext, page: Page, role: string, name: string, props: string[]): Promise<Record<string, unknown>> {
  return callOnAccessible(context, page, role, name, 'function (names) { const s = getComputedStyle(this); return Object.fromEntries(names.map((n) => [n, s.getPropertyValue(n)])); }', props);
}

async function callOnAccessible(context: BrowserContext, page: Page, role: string, name: string, functionDeclaration: string, props: string[]): Promise<Record<string, unknown>> {
  const { cdp, nodes } = await axTree(context, page);
  try {
    const node = nodes.find((n) => n.role?.value === role && n.name?.value === name);
    if (!node?.backendDOMNodeId) throw new Error(`no ${role} named "${name}" in the accessibility tree`);
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration,
      arguments: [{ value: props }],
      returnByValue: true,
    });
    return result.value as Record<string, unknown>;
  } finally {
    await cdp.detach();
  }
}
