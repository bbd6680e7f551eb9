// The quick-create panel in a real Chromium: each suggestion's reason beside its field, and a
// rep's correction remembered for the next person at the same company.
import type { BrowserContext, Page } from '@playwright/test';
import { clickAccessible } from './ax';
import { expect, test } from './fixtures';

const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkLnqTbWcPdHsJvMnXtPqRs';
const button = (email: string) => `span[email="${email}"] + [data-tasklane-button]`;
const PRIYA = 'priya.raman@northwind-traders.com';
const DANA = 'dana.okafor@northwind-traders.com';

interface Node {
  role: string;
  name: string;
  value: string;
  description: string;
  box?: { x: number; y: number; width: number; height: number };
}

/** The panel as the accessibility tree shows it (its shadow root is closed to Playwright), with boxes. */
async function panelNodes(context: BrowserContext, page: Page): Promise<Node[]> {
  const cdp = await context.newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const out: Node[] = [];
    for (const n of nodes.filter((n) => !n.ignored)) {
      const node: Node = {
        role: String(n.role?.value ?? ''),
        name: String(n.name?.value ?? ''),
        value: String(n.value?.value ?? ''),
        description: String(n.description?.value ?? ''),
      };
      if (n.backendDOMNodeId && (node.role === 'button' || node.role === 'dialog')) {
        // A node can leave the layout between the tree and this call (the toast going, the panel
        // being placed): it then has no box, and the caller's poll asks again.
        const model = await cdp.send('DOM.getBoxModel', { backendNodeId: n.backendDOMNodeId }).then((r) => r.model, () => null);
        if (model) {
          const [x1, y1, , , x3, y3] = model.border;
          node.box = { x: x1!, y: y1!, width: x3! - x1!, height: y3! - y1! };
        }
      }
      out.push(node);
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

const combobox = (nodes: Node[], name: string) => nodes.find((n) => n.role === 'combobox' && n.name === name);
const dialogOpen = async (context: BrowserContext, page: Page) => (await panelNodes(context, page)).some((n) => n.role === 'dialog');

test('the panel gives each field its reason, and a corrected goal is where the next person at that company starts', async ({ showAt, openExtensionPage, context }, testInfo) => {
  const page = await showAt(GMAIL_THREAD, 'gmail-thread.html');
  await page.setViewportSize({ width: 1366, height: 657 });
  // The sender's button near the top of the view, where the panel opens below it. (Where it
  // opens from lower buttons is issue 17's placement work; this test holds the panel's height.)
  const priya = page.locator(button(PRIYA)).first();
  const top = (await priya.boundingBox())!.y;
  await page.evaluate((y) => window.scrollBy(0, y), top - 12);
  await priya.click({ modifiers: ['Shift'] });
  await expect.poll(() => dialogOpen(context, page)).toBe(true);

  let nodes = await panelNodes(context, page);
  const goal = combobox(nodes, 'Goal type');
  expect(goal?.value).toBe('Existing-customer care');
  // The reason is beside the field and describes it; page evidence is shown as text.
  // Here the sender's own words decide ("Before we sign the renewal…": a renewal is of what they have).
  expect(goal?.description).toMatch(/^“renewal” over “quote”: already a customer$|in the email|earlier tasks|CRM/);
  expect(nodes.some((n) => n.role === 'StaticText' && n.name === goal?.description)).toBe(true);
  expect(combobox(nodes, 'Customer type')?.description).toBe('company address (northwind-traders.com)');
  // The thread was sent in June 2024: its "by Friday" is long past, so the follow-up is due today.
  expect(nodes.find((n) => n.role === 'Date' && n.name === 'Due')?.description).toMatch(/^by Friday \(2024-06-21, passed\): due today$/);

  // At 1366×657 the whole panel and its Create button are in view (reasons are one line each).
  console.log(`panel at 1366×657: ${JSON.stringify(nodes.find((n) => n.role === 'dialog')?.box)}`);
  await page.screenshot({ path: testInfo.outputPath('panel-reasons-1366x657.png') });
  const viewport = page.viewportSize()!;
  for (const role of ['dialog', 'button'] as const) {
    const node = nodes.find((n) => n.role === role && (role === 'dialog' || n.name === 'Create task'));
    expect(node?.box, `${role} box`).toBeDefined();
    expect(node!.box!.y).toBeGreaterThanOrEqual(0);
    expect(node!.box!.y + node!.box!.height).toBeLessThanOrEqual(viewport.height);
    expect(node!.box!.x + node!.box!.width).toBeLessThanOrEqual(viewport.width);
  }

  // The rep corrects the goal: the classifier's reason no longer applies, so it goes.
  await clickAccessible(context, page, 'combobox', 'Goal type');
  await page.keyboard.type('Market');
  await page.keyboard.press('Enter');
  await expect.poll(async () => combobox(await panelNodes(context, page), 'Goal type')?.value).toBe('Market research');
  nodes = await panelNodes(context, page);
  expect(combobox(nodes, 'Goal type')?.description).toBe('');
  await clickAccessible(context, page, 'button', 'Create task');
  await expect.poll(() => dialogOpen(context, page)).toBe(false);

  // Another person at the same company: the goal starts at the rep's choice, and says so.
  await page.locator(button(DANA)).first().click({ modifiers: ['Shift'] });
  await expect.poll(() => dialogOpen(context, page)).toBe(true);
  nodes = await panelNodes(context, page);
  expect(combobox(nodes, 'Goal type')).toMatchObject({ value: 'Market research', description: 'your earlier choice' });
  await page.screenshot({ path: testInfo.outputPath('panel-earlier-choice-1366x657.png') });

  const popup = await openExtensionPage('popup.html');
  await expect(popup.locator('.task', { hasText: 'Priya Raman' }).locator('.chip').first()).toHaveText('Market research');
});

test.describe('in Simplified Chinese', () => {
  test.use({ lang: 'zh-CN' });

  test('the reasons speak Chinese', async ({ showAt, context }, testInfo) => {
    const page = await showAt(GMAIL_THREAD, 'gmail-thread.html');
    await page.setViewportSize({ width: 1366, height: 657 });
    const priya = page.locator(button(PRIYA)).first();
    await page.evaluate((y) => window.scrollBy(0, y), (await priya.boundingBox())!.y - 12);
    await priya.click({ modifiers: ['Shift'] });
    await expect.poll(() => dialogOpen(context, page)).toBe(true);
    const nodes = await panelNodes(context, page);
    expect(combobox(nodes, '目标类型')?.description).toMatch(/^“renewal”而非“quote”：已是客户$|^邮件中有“.+”$/);
    expect(combobox(nodes, '客户类型')?.description).toBe('企业邮箱（northwind-traders.com）');
    expect(nodes.find((n) => n.role === 'Date')?.description).toMatch(/^by Friday（2024-06-21，已过）：改为今天$/);
    await page.screenshot({ path: testInfo.outputPath('panel-reasons-zh-CN-1366x657.png') });
  });
});
