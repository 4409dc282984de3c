import { define } from '../core/define.js';
import { ProgrammeSummaryElement } from './programme-summary.js';

define('programme-summary', ProgrammeSummaryElement);

declare global {
  interface HTMLElementTagNameMap {
    'programme-summary': ProgrammeSummaryElement;
  }
}
