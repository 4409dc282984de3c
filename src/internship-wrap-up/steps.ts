import type { ElementLoaders } from '../core/lazy.js';

/**
 * Each step's element as its own import, so a bundler (and the CDN build) splits them into chunks the
 * kit loads when a step is shown or the browser is idle, after the kit's first paint.
 */
export const stepLoaders: ElementLoaders = {
  'internship-checklist': () => import('../internship-checklist/define.js'),
  'feedback-questions': () => import('../feedback-questions/define.js'),
  'thank-you-composer': () => import('../thank-you-composer/define.js'),
  'reflection-journal': () => import('../reflection-journal/define.js'),
  'finish-strong-planner': () => import('../finish-strong-planner/define.js'),
  'keep-in-touch': () => import('../keep-in-touch/define.js'),
};
