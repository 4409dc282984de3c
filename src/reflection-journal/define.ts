import { define } from '../core/define.js';
import { ReflectionJournal } from './reflection-journal.js';

define('reflection-journal', ReflectionJournal);

export { ReflectionJournal };

declare global {
  interface HTMLElementTagNameMap {
    'reflection-journal': ReflectionJournal;
  }
}
