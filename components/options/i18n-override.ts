// The options page's strings and language: the shared ones of components/i18n.ts.
export { applyTheme, errorText, labelOf, locale, t, tn } from '../i18n';
import { applyLanguage as apply } from '../i18n';

/** Applies a language setting to the options page (its title too). */
export const applyLanguage = (language: 'auto' | 'en' | 'zh-CN') => apply(language, 'optionsTitle');
