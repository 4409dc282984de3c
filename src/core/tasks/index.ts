export * from './tasks.js';
export { autoTicks, applyAutoTicks } from './auto.js';
export { taskEvents } from './calendar.js';
export { sourceLabel } from './labels.js';
export { stripLayout, type Strip, type StripItem, type StripMark } from './strip.js';
