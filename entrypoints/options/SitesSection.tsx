// Sites: Gmail and Outlook are always on; each CRM and each custom domain is an optional host
// permission the rep grants here (Chrome asks). The background keeps the list of custom sites
// and registers the content script for the CRMs and custom sites on, nothing else the browser
// granted (the sync server's host is not a site). Turning a site off goes through the
// background, which gives back a permission only when sync or another site does not use it
// (lib/background/sites.ts).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { errorText, t } from '@/components/options/i18n-override';
import { SectionHeader } from '@/components/options/SectionHeader';
import { SiteHealthNote } from '@/components/options/SiteHealthNote';
import { request } from '@/lib/messages';
import type { SiteHealth } from '@/lib/messages/requests/page';
import { OPTIONAL_SITES, allOriginsOf, missingLaterOrigins, normaliseHost, originPatternFor, type OptionalSite } from '@/lib/sites';

/** Gmail and Outlook: required hosts, always on. */
const ALWAYS_ON = [
  { id: 'gmail', label: 'Gmail' },
  { id: 'outlook', label: 'Outlook' },
] as const;
/** Apps Tasklane recognises by their page on the rep's custom sites. */
const ON_CUSTOM_SITES = [{ id: 'roundcube', label: 'Roundcube' }] as const;

export function SitesSection() {
  const [granted, setGranted] = useState<Set<string>>(new Set());
  const [custom, setCustom] = useState<string[]>([]);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [health, setHealth] = useState<Record<string, SiteHealth>>({});

  const refresh = async () => {
    const [{ origins = [] }, { settings }, sites] = await Promise.all([browser.permissions.getAll(), request('settings.get', {}), request('sites.health', {})]);
    setGranted(new Set(origins));
    setCustom(settings.customSites);
    setHealth(sites.health);
  };
  useEffect(() => {
    void refresh().catch((e: Error) => setError(errorText(e)));
  }, []);

  const isOn = (site: OptionalSite) => site.origins.every((o) => granted.has(o));
  // permissions.request must run straight from the click: no await before it.
  const toggle = (site: OptionalSite) => {
    const change = isOn(site)
      ? request('sites.turnOff', { id: site.id })
      : browser.permissions.request({ origins: allOriginsOf(site) });
    void change.then(refresh).catch((e: Error) => setError(errorText(e)));
  };
  // A site turned on before an update added hosts of it (Salesforce Classic, Zoho's newer data
  // centres) stays on; the new hosts are the rep's to allow, from a click as Chrome requires.
  const allowMore = (origins: string[]) => {
    void browser.permissions.request({ origins }).then(refresh).catch((e: Error) => setError(errorText(e)));
  };
  const hostsOf = (origins: string[]) => origins.map((o) => /^https:\/\/([^/]+)\/\*$/.exec(o)?.[1] ?? o).join(', ');
  const addDomain = (event: Event) => {
    event.preventDefault();
    const host = normaliseHost(draft);
    if (!host) {
      setError(t('invalidDomain'));
      return;
    }
    void browser.permissions
      .request({ origins: [originPatternFor(host)] })
      .then(async (ok) => {
        if (!ok) return;
        await request('sites.addCustom', { host });
        setDraft('');
        setError(null);
        await refresh();
      })
      .catch((e: Error) => setError(errorText(e)));
  };
  const removeDomain = (host: string) => {
    void request('sites.removeCustom', { host })
      .then(refresh)
      .catch((e: Error) => setError(errorText(e)));
  };

  return (
    <section id="sites" aria-labelledby="sites-heading">
      <SectionHeader id="sites" title={t('sites')} intro={t('sitesIntro')} />
      {error && <p class="error" role="alert">{error}</p>}
      <div class="card">
        <h3>{t('alwaysOnSites')}</h3>
        <ul class="sites">
          {ALWAYS_ON.map((site) => (
            <li key={site.id} data-site={site.id}><span>{site.label}</span><SiteHealthNote site={site.id} health={health} /></li>
          ))}
        </ul>
      </div>
      {(['crm', 'webmail'] as const).map((kind) => (
        <div class="card" key={kind}>
          <h3>{t(kind === 'crm' ? 'crmSites' : 'webmailSites')}</h3>
          <ul class="sites">
            {OPTIONAL_SITES.filter((site) => site.kind === kind).map((site) => (
              <li key={site.id} data-site={site.id}>
                <span>{site.label}</span>
                <SiteHealthNote site={site.id} health={health} />
                <button type="button" role="switch" aria-checked={isOn(site)} aria-label={site.label} onClick={() => toggle(site)}>
                  {isOn(site) ? t('siteOn') : t('siteOff')}
                </button>
                {missingLaterOrigins(site, [...granted]).length > 0 && (
                  <button type="button" class="site-more" onClick={() => allowMore(missingLaterOrigins(site, [...granted]))}>
                    {t('siteMoreHosts', hostsOf(missingLaterOrigins(site, [...granted])))}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <div class="card">
        <h3>{t('customDomains')}</h3>
        <p class="hint">{t('customDomainsIntro')}</p>
        <ul class="sites">
          {ON_CUSTOM_SITES.filter((site) => health[site.id]).map((site) => (
            <li key={site.id} data-site={site.id}><span>{site.label}</span><SiteHealthNote site={site.id} health={health} /></li>
          ))}
          {custom.map((host) => (
            <li key={host}>
              <span>{host}</span>
              <button type="button" aria-label={`${t('remove')} ${host}`} onClick={() => removeDomain(host)}>{t('remove')}</button>
            </li>
          ))}
        </ul>
        <form onSubmit={addDomain}>
          <input aria-label={t('customDomains')} placeholder="crm.example.com" value={draft} maxLength={253}
            onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
          <button type="submit">{t('addDomain')}</button>
        </form>
      </div>
    </section>
  );
}
