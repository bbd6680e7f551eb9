// One CRM in Options → CRM: its connect form (the fields that CRM needs), or its connection with
// the status of the last run, "reconnect needed" in plain words, and the from-email default.
// The browser's permission prompt must come straight from the click: it is asked before any await.
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { errorText, locale, t } from '@/components/options/i18n-override';
import { request } from '@/lib/messages';
import type { CrmConnectionView } from '@/lib/messages/requests/crm';

const when = (ms?: number) => (ms ? new Date(ms).toLocaleString(locale()) : t('crmNever'));
/** "https://acme.pipedrive.com/x" or "acme" → "acme". */
const label = (typed: string, suffix: string) => typed.trim().toLowerCase().replace(/^https?:\/\//, '').split('/')[0]!.replace(suffix, '');

interface Props {
  view: CrmConnectionView;
  running: boolean;
  onError: (message: string | null) => void;
}

export function CrmCard({ view, running, onError }: Props) {
  const [fields, setFields] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const field = (name: string) => fields[name] ?? '';
  const input = (name: string, labelKey: string, secret = false) => {
    const common = {
      required: true, autoComplete: 'off', spellcheck: false, maxLength: 2000, name: `${view.crm}-${name}`, value: field(name),
      onInput: (e: Event) => setFields({ ...fields, [name]: (e.target as HTMLInputElement).value }),
    };
    return <label>{t(labelKey)}{secret ? <input type="password" {...common} /> : <input type="text" {...common} />}</label>;
  };
  const run = (asked: Promise<boolean>, work: () => Promise<unknown>) => {
    setBusy(true);
    onError(null);
    void asked
      .then((granted) => {
        if (!granted) throw new Error(t('crmPermissionDenied', view.label));
        return work();
      })
      .then(() => setFields({}))
      .catch((e: Error) => onError(errorText(e)))
      .finally(() => setBusy(false));
  };

  const connect = (event: Event) => {
    event.preventDefault();
    if (view.crm === 'pipedrive') {
      const companyDomain = label(field('domain'), '.pipedrive.com');
      run(browser.permissions.request({ origins: [`https://${companyDomain}.pipedrive.com/*`] }), () =>
        request('crm.connect', { crm: 'pipedrive', companyDomain, apiToken: field('token'), fromEmail: view.fromEmail }));
    } else if (view.crm === 'hubspot') {
      run(browser.permissions.request({ origins: ['https://api.hubapi.com/*'] }), () =>
        request('crm.connect', { crm: 'hubspot', accessToken: field('token'), fromEmail: view.fromEmail }));
    } else {
      const myDomain = label(field('domain'), '.my.salesforce.com');
      // Firefox grants identity with the extension (it cannot be optional there).
      const permissions: ('identity')[] = import.meta.env.BROWSER === 'firefox' ? [] : ['identity'];
      run(browser.permissions.request({ permissions, origins: [`https://${myDomain}.my.salesforce.com/*`] }), () =>
        request('crm.connect', { crm: 'salesforce', myDomain, consumerKey: field('key'), fromEmail: view.fromEmail }));
    }
  };
  const disconnect = () => run(Promise.resolve(true), () => request('crm.disconnect', { crm: view.crm }));
  const setFromEmail = (fromEmail: boolean) => run(Promise.resolve(true), () => request('crm.setFromEmail', { crm: view.crm, fromEmail }));

  const { status } = view;
  return (
    <div class="card" data-testid={`crm-${view.crm}`}>
      <h3>{view.label}</h3>
      <p>{view.connected && view.account ? t('crmConnected', view.account) : t('crmNotConnected')}</p>
      {view.reconnectNeeded && <p class="error" role="alert" data-testid="crm-reconnect">{t('crmReconnect', view.label)}</p>}
      {(!view.connected || view.reconnectNeeded) && (
        <form onSubmit={connect}>
          {view.crm === 'pipedrive' && <>{input('domain', 'crmPipedriveDomain')}{input('token', 'crmPipedriveToken', true)}</>}
          {view.crm === 'hubspot' && input('token', 'crmHubspotToken', true)}
          {view.crm === 'salesforce' && (
            <>
              {input('domain', 'crmSalesforceDomain')}
              {input('key', 'crmSalesforceKey')}
              <p class="hint">{t('crmSalesforceHint', browser.identity?.getRedirectURL?.() ?? 'https://<extension-id>.chromiumapp.org/')}</p>
            </>
          )}
          <p class="hint">{t('crmTokenHint')}</p>
          <button type="submit" disabled={busy}>{view.crm === 'salesforce' ? t('crmSignIn') : t('crmConnect')}</button>
        </form>
      )}
      {view.connected && (
        <>
          <label class="row">
            <input type="checkbox" checked={view.fromEmail} disabled={busy} onChange={(e) => setFromEmail((e.target as HTMLInputElement).checked)} />
            {t('crmFromEmail', view.label)}
          </label>
          <p data-testid="crm-last-sync">{t('crmLastSync', when(status.lastSyncAt))}</p>
          {Boolean(status.pending) && <p class="hint">{t('crmPending', status.pending ?? 0)}</p>}
          {status.lastError && !view.reconnectNeeded && <p class="error" role="status">{t('crmLastError', when(status.lastError.at), status.lastError.key ? t(status.lastError.key, ...(status.lastError.params ?? [view.label])) : t('errorCrm_earlier', view.label))}</p>}
          {status.nextRetryAt && <p class="hint">{t('crmRetryAt', when(status.nextRetryAt))}</p>}
          <div class="row">
            <button type="button" disabled={busy || running || view.reconnectNeeded} onClick={() => void request('crm.syncNow', {}).catch((e: Error) => onError(errorText(e)))}>{t('crmSyncNow')}</button>
            <button type="button" class="danger" disabled={busy} onClick={disconnect}>{t('crmDisconnect')}</button>
          </div>
        </>
      )}
    </div>
  );
}
