import { define } from '../core/define.js';
import { ThankYouComposer } from './thank-you-composer.js';

define('thank-you-composer', ThankYouComposer);

declare global {
  interface HTMLElementTagNameMap {
    'thank-you-composer': ThankYouComposer;
  }
}
