export * from './tasks.js';
export { autoTicks, applyAutoTicks } from './auto.js';
export { taskEvents } from './calendar.js';
export { sourceLabel } from './labels.js';
