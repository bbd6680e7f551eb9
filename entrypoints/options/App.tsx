import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { categoryList, loadCategories } from '@/components/useCategories';
import { labelOf, uiLocale } from '@/lib/i18n';
import { onChange } from '@/lib/messages';
import { DIMENSIONS } from '@/lib/model';
import { DIMENSION_LABELS } from '@/lib/taxonomy/categories';
import { SitesSection } from './SitesSection';

const t = browser.i18n.getMessage;

/** The options page: the categories of the taxonomy and the sites Tasklane runs on. */
export function OptionsApp() {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const load = () => loadCategories().catch((e: Error) => setError(e.message));
    void load();
    return onChange((event) => event.entity === 'category' && void load());
  }, []);

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      {error && <p class="error" role="alert">{error}</p>}
      <section id="categories" aria-labelledby="categories-heading">
        <h2 id="categories-heading">{t('categories')}</h2>
        {DIMENSIONS.map((dimension) => (
          <div class="dimension" key={dimension} data-dimension={dimension}>
            <h3>{DIMENSION_LABELS[dimension][uiLocale()]}</h3>
            <ul>
              {categoryList.value
                .filter((value) => value.dimension === dimension)
                .map((value) => (
                  <li key={value.id} data-value={value.id}>
                    <span class="swatch" style={{ background: value.color }} aria-hidden="true" />
                    <span>{labelOf(value.labels)}</span>
                    {value.archived && <span class="archived">{t('archived')}</span>}
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </section>
      <SitesSection />
    </main>
  );
}
