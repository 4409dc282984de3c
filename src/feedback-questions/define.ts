import { define } from '../core/define.js';
import { FeedbackQuestions } from './feedback-questions.js';

define('feedback-questions', FeedbackQuestions);

declare global {
  interface HTMLElementTagNameMap {
    'feedback-questions': FeedbackQuestions;
  }
}
