import { StorageBanner } from '@/components/StorageBanner';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import { loadCategories } from '@/components/useCategories';
import { onChange } from '@/lib/messages';
import { announcement } from '@/components/options/announce';
import { errorText, t } from '@/components/options/i18n-override';
import { loadSettings } from '@/components/options/state';
import { CategoriesSection } from './CategoriesSection';
import { TemplatesSection } from './TemplatesSection';
import { ClassifierSection } from './ClassifierSection';
import { TargetsSection } from './TargetsSection';
import { TasksSection } from './TasksSection';
import { InsightsSection } from './InsightsSection';
import { SitesSection } from './SitesSection';
import { DataSection } from './DataSection';
import { PreferencesSection } from './PreferencesSection';
import { SyncSection } from './SyncSection';
import { CrmSection } from './CrmSection';

/** The sections, in navigation order; each has its own address (#id). */
const SECTIONS: { id: string; label: string; icon: string; Component: FunctionComponent }[] = [
  { id: 'tasks', label: 'navTasks', icon: '☰', Component: TasksSection },
  { id: 'insights', label: 'navInsights', icon: '◔', Component: InsightsSection },
  { id: 'targets', label: 'navTargets', icon: '◎', Component: TargetsSection },
  { id: 'categories', label: 'categories', icon: '◆', Component: CategoriesSection },
  { id: 'templates', label: 'navTemplates', icon: '❏', Component: TemplatesSection },
  { id: 'classifier', label: 'navClassifier', icon: '✦', Component: ClassifierSection },
  { id: 'sites', label: 'sites', icon: '⌂', Component: SitesSection },
  { id: 'data', label: 'navData', icon: '⇅', Component: DataSection },
  { id: 'sync', label: 'navSync', icon: '⟳', Component: SyncSection },
  { id: 'crm', label: 'navCrm', icon: '⇄', Component: CrmSection },
  { id: 'preferences', label: 'navPreferences', icon: '⚙', Component: PreferencesSection },
];
const DEFAULT_SECTION = 'categories';

function currentRoute(): string {
  const id = location.hash.replace(/^#\/?/, '');
  return SECTIONS.some((s) => s.id === id) ? id : DEFAULT_SECTION;
}

/** The options page: a side navigation and one section at a time, chosen by the address's hash. */
export function OptionsApp() {
  const [route, setRoute] = useState(currentRoute);
  const [error, setError] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const navigated = useRef(false);

  useEffect(() => {
    const fail = (e: Error) => setError(errorText(e));
    void Promise.all([loadCategories(), loadSettings()])
      .catch(fail)
      .finally(() => setReady(true));
    const off = onChange((event) => {
      if (event.entity === 'category') void loadCategories().catch(fail);
      if (event.entity === 'settings') void loadSettings().catch(fail);
    });
    const onHash = () => {
      navigated.current = true;
      setRoute(currentRoute());
    };
    window.addEventListener('hashchange', onHash);
    return () => {
      off();
      window.removeEventListener('hashchange', onHash);
    };
  }, []);

  // After a navigation (not on first load), move focus to the new section's heading.
  useEffect(() => {
    if (!navigated.current) return;
    mainRef.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [route]);

  const section = SECTIONS.find((s) => s.id === route) ?? SECTIONS[0]!;
  const Section = section.Component;
  return (
    <div class="layout">
      <a class="skip-link" href={`#${route}`} onClick={(e) => {
        e.preventDefault();
        mainRef.current?.querySelector<HTMLElement>('h2')?.focus();
      }}>{t('skipToContent')}</a>
      <nav class="sidenav" aria-label={t('optionsTitle')}>
        <div class="brand">
          <span class="brand-mark" aria-hidden="true">✓</span>
          <span>Tasklane</span>
        </div>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} aria-current={s.id === route ? 'page' : undefined} data-section={s.id}>
                <span class="nav-icon" aria-hidden="true">{s.icon}</span>
                {t(s.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main ref={mainRef} class={`content content-${route}`} id="content">
        <StorageBanner />
        {error && <p class="error banner" role="alert">{error}</p>}
        {ready ? <Section key={route} /> : <p class="empty">{t('loading')}</p>}
      </main>
      <div class="visually-hidden" aria-live="polite" role="status" data-testid="announcer">{announcement.value}</div>
    </div>
  );
}
