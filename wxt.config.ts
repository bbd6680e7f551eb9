import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CUSTOM_HOST_PATTERN, OPTIONAL_ORIGINS, WEBMAIL_MATCHES } from './lib/sites';

const LOCAL_SYNC_SERVERS = ['http://localhost/*', 'http://127.0.0.1/*'];
/** A custom site the demo and test builds are granted too: the end-to-end tests show the real
 *  Roundcube they start there (tests/roundcube/at-address.ts), as a rep's company webmail. */
const DEMO_CUSTOM_SITES = ['https://webmail.tasklane-demo.test/*'];

// Demo and end-to-end builds (`--mode demo`) grant the optional sites' hosts (CRMs, QQ Mail,
// NetEase) and a sync server on this computer (the Radicale of tests/e2e/sync.spec.ts) at
// install, because a test browser cannot click "Allow" on Chrome's permission prompt.
// Everything else is identical: the background still registers the script at run time from the
// granted hosts.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // No auto-imports: every module says what it uses. (Unimport's scan is not scope-aware: a
  // parameter named `t` made it import components/i18n — and preact — into content scripts.)
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // Content scripts run on busy pages all day: they use the browser's own promise-based API
    // (Chromium MV3, and Firefox's `browser`, both give one) instead of webextension-polyfill,
    // ~3 kB gzip of parse on every page. So do the unlisted scripts, which are all injected into
    // a page's isolated world beside them (quick-panel.js, page-actions.js, follow-up-kit.js:
    // lib/background/{quick-panel,page-actions,compose-handlers}.ts). The extension's own pages
    // and the worker keep it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script' || entrypoint.type === 'unlisted-script')) return;
      if (entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) {
        // Terser (three passes, top-level names mangled) packs them ~0.5 kB gzip smaller than
        // esbuild's minifier: the budget is 25 kB gzip per content script (bench, design.md).
        // Not the unlisted scripts: Terser keeps the unused valibot schemas esbuild drops.
        config.build ??= {};
        config.build.minify = 'terser';
        config.build.terserOptions = { compress: { passes: 3, ecma: 2020 }, mangle: { toplevel: true }, format: { comments: false } };
        // A build for CPU profiles of the bench's stream: the same code unminified, so a profile
        // names our functions and lines (TASKLANE_KEEP_NAMES=1 npx wxt build).
        if (process.env.TASKLANE_KEEP_NAMES) config.build.minify = false;
      }
      config.resolve ??= {};
      const alias = config.resolve.alias;
      const native = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      config.resolve.alias = Array.isArray(alias) ? [native, ...alias] : [native, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: replacement as string }))];
    },
  },
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Firefox cannot make `identity` optional (web-ext lint refuses it) and grants it without a
    // prompt or warning; Chromium asks for it when the rep connects Salesforce.
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'alarms', 'notifications', 'contextMenus', 'activeTab', ...(browser === 'firefox' ? ['identity'] : [])],
    host_permissions: mode === 'demo' ? [...WEBMAIL_MATCHES, ...OPTIONAL_ORIGINS, ...DEMO_CUSTOM_SITES, ...LOCAL_SYNC_SERVERS] : WEBMAIL_MATCHES,
    // CalDAV sync asks for its server at run time: any https host (CUSTOM_HOST_PATTERN), or a
    // server on this computer over plain http.
    optional_host_permissions: [...(mode === 'demo' ? [] : [...OPTIONAL_ORIGINS, ...LOCAL_SYNC_SERVERS]), CUSTOM_HOST_PATTERN],
    // Salesforce's OAuth sign-in (identity.launchWebAuthFlow), asked for when the rep connects
    // Salesforce in Options → CRM. The CRMs' API hosts are asked for then too (CUSTOM_HOST_PATTERN).
    ...(browser === 'firefox' ? {} : { optional_permissions: ['identity'] }),
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

