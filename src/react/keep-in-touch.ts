/**
 * React wrapper for `<keep-in-touch>` alone: importing it defines that element only (not the whole kit).
 *
 * ```tsx
 * import { KeepInTouch } from 'strong-finish/react/keep-in-touch.js';
 * ```
 */
import '../keep-in-touch/define.js';
import { KeepInTouch as Element } from '../keep-in-touch/keep-in-touch.js';
import { wrap } from './wrap.js';

export const KeepInTouch = wrap('keep-in-touch', Element, 'KeepInTouch');
