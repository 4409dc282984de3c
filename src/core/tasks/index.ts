export * from './tasks.js';
export { autoTicks, applyAutoTicks, autoReason, inferTicks, type Inference } from './auto.js';
export { taskEvents } from './calendar.js';
export { autoReasonText, sourceLabel, type ReasonI18n } from './labels.js';
export { stripLayout, type Strip, type StripItem, type StripMark } from './strip.js';
