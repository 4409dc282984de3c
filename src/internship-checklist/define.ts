import { define } from '../core/define.js';
import { InternshipChecklist } from './internship-checklist.js';

define('internship-checklist', InternshipChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'internship-checklist': InternshipChecklist;
  }
}
