/**
 * React wrapper for `<feedback-questions>` alone: importing it defines that element only (not the whole kit).
 *
 * ```tsx
 * import { FeedbackQuestions } from 'strong-finish/react/feedback-questions.js';
 * ```
 */
import '../feedback-questions/define.js';
import { FeedbackQuestions as Element } from '../feedback-questions/feedback-questions.js';
import { wrap } from './wrap.js';

export const FeedbackQuestions = wrap('feedback-questions', Element, 'FeedbackQuestions');
