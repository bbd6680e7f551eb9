import { useState } from 'preact/hooks';
import { categoryList, loadCategories } from '@/components/useCategories';
import { request } from '@/lib/messages';
import type { CategoryValue, Dimension } from '@/lib/model';
import { DIMENSION_LABELS } from '@/lib/taxonomy';
import { announce } from '../announce';
import { errorText, labelOf, locale, t, tn } from '../i18n-override';
import { AddValueForm } from './AddValueForm';
import { CategoryRow } from './CategoryRow';
import { DeleteValueDialog } from './DeleteValueDialog';

interface Props {
  dimension: Dimension;
  /** This dimension's values in their order. */
  values: CategoryValue[];
  /** Tasks per "dimension:id". */
  usage: Record<string, number>;
}

/** One dimension: its values as reorderable rows, and a form to add one. */
export function DimensionEditor({ dimension, values, usage }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<CategoryValue | null>(null);
  const title = DIMENSION_LABELS[dimension][locale()];

  const fail = (e: Error) => setError(errorText(e));

  /** Moves `id` to `index` and saves the new order; optimistic, reverted by a reload on failure. */
  const move = (id: string, index: number, focusAfter = false) => {
    const from = values.findIndex((v) => v.id === id);
    if (from < 0 || index < 0 || index >= values.length || index === from) return;
    const ids = values.map((v) => v.id);
    ids.splice(from, 1);
    ids.splice(index, 0, id);
    const order = new Map(ids.map((value, i) => [value, i]));
    categoryList.value = categoryList.value.map((v) =>
      v.dimension === dimension && order.has(v.id) ? { ...v, order: order.get(v.id)! } : v,
    );
    const moved = values[from]!;
    announce(t('movedTo', labelOf(moved.labels), index + 1, values.length));
    if (focusAfter) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`[data-dimension="${dimension}"] li[data-value="${id}"]`)?.focus(),
      );
    }
    setError(null);
    void request('category.reorder', { dimension, ids })
      .then(({ categories }) => {
        const others = categoryList.value.filter((v) => v.dimension !== dimension);
        categoryList.value = [...others, ...categories.filter((v) => v.dimension === dimension)];
      })
      .catch((e: Error) => {
        fail(e);
        void loadCategories();
      });
  };

  const save = (value: CategoryValue) => {
    setError(null);
    return request('category.save', { value })
      .then(() => loadCategories())
      .catch(fail);
  };

  return (
    <div class="card dimension" data-dimension={dimension}>
      <h3 id={`dim-${dimension}`}>{title}</h3>
      <p class="hint">{t('reorderHint')}</p>
      {error && <p class="error" role="alert">{error}</p>}
      <ul class="value-list" aria-labelledby={`dim-${dimension}`}>
        {values.map((value, index) => (
          <CategoryRow
            key={value.id}
            value={value}
            index={index}
            total={values.length}
            count={usage[`${dimension}:${value.id}`] ?? 0}
            dragging={dragging === value.id}
            onMove={(to, focus) => move(value.id, to, focus)}
            onSave={save}
            onDelete={() => setDeleting(value)}
            onDragStart={() => setDragging(value.id)}
            onDragEnd={() => setDragging(null)}
            onDropHere={() => dragging && move(dragging, index)}
          />
        ))}
      </ul>
      <AddValueForm dimension={dimension} values={values} onAdd={save} />
      {deleting && (
        <DeleteValueDialog
          value={deleting}
          others={values.filter((v) => v.id !== deleting.id)}
          count={usage[`${dimension}:${deleting.id}`] ?? 0}
          onClose={() => setDeleting(null)}
          onDeleted={(moved) => {
            announce(tn('valueDeleted', moved, labelOf(deleting.labels), moved));
            setDeleting(null);
            void loadCategories();
          }}
        />
      )}
    </div>
  );
}
