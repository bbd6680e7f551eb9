export { DEFAULT_CATEGORIES, DIMENSION_LABELS } from './categories';
export { DEFAULT_TEMPLATES } from './templates';
