// A zh-CN rep reads no English: every options section, the popup and the in-page panel, read
// through the accessibility tree (what a screen reader says, closed shadow roots included:
// text, names, values), hold no English phrase — two English words in a row — beyond names
// (products, sites, formats) and the data the rep typed. The seed is Chinese, so what is left is ours.
import type { BrowserContext, Page } from '@playwright/test';
import { DEFAULT_CATEGORIES } from '../../lib/taxonomy';
import { accessibleNodes } from './ax';
import { expect, test } from './fixtures';
import { seedTasks } from './seed';

const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkLnqTbWcPdHsJvMnXtPqRs';
const SECTIONS = ['tasks', 'insights', 'targets', 'categories', 'templates', 'classifier', 'sites', 'data', 'sync', 'crm', 'preferences'];

/** Names and words that are not English sentences: products, sites, formats, codes; the due
 *  field's hint shows on purpose that English dates are understood too (“下周二、next Friday”). */
const NAMES = /\b(next Friday|no-reply|Tasklane|Gmail|Outlook|Salesforce|HubSpot|Pipedrive|Zoho( CRM)?|Dynamics( 365)?|Microsoft|Roundcube|QQ( Mail)?|NetEase|Tencent( Exmail)?|Exmail|CRM|CSV|JSON|ICS|iCalendar|CalDAV|Nextcloud|Fastmail|iCloud|Radicale|English|B2B|B2C|UID|VTODO|HTTPS?|URL|API|OAuth|Consumer Key|Connected App|Private App|Chrome|Firefox|Excel|Google( Sheets)?|Enter|Esc|Tab|Shift|Ctrl|Alt|Cmd|Space)\b/g;
/** Addresses, hosts, paths and columns: tokens with a dot, @, slash, colon or underscore. */
const TOKENS = /\S*[@./:_]\S*/g;

/** A category value's other-language label, shown beside its name on purpose (Options → Categories). */
const ENGLISH_LABELS = new Set(DEFAULT_CATEGORIES.map((c) => c.labels.en));
/**
 * A native date field's parts and picker button ("Month", "Show date picker") are named by
 * the browser in its own language, whatever the page's: not ours to translate.
 */
const NATIVE_DATE_PARTS = /\b(Show date picker|Month|Day|Year|Hours|Minutes)\b/g;

function englishIn(text: string): string[] {
  if (ENGLISH_LABELS.has(text.trim())) return [];
  const rest = text.replace(TOKENS, ' ').replace(NAMES, ' ').replace(NATIVE_DATE_PARTS, ' ');
  return rest.match(/[A-Za-z]{2,}(?:[ ,'’-]+[A-Za-z]{2,})+/g) ?? [];
}

const said = (nodes: { name: string; value: string }[]) => [...new Set(nodes.flatMap((n) => [n.name, n.value].flatMap(englishIn)))];

async function englishOn(context: BrowserContext, page: Page): Promise<string[]> {
  return said(await accessibleNodes(context, page));
}

/** The nodes inside the dialog named `name` (our panel, in its closed shadow root), not the page around it. */
async function dialogNodes(context: BrowserContext, page: Page, name: string) {
  const cdp = await context.newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const dialog = nodes.find((n) => n.role?.value === 'dialog' && n.name?.value === name);
  const inside: typeof nodes = [];
  const walk = (id: string) => {
    const node = byId.get(id);
    if (!node) return;
    if (!node.ignored) inside.push(node);
    for (const child of node.childIds ?? []) walk(child);
  };
  if (dialog) walk(dialog.nodeId);
  return inside.map((n) => ({ role: String(n.role?.value ?? ''), name: String(n.name?.value ?? ''), value: String(n.value?.value ?? '') }));
}

test('a zh-CN rep reads no English in the options page, the popup or the panel', async ({ openExtensionPage, showAt, context }) => {
  test.setTimeout(120_000);
  const options = await openExtensionPage('options.html#preferences');
  await options.getByRole('radio', { name: '简体中文' }).check();
  await expect(options.locator('h2').first()).not.toHaveText('Preferences');
  await seedTasks(options, [
    { title: '给王总回电话确认续约', inDays: 0, time: '10:30', categories: { goal: 'existing_customer', cycle: 'daily', customer: 'b2b', channel: 'direct' }, contact: { name: '王磊', email: 'wang.lei@huadong-dist.cn', company: '华东分销' }, url: GMAIL_THREAD },
    { title: '跟进：华东区经销商季度回款对账', inDays: -2, categories: { goal: 'payment_collection', cycle: 'phased', customer: 'b2b', channel: 'distribution' } },
    { title: '每周一整理客户名单', inDays: 3, rrule: 'FREQ=WEEKLY;BYDAY=MO' },
  ]);

  const found: Record<string, string[]> = {};
  for (const section of SECTIONS) {
    await options.goto(options.url().replace(/#.*$/, `#${section}`));
    await options.waitForLoadState('networkidle');
    await expect(options.locator(`[data-section="${section}"][aria-current="page"]`)).toBeVisible();
    await options.waitForTimeout(300);
    found[`options#${section}`] = await englishOn(context, options);
  }

  const popup = await openExtensionPage('popup.html');
  await expect(popup.locator('h1')).toHaveText('今日任务');
  await popup.waitForTimeout(300);
  found.popup = await englishOn(context, popup);

  const page = await showAt(GMAIL_THREAD, 'gmail-thread.html');
  await page.locator('[data-tasklane-button]').nth(1).click({ modifiers: ['Shift'] });
  await expect.poll(async () => (await accessibleNodes(context, page)).some((n) => n.role === 'dialog' && n.name === '新建跟进任务')).toBe(true);
  // Only our panel's words: the Gmail fixture itself is English, and so is what the panel quotes
  // from it (the person, the company, the subject in the title, "by Friday" as the due's reason).
  const panel = await dialogNodes(context, page, '新建跟进任务');
  expect(panel.length).toBeGreaterThan(5);
  const email = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
  found.panel = said(panel).filter((phrase) => !email.includes(phrase.trim()));

  expect(Object.fromEntries(Object.entries(found).filter(([, words]) => words.length))).toEqual({});
});
