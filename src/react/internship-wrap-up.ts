/**
 * React wrapper for `<internship-wrap-up>`, the kit: importing it defines the kit and the widgets its
 * steps show.
 *
 * ```tsx
 * import { InternshipWrapUp } from 'strong-finish/react/internship-wrap-up.js';
 * ```
 */
// The kit's define entry does not load its steps yet (issue #21 makes it): without the widgets its tabs
// say "not available", so this wrapper defines them all. Drop `all.js` once the kit loads them itself.
import '../all.js';
import { InternshipWrapUp as Element } from '../internship-wrap-up/internship-wrap-up.js';
import { wrap } from './wrap.js';

export const InternshipWrapUp = wrap('internship-wrap-up', Element, 'InternshipWrapUp');
