/**
 * Opt-in Spanish: `import 'strong-finish/translations/es.js'` registers the shipped Spanish catalogue for
 * every element on the page (`lang="es"` and its regions). Nothing else imports it, so pages that do not
 * need Spanish do not carry it.
 */
import { registerCatalogue } from '../core/i18n.js';
import messages from '../locales/es.js';

registerCatalogue('es', messages);
