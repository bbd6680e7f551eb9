// CRM: connect Pipedrive, HubSpot or Salesforce so tasks are created there too (issue 18).
// Off by default; each CRM's host is asked for when the rep connects it.
import { useState } from 'preact/hooks';
import { CrmCard } from '@/components/options/crm/CrmCard';
import { t } from '@/components/options/i18n-override';
import { SectionHeader } from '@/components/options/SectionHeader';
import { useLive } from '@/components/options/useLive';
import { request } from '@/lib/messages';

export function CrmSection() {
  const live = useLive(() => request('crm.status', {}), ['crm']);
  const [error, setError] = useState<string | null>(null);
  return (
    <section id="crm" aria-labelledby="crm-heading">
      <SectionHeader id="crm" title={t('navCrm')} intro={t('crmIntro')} />
      {(error ?? live.error) && <p class="error" role="alert">{error ?? live.error}</p>}
      <p class="hint">{t('crmSyncHint')}</p>
      {live.data?.crms.map((view) => (
        <CrmCard key={view.crm} view={view} running={live.data?.running ?? false} onError={(message) => {
          setError(message);
          if (!message) void live.reload();
        }} />
      ))}
    </section>
  );
}
