// Says plainly when the browser refuses Tasklane its storage and data is only kept in memory.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { request } from '@/lib/messages';

export function StorageBanner() {
  const [memoryOnly, setMemoryOnly] = useState(false);
  useEffect(() => {
    void request('app.status', {}).then((s) => setMemoryOnly(s.storage === 'memory'), () => undefined);
  }, []);
  if (!memoryOnly) return null;
  return (
    <p class="storage-banner" role="alert">
      <strong>{browser.i18n.getMessage('storageMemoryTitle')}</strong> {browser.i18n.getMessage('storageMemoryBody')}
    </p>
  );
}
