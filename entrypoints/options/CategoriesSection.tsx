// Categories: the four dimensions of the taxonomy; add, rename, recolour, reorder, archive and
// delete values. The usage counts tell the rep what a deletion would touch.
import { categoryList } from '@/components/useCategories';
import { DimensionEditor } from '@/components/options/categories/DimensionEditor';
import { t } from '@/components/options/i18n-override';
import { SectionHeader, Status } from '@/components/options/SectionHeader';
import { useLive } from '@/components/options/useLive';
import { request } from '@/lib/messages';
import { DIMENSIONS } from '@/lib/model';

export function CategoriesSection() {
  const usage = useLive(async () => (await request('category.usage', {})).counts, ['task', 'category']);
  return (
    <section id="categories" aria-labelledby="categories-heading">
      <SectionHeader id="categories" title={t('categories')} intro={t('categoriesIntro')} />
      <Status error={usage.error} />
      <div class="dimension-grid">
        {DIMENSIONS.map((dimension) => (
          <DimensionEditor
            key={dimension}
            dimension={dimension}
            values={categoryList.value.filter((v) => v.dimension === dimension).sort((a, b) => a.order - b.order)}
            usage={usage.data ?? {}}
          />
        ))}
      </div>
    </section>
  );
}
