import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Hosts the content script always runs on. CRM hosts are optional and granted at run time
// from the options page (see lib/sites), so they are not here.
const WEBMAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'scripting'],
    host_permissions: WEBMAIL_MATCHES,
    optional_host_permissions: [
      'https://*.lightning.force.com/*',
      'https://*.my.salesforce.com/*',
      'https://app.hubspot.com/*',
      'https://*.pipedrive.com/*',
      'https://crm.zoho.com/*',
      'https://crm.zoho.eu/*',
      'https://crm.zoho.in/*',
      'https://crm.zoho.com.cn/*',
      'https://*.dynamics.com/*',
      // Custom domains (a self-hosted CRM, another webmail) are asked for one by one.
      'https://*/*',
    ],
    externally_connectable: { ids: [] },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tasklane@tasklane.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});

export { WEBMAIL_MATCHES };
