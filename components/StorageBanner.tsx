// Says plainly when the browser refuses Tasklane its storage and data is only kept in memory.
import { useEffect, useState } from 'preact/hooks';
import { request } from '@/lib/messages/client';
import { t } from './i18n';

export function StorageBanner() {
  const [memoryOnly, setMemoryOnly] = useState(false);
  useEffect(() => {
    void request('app.status', {}).then((s) => setMemoryOnly(s.storage === 'memory'), () => undefined);
  }, []);
  if (!memoryOnly) return null;
  return (
    <p class="storage-banner" role="alert">
      <strong>{t('storageMemoryTitle')}</strong> {t('storageMemoryBody')}
    </p>
  );
}
