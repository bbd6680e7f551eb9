import type { CategoryValue } from '@/lib/model';
import { labelOf } from './i18n-override';

/**
 * A category value as a coloured chip (the look of components/CategoryChip), labelled in the
 * options page's language, which may be overridden in Preferences.
 */
export function Chip({ value }: { value: CategoryValue }) {
  const label = labelOf(value.labels);
  return (
    <span class={value.archived ? 'chip chip-archived' : 'chip'} style={{ '--chip': value.color }} title={label}>
      {label}
    </span>
  );
}
