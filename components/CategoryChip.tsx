import type { CategoryValue } from '@/lib/model';
import { labelOf } from './i18n';

/** A category value as a small coloured chip. Labels are rendered as text, never as HTML. */
export function CategoryChip({ value }: { value: CategoryValue }) {
  return (
    <span class="chip" style={{ '--chip': value.color }} title={labelOf(value.labels)}>
      {labelOf(value.labels)}
    </span>
  );
}
