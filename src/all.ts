/**
 * Defines every Strong Finish element and exports the public API. This is the entry of the one-tag
 * bundle `dist/strong-finish.js`; with npm it is `import 'strong-finish/all.js'`.
 */
import './internship-wrap-up/define.js';

export * from './index.js';
