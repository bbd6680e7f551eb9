// Our in-page UI lives in closed shadow roots, which Playwright's locators cannot enter (nor can
// page scripts: that is the point). The browser's accessibility tree still sees it, as a screen
// reader does, so tests read names and roles from there.
import type { BrowserContext, Page } from '@playwright/test';

export interface AxNode {
  role: string;
  name: string;
}

export async function accessibleNodes(context: BrowserContext, page: Page): Promise<AxNode[]> {
  const cdp = await context.newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes
      .filter((n) => !n.ignored)
      .map((n) => ({ role: String(n.role?.value ?? ''), name: String(n.name?.value ?? '') }));
  } finally {
    await cdp.detach();
  }
}
