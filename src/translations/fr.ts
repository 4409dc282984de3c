/**
 * Opt-in French: `import 'strong-finish/translations/fr.js'` registers the shipped French catalogue for
 * every element on the page (`lang="fr"` and its regions: fr-CA, fr-BE, fr-CH… take their dates and
 * numbers from Intl) and French grammar at the joins (src/core/grammar-fr.ts). Nothing else imports it, so pages that do not need French do not carry it.
 */
import { registerCatalogue } from '../core/i18n.js';
import { registerGrammar } from '../core/grammar.js';
import french from '../core/grammar-fr.js';
import messages from '../locales/fr.js';

registerGrammar('fr', french);
registerCatalogue('fr', messages);
