/**
 * React wrappers for every Strong Finish element, made with `@lit/react`: properties are set as
 * properties (objects and arrays too), and each event has an `on…` prop. Importing this module
 * defines every element; `strong-finish/react/<tag>.js` gives one wrapper and defines only its
 * element. Works with React 18 and 19.
 *
 * ```tsx
 * import { InternshipChecklist } from 'strong-finish/react';
 * <InternshipChecklist endDate="2026-12-18" onChange={(e) => save(e.target.value)} />
 * ```
 *
 * Adding an element is three lines: its events in `events.ts`, its `src/react/<tag>.ts` (one
 * `wrap()` call) and its re-export below. A test fails when an element of the manifest has no wrapper.
 */
export { reactEvents } from './events.js';
export { InternshipChecklist } from './internship-checklist.js';
export { FeedbackQuestions } from './feedback-questions.js';
export { FeedbackResponse } from './feedback-response.js';
export { ProgrammeSummary } from './programme-summary.js';
export { ThankYouComposer } from './thank-you-composer.js';
export { ReflectionJournal } from './reflection-journal.js';
export { InternshipWrapUp } from './internship-wrap-up.js';
export { FinishStrongPlanner } from './finish-strong-planner.js';
export { KeepInTouch } from './keep-in-touch.js';

export type { SfEventMap } from '../core/events.js';
