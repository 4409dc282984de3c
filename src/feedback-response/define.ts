import { define } from '../core/define.js';
import { FeedbackResponse } from './feedback-response.js';

define('feedback-response', FeedbackResponse);

declare global {
  interface HTMLElementTagNameMap {
    'feedback-response': FeedbackResponse;
  }
}
