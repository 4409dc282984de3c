/**
 * React wrapper for `<internship-wrap-up>`, the kit: importing it defines the kit, which loads the
 * widgets its steps show when they are needed.
 *
 * ```tsx
 * import { InternshipWrapUp } from 'strong-finish/react/internship-wrap-up.js';
 * ```
 */
// The kit's define entry loads each step's widget when it is shown or when the browser is idle.
import '../internship-wrap-up/define.js';
import { InternshipWrapUp as Element } from '../internship-wrap-up/internship-wrap-up.js';
import { wrap } from './wrap.js';

export const InternshipWrapUp = wrap('internship-wrap-up', Element, 'InternshipWrapUp');
