/**
 * Opt-in Arabic: `import 'strong-finish/translations/ar.js'` registers the shipped Arabic catalogue for
 * every element on the page (`lang="ar"` and its regions). Nothing else imports it, so pages that do not
 * need Arabic do not carry it.
 */
import { registerCatalogue } from '../core/i18n.js';
import messages from '../locales/ar.js';

registerCatalogue('ar', messages);
