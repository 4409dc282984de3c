import { define } from '../core/define.js';
import { KeepInTouch } from './keep-in-touch.js';

define('keep-in-touch', KeepInTouch);

export { KeepInTouch };

declare global {
  interface HTMLElementTagNameMap {
    'keep-in-touch': KeepInTouch;
  }
}
