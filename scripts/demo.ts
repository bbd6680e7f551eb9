// `npm start`: build Tasklane, start Debian's Chromium with it loaded, and open a demo Gmail
// thread, Outlook reading pane and Salesforce record served from 127.0.0.1 — no account needed.
// With no display (a server, CI) it runs headless, clicks through the main flow once and saves
// screenshots to .tmp/demo/.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { DEMO_PAGES, serveSiteFrom } from './demo-pages';
import { DEMO_EXTENSION_DIR, launchWithExtension } from './launch-chromium';
import { ensureSystemDeps } from './system-deps';
import { serveFolder } from './static-server';

function build() {
  // The demo build grants the CRM hosts at install; see wxt.config.ts.
  const result = spawnSync('npx', ['wxt', 'build', '--mode', 'demo'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main() {
  ensureSystemDeps('demo');
  build();
  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const pages = await serveFolder('tests/fixtures');
  const { context, extensionId } = await launchWithExtension({ headless, dir: DEMO_EXTENSION_DIR });
  for (const demo of DEMO_PAGES) await serveSiteFrom(context, demo.url, pages.origin, demo.fixture);

  const opened = [];
  for (const demo of DEMO_PAGES) {
    const page = await context.newPage();
    await page.goto(demo.url);
    opened.push(page);
    console.log(`  ${demo.label.padEnd(22)} ${demo.url}`);
  }
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  console.log(`  ${'Popup (in a tab)'.padEnd(22)} chrome-extension://${extensionId}/popup.html`);
  console.log(`Demo pages served from ${pages.origin}.`);

  if (!headless) {
    console.log('Click the small check button beside a person to create a task; shift-click for the panel. Close the browser to stop.');
    await new Promise((done) => context.on('close', done));
  } else {
    mkdirSync('.tmp/demo', { recursive: true });
    const gmail = opened[0]!;
    await gmail.bringToFront();
    const button = gmail.locator('[data-tasklane-button]').first();
    await button.waitFor({ timeout: 15_000 });
    await button.click();
    await gmail.waitForTimeout(1000);
    await gmail.screenshot({ path: '.tmp/demo/gmail.png' });
    // Shift-click opens the quick-create panel for another person.
    await gmail.locator('[data-tasklane-button]').nth(1).click({ modifiers: ['Shift'] });
    await gmail.waitForTimeout(1000);
    await gmail.screenshot({ path: '.tmp/demo/panel.png' });
    await popup.reload();
    await popup.locator('.task').first().waitFor({ timeout: 10_000 });
    await popup.setViewportSize({ width: 380, height: 420 });
    await popup.screenshot({ path: '.tmp/demo/popup.png' });
    console.log(`No display: ran headless, created a task from the Gmail thread; screenshots in .tmp/demo/.`);
    await context.close();
  }
  await pages.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
