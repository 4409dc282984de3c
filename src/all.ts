/**
 * Defines every Strong Finish element and exports the public API. This is the entry of the one-tag
 * bundle `dist/strong-finish.js`; with npm it is `import 'strong-finish/all.js'`.
 */
import './internship-checklist/define.js';
import './feedback-questions/define.js';
import './feedback-response/define.js';
import './thank-you-composer/define.js';
import './reflection-journal/define.js';
import './finish-strong-planner/define.js';
import './keep-in-touch/define.js';
import './internship-wrap-up/define.js';

export * from './index.js';
