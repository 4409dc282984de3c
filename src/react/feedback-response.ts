/**
 * React wrapper for `<feedback-response>` alone (the supervisor's page): importing it defines that element only.
 *
 * ```tsx
 * import { FeedbackResponse } from 'strong-finish/react/feedback-response.js';
 * ```
 */
import '../feedback-response/define.js';
import { FeedbackResponse as Element } from '../feedback-response/feedback-response.js';
import { wrap } from './wrap.js';

export const FeedbackResponse = wrap('feedback-response', Element, 'FeedbackResponse');
