import { define } from '../core/define.js';
import { InternshipWrapUp } from './internship-wrap-up.js';

define('internship-wrap-up', InternshipWrapUp);

declare global {
  interface HTMLElementTagNameMap {
    'internship-wrap-up': InternshipWrapUp;
  }
}
