// The permissions Tasklane asks for are part of its promise to reps: this fails on any
// widening of the built store manifest. Narrowing is fine — update the lists on purpose.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR } from '../../scripts/launch-chromium';

const manifest = () => JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));

const ALLOWED = {
  permissions: ['activeTab', 'alarms', 'contextMenus', 'notifications', 'scripting', 'storage', 'unlimitedStorage'],
  host_permissions: ['https://mail.google.com/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
  optional_host_permissions: [
    'https://*/*',
    // CalDAV sync with a server on this computer (Options → Sync asks first).
    'http://localhost/*',
    'http://127.0.0.1/*',
    'https://*.dynamics.com/*',
    'https://*.lightning.force.com/*',
    'https://*.my.salesforce.com/*',
    'https://*.pipedrive.com/*',
    'https://app-eu1.hubspot.com/*',
    'https://app.hubspot.com/*',
    'https://crm.zoho.com.au/*',
    'https://crm.zoho.com.cn/*',
    'https://crm.zoho.com/*',
    'https://crm.zoho.eu/*',
    'https://crm.zoho.in/*',
    // Hosts added to Salesforce (Classic's instances: eu12.salesforce.com) and Zoho CRM (its newer
    // data centres) after their first release: asked for when the site is turned on (lib/sites).
    'https://*.salesforce.com/*',
    'https://crm.zoho.jp/*',
    'https://crm.zohocloud.ca/*',
    'https://crm.zoho.sa/*',
    'https://crm.zoho.uk/*',
    // QQ Mail / Tencent Exmail and NetEase mail, optional webmails (Options → Sites asks first).
    'https://mail.qq.com/*',
    'https://wx.mail.qq.com/*',
    'https://exmail.qq.com/*',
    'https://mail.163.com/*',
    'https://mail.126.com/*',
    'https://mail.yeah.net/*',
    'https://qiye.163.com/*',
    'https://*.qiye.163.com/*',
  ],
};

test('asks for no permission beyond the reviewed list', () => {
  const m = manifest();
  for (const key of ['permissions', 'host_permissions', 'optional_host_permissions'] as const) {
    expect([...(m[key] ?? [])].sort(), key).toEqual([...ALLOWED[key]].sort());
  }
  // Salesforce's sign-in (Options → CRM) asks for identity when the rep connects it.
  expect(m.optional_permissions ?? []).toEqual(['identity']);
});

test('has no <all_urls>, no open messaging, no web-accessible resources, no remote code', () => {
  const m = manifest();
  const text = JSON.stringify(m);
  expect(text).not.toContain('<all_urls>');
  expect(text).not.toMatch(/"http:\/\/\*/);
  expect(m.externally_connectable).toEqual({ ids: [] });
  expect(m.web_accessible_resources ?? []).toEqual([]);
  // MV3's default CSP ('self' scripts only) unless we set a stricter one; never a looser one.
  const csp = m.content_security_policy?.extension_pages ?? '';
  expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  expect(m.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort()).toEqual([...ALLOWED.host_permissions].sort());
});
