/**
 * React wrapper for `<finish-strong-planner>` alone: importing it defines that element only (not the whole kit).
 *
 * ```tsx
 * import { FinishStrongPlanner } from 'strong-finish/react/finish-strong-planner.js';
 * ```
 */
import '../finish-strong-planner/define.js';
import { FinishStrongPlanner as Element } from '../finish-strong-planner/finish-strong-planner.js';
import { wrap } from './wrap.js';

export const FinishStrongPlanner = wrap('finish-strong-planner', Element, 'FinishStrongPlanner');
