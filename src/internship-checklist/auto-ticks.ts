/** The closed loop's rule lives with the kit's task list; re-exported for the checklist and its tests. */
export { autoTicks, inferTicks } from '../core/tasks/auto.js';
