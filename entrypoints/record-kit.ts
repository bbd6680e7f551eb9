// The record readers of custom sites, injected by the background into a frame whose page shows
// records (lib/background/quick-panel.ts) and picked up by the mail scripts (qqmail.js, netease.js,
// custom.js; lib/content/records-loader.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ACCOUNT_KIT_KEY, RECORD_KIT_KEY } from '@/lib/content/records-loader';
import { accountField } from '@/lib/detect/generic/page-company';
import { ALL_READERS } from '@/lib/detect/generic/records';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[RECORD_KIT_KEY] = ALL_READERS;
  (globalThis as Record<string, unknown>)[ACCOUNT_KIT_KEY] = accountField;
});
