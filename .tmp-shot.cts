import { chromium } from '@playwright/test';
const css = require('node:fs').readFileSync('/work/main/entrypoints/options/style.css','utf8');
(async () => {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const p = await b.newPage({ viewport: { width: 1366, height: 657 } });
  await p.setContent(`<style>:root{--line:#ddd;--accent:#2563eb;--surface:#f4f4f5;--warn:#d97706}${css}</style><section id="sites"><div class="card"><ul class="sites">
  <li><span>Salesforce</span><small class="hint site-health">People last found 7 Dec 2026, 14:10</small><button role="switch" aria-checked="true">On</button><button class="site-more">Also run on *.salesforce.com</button></li>
  <li><span>HubSpot</span><small class="hint site-health">Not seen yet</small><button role="switch" aria-checked="false">Off</button></li>
  <li><span>Zoho CRM</span><small class="hint site-health">Not seen yet</small><button role="switch" aria-checked="true">On</button><button class="site-more">同时在 crm.zoho.jp, crm.zohocloud.ca, crm.zoho.sa, crm.zoho.uk 上运行</button></li></ul></div></section>`);
  await p.screenshot({ path: '/tmp/sites-more.png', clip: { x: 0, y: 0, width: 1366, height: 220 } });
  await b.close();
})();
