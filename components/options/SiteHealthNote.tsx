// One site's health in Options → Sites: when Tasklane last found people there, or a warning when
// the site's page was recognised more recently with nobody found on it — the first sign that the
// site changed its pages (the generic reader still runs beside its adapter).
import type { SiteHealth } from '@/lib/messages/requests/page';
import { locale, t } from './i18n-override';

function when(at: number): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
}

export function SiteHealthNote({ site, health }: { site: string; health: Record<string, SiteHealth> }) {
  const entry = health[site];
  if (!entry?.foundAt && !entry?.emptyAt) return <small class="hint site-health">{t('siteNotSeen')}</small>;
  const drifted = entry.emptyAt !== undefined && (entry.foundAt === undefined || entry.emptyAt > entry.foundAt);
  return (
    <small class={drifted ? 'site-health warning' : 'hint site-health'} role={drifted ? 'status' : undefined}>
      {drifted ? t('siteEmptyWarning', when(entry.emptyAt!)) : t('siteFoundAt', when(entry.foundAt!))}
    </small>
  );
}
