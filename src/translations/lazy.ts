/**
 * For the CDN builds (the autoloader's runtime chunk and dist/standalone/*.js): each shipped catalogue is
 * a chunk next to the bundle, fetched the first time an element on the page needs that language.
 * Not an npm entry: with npm, import `strong-finish/translations/<lang>.js` for the languages you use.
 */
import { registerTranslations } from '../core/i18n.js';
import { registerGrammar } from '../core/grammar.js';

registerTranslations('es', () => import('../locales/es.js'));
registerTranslations('ar', () => import('../locales/ar.js'));
// French grammar at the joins (de le → du, élision) comes with its catalogue.
registerTranslations('fr', () => Promise.all([import('../locales/fr.js'), import('../core/grammar-fr.js')]).then(([m, g]) => (registerGrammar('fr', g.default), m)));
