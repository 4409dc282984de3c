/**
 * Strong Finish: the element classes (side-effect free: importing this registers nothing) and the
 * shared core. Register elements with `import 'strong-finish/<tag>/define.js'` or `strong-finish/all.js`.
 */
export * from './core/index.js';
export { InternshipWrapUp, type WrapUpValue, type WrapUpProfile } from './internship-wrap-up/internship-wrap-up.js';
