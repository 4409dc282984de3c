/**
 * React wrapper for `<programme-summary>` alone (a career centre's staff page): importing it defines that element only.
 *
 * ```tsx
 * import { ProgrammeSummary } from 'strong-finish/react/programme-summary.js';
 * ```
 */
import '../programme-summary/define.js';
import { ProgrammeSummaryElement as Element } from '../programme-summary/programme-summary.js';
import { wrap } from './wrap.js';

export const ProgrammeSummary = wrap('programme-summary', Element, 'ProgrammeSummary');
