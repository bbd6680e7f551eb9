// QQ Mail / Tencent Exmail and NetEase in a real browser, with the demo build (which grants their
// optional hosts at install, as a rep turning them on in Options → Sites does). Each has a content
// script of its own (qqmail.js, netease.js: their adapter alone, registered at run time in every
// frame), so this is what proves the registration: QQ Mail's reading view lives in its `mainFrame`
// iframe, and the buttons must appear there, beside the sender and Cc, never beside the rep (我).
import type { BrowserContext } from '@playwright/test';
import { DEMO_EXTENSION_DIR } from '../../scripts/launch-chromium';
import { expect, test } from './fixtures';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> };
};

test.use({ extensionDir: DEMO_EXTENSION_DIR });

const BUTTON = 'tasklane-ui[data-tasklane-button]';
const EXMAIL = 'https://exmail.qq.com';
const READ_FRAME = '/cgi-bin/readmail?folderid=1&t=readmail&mailid=ZL2417-8rQvXk9Lm2Wv7Tb0gHn4P&mode=pre&sid=Qk7pMx2';
/** The classic UI's top page: its chrome and the reading frame, as Exmail nests them. */
const TOP_PAGE = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>腾讯企业邮箱</title></head>
<body><div id="topbar"><span id="useraddr">chen.jing@yunqi-trade.cn</span></div>
<iframe id="mainFrame" name="mainFrame" src="${READ_FRAME}" style="width:1200px;height:700px;border:0"></iframe></body></html>`;

/** The demo build registers the run-time scripts as it installs: a page opened before that ends
 *  would load without one (as a tab open before the rep turned a site on does). */
async function scriptRegistered(context: BrowserContext, id: string) {
  const worker = context.serviceWorkers()[0]!;
  await expect.poll(() => worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id))).toContain(id);
}

/** Answers the top page from memory and the reading frame from the fixture server. */
async function serveExmail(context: BrowserContext, pagesOrigin: string) {
  await context.route(`${EXMAIL}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/cgi-bin/readmail') {
      const response = await fetch(`${pagesOrigin}/qqmail-readmail-frame.html`);
      await route.fulfill({ status: response.status, contentType: 'text/html; charset=utf-8', body: await response.text() });
    } else {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: TOP_PAGE });
    }
  });
}

test('QQ Mail (Exmail): buttons in the reading frame beside sender and Cc, never the rep; a click makes a qqmail task', async ({ context, pages, openExtensionPage }) => {
  const options = await openExtensionPage('options.html#sites');
  const send = (type: string, payload: unknown) => options.evaluate(([t, p]) => chrome.runtime.sendMessage({ tasklane: 1, type: t, payload: p }), [type, payload] as const) as Promise<{ ok: boolean; data?: any }>;
  await scriptRegistered(context, 'tasklane-qqmail');
  await serveExmail(context, pages.origin);
  const page = await context.newPage();
  await page.goto(`${EXMAIL}/cgi-bin/frame_html?sid=Qk7pMx2`);
  const frame = page.frameLocator('#mainFrame');

  const sender = frame.locator(`span[e="liu.yang@hongtai-group.com"] ~ ${BUTTON}`);
  await expect(sender.first()).toBeAttached({ timeout: 15_000 });
  await expect(frame.locator(`span[e="sun.hao@hongtai-group.com"] ~ ${BUTTON}`).first()).toBeAttached();
  await expect(frame.locator(`span[e="chen.jing@yunqi-trade.cn"] ~ ${BUTTON}`)).toHaveCount(0);
  // The top page's chrome holds only the rep: no button there.
  await expect(page.locator(BUTTON)).toHaveCount(0);

  await sender.first().click();
  await expect.poll(async () => (await send('task.list', { status: 'open' })).data?.tasks?.length ?? 0, { timeout: 15_000 }).toBe(1);
  const [task] = (await send('task.list', { status: 'open' })).data.tasks;
  expect(task.source).toMatchObject({ site: 'qqmail', title: '回复：关于明年框架协议的报价' });
  expect(task.contact?.email).toBe('liu.yang@hongtai-group.com');
});

test('NetEase 163: a button beside the sender, none beside the rep; a click makes a netease task', async ({ context, showAt, openExtensionPage }) => {
  await scriptRegistered(context, 'tasklane-netease');
  const options = await openExtensionPage('options.html#sites');
  const send = (type: string, payload: unknown) => options.evaluate(([t, p]) => chrome.runtime.sendMessage({ tasklane: 1, type: t, payload: p }), [type, payload] as const) as Promise<{ ok: boolean; data?: any }>;
  const page = await showAt('https://mail.163.com/js6/main.jsp?sid=QwErTy12&df=mail163_letter#module=read.ReadModule%7C%7B%22id%22%3A%22131%3A1tbiFfG7%22%2C%22fid%22%3A1%7D', 'netease-163-read-signature.html');

  const sender = page.locator(`.nui-addr[title*="he.zhiyuan@huaxin-group.com.cn"] ~ ${BUTTON}, .nui-addr[title*="he.zhiyuan@huaxin-group.com.cn"] ${BUTTON}`);
  await expect(sender.first()).toBeAttached({ timeout: 15_000 });
  await sender.first().click();
  await expect.poll(async () => (await send('task.list', { status: 'open' })).data?.tasks?.length ?? 0, { timeout: 15_000 }).toBe(1);
  const [task] = (await send('task.list', { status: 'open' })).data.tasks;
  expect(task.source?.site).toBe('netease');
  expect(task.contact?.email).toBe('he.zhiyuan@huaxin-group.com.cn');
  // The rep's own 163 address (the To line) is never offered.
  const rep = await page.locator(BUTTON).evaluateAll((buttons) => buttons.map((b) => b.parentElement?.textContent ?? ''));
  expect(rep.join('\n')).not.toContain('liu.yang_sales@163.com');
});
