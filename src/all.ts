/**
 * Defines every Strong Finish element and exports the public API: `import 'strong-finish/all.js'`.
 * The one-file bundle `dist/strong-finish.bundle.js` is built from it (src/bundle.ts); the one-tag
 * embed `dist/strong-finish.js` is the autoloader (src/loader.ts).
 */
import './internship-checklist/define.js';
import './feedback-questions/define.js';
import './feedback-response/define.js';
import './thank-you-composer/define.js';
import './reflection-journal/define.js';
import './finish-strong-planner/define.js';
import './keep-in-touch/define.js';
import './internship-wrap-up/define.js';
import './programme-summary/define.js';

export * from './index.js';
