/**
 * For the CDN builds (the autoloader's runtime chunk and dist/standalone/*.js): each shipped catalogue is
 * a chunk next to the bundle, fetched the first time an element on the page needs that language.
 * Not an npm entry: with npm, import `strong-finish/translations/<lang>.js` for the languages you use.
 */
import { registerTranslations } from '../core/i18n.js';

registerTranslations('es', () => import('../locales/es.js'));
registerTranslations('ar', () => import('../locales/ar.js'));
registerTranslations('fr', () => import('../locales/fr.js'));
