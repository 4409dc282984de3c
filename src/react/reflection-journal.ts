/**
 * React wrapper for `<reflection-journal>` alone: importing it defines that element only (not the whole kit).
 *
 * ```tsx
 * import { ReflectionJournal } from 'strong-finish/react/reflection-journal.js';
 * ```
 */
import '../reflection-journal/define.js';
import { ReflectionJournal as Element } from '../reflection-journal/reflection-journal.js';
import { wrap } from './wrap.js';

export const ReflectionJournal = wrap('reflection-journal', Element, 'ReflectionJournal');
