// Playwright fixtures: a real Chromium with the built extension, the fixture pages served from
// 127.0.0.1, and helpers to open extension pages, stop the service worker and show a saved
// page under a real site's address (so the manifest's own matches apply).
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension } from '../../scripts/launch-chromium';
import { serveSiteFrom } from '../../scripts/demo-pages';
import { serveFolder, type StaticServer } from '../../scripts/static-server';

interface Fixtures {
  /** Which build to load: the store build, or the demo build that grants CRM hosts at install. */
  extensionDir: string;
  /** The browser's UI language. */
  lang: string;
  context: BrowserContext;
  extensionId: string;
  pages: StaticServer;
  openExtensionPage: (path: `${'popup' | 'options'}.html${string}`) => Promise<Page>;
  stopServiceWorker: () => Promise<void>;
  showAt: (siteUrl: string, fixture: string) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  pages: async ({}, use) => {
    const server = await serveFolder('tests/fixtures');
    await use(server);
    await server.close();
  },
  extensionDir: [EXTENSION_DIR, { option: true }],
  lang: ['en-US', { option: true }],
  context: async ({ extensionDir, lang }, use) => {
    const { context, extensionId } = await launchWithExtension({ dir: extensionDir, lang });
    (context as BrowserContext & { extensionId?: string }).extensionId = extensionId;
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use((context as BrowserContext & { extensionId?: string }).extensionId!);
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
  stopServiceWorker: async ({ context, extensionId }, use) => {
    await use(async () => {
      const scratch = await context.newPage();
      const cdp = await context.newCDPSession(scratch);
      const workerTargets = async () =>
        (await cdp.send('Target.getTargets')).targetInfos.filter(
          (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
        );
      // Closing the worker's target stops it as Chrome does when it goes idle. (Playwright's
      // worker 'close' event can lag by many seconds, so the target list is the witness.)
      // A page's request may start it again before the target list shows it gone (a content
      // script asking for a lazy kit): each poll closes what it finds, until none is left.
      const stop = async () => {
        const running = await workerTargets();
        for (const target of running) await cdp.send('Target.closeTarget', { targetId: target.targetId }).catch(() => undefined);
        return running.length;
      };
      await stop();
      await expect.poll(stop, { message: 'service worker still running' }).toBe(0);
      await cdp.detach().catch(() => undefined);
      await scratch.close();
    });
  },
  showAt: async ({ context, pages }, use) => {
    await use(async (siteUrl, fixture) => {
      await serveSiteFrom(context, siteUrl, pages.origin, fixture);
      const page = await context.newPage();
      await page.goto(siteUrl);
      return page;
    });
  },
});

export { expect };
