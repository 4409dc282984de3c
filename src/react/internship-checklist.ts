/**
 * React wrapper for `<internship-checklist>` alone: importing it defines that element only (not the whole kit).
 *
 * ```tsx
 * import { InternshipChecklist } from 'strong-finish/react/internship-checklist.js';
 * ```
 */
import '../internship-checklist/define.js';
import { InternshipChecklist as Element } from '../internship-checklist/internship-checklist.js';
import { wrap } from './wrap.js';

export const InternshipChecklist = wrap('internship-checklist', Element, 'InternshipChecklist');
