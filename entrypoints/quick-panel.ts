// The quick-create panel, injected on demand into a page's isolated world by the background
// (lib/background/quick-panel.ts) and picked up by the content script (lib/content/panel-loader.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createPanelHost } from '@/lib/content/panel';
import { QUICK_PANEL_KEY } from '@/lib/content/panel-loader';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[QUICK_PANEL_KEY] = createPanelHost;
});
