/**
 * Strong Finish: the element classes (side-effect free: importing this registers nothing) and the
 * shared core. Register elements with `import 'strong-finish/<tag>/define.js'` or `strong-finish/all.js`.
 */
export * from './core/index.js';
export * from './internship-checklist/internship-checklist.js';
export * from './feedback-questions/feedback-questions.js';
export * from './feedback-response/feedback-response.js';
export * from './thank-you-composer/thank-you-composer.js';
export * from './reflection-journal/reflection-journal.js';
export * from './finish-strong-planner/finish-strong-planner.js';
export * from './keep-in-touch/keep-in-touch.js';
export * from './internship-wrap-up/internship-wrap-up.js';
export * from './programme-summary/programme-summary.js';
