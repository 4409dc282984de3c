/**
 * React wrapper for `<thank-you-composer>` alone: importing it defines that element only (not the whole kit).
 *
 * ```tsx
 * import { ThankYouComposer } from 'strong-finish/react/thank-you-composer.js';
 * ```
 */
import '../thank-you-composer/define.js';
import { ThankYouComposer as Element } from '../thank-you-composer/thank-you-composer.js';
import { wrap } from './wrap.js';

export const ThankYouComposer = wrap('thank-you-composer', Element, 'ThankYouComposer');
