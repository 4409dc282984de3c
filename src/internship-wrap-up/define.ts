import { define } from '../core/define.js';
import { InternshipWrapUp } from './internship-wrap-up.js';
import { stepLoaders } from './steps.js';

// This entry also brings the six steps, each loaded when shown or when the browser is idle.
InternshipWrapUp.stepLoaders ??= stepLoaders;
define('internship-wrap-up', InternshipWrapUp);

declare global {
  interface HTMLElementTagNameMap {
    'internship-wrap-up': InternshipWrapUp;
  }
}
