import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CUSTOM_HOST_PATTERN, OPTIONAL_ORIGINS, WEBMAIL_MATCHES } from './lib/sites';

const LOCAL_SYNC_SERVERS = ['http://localhost/*', 'http://127.0.0.1/*'];

// Demo and end-to-end builds (`--mode demo`) grant the optional sites' hosts (CRMs, QQ Mail,
// NetEase) at install, because a test browser cannot click "Allow" on Chrome's permission prompt.
// Everything else is identical: the background still registers the script at run time from the
// granted hosts.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'alarms', 'notifications', 'contextMenus', 'activeTab'],
    host_permissions: mode === 'demo' ? [...WEBMAIL_MATCHES, ...OPTIONAL_ORIGINS] : WEBMAIL_MATCHES,
    // CalDAV sync asks for its server at run time: any https host (CUSTOM_HOST_PATTERN), or a
    // server on this computer over plain http.
    optional_host_permissions: [...(mode === 'demo' ? [] : OPTIONAL_ORIGINS), CUSTOM_HOST_PATTERN, ...LOCAL_SYNC_SERVERS],
    externally_connectable: { ids: [] },
    action: { default_title: '__MSG_extName__' },
    commands: {
      'create-task': {
        suggested_key: { default: 'Alt+Shift+T' },
        description: '__MSG_commandCreate__',
      },
    },
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

