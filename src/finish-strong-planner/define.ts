import { define } from '../core/define.js';
import { FinishStrongPlanner } from './finish-strong-planner.js';

define('finish-strong-planner', FinishStrongPlanner);

declare global {
  interface HTMLElementTagNameMap {
    'finish-strong-planner': FinishStrongPlanner;
  }
}

export { FinishStrongPlanner };
