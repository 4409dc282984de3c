/**
 * React wrappers for every Strong Finish element, made with `@lit/react`: properties are set as
 * properties (objects and arrays too), and each event has an `on…` prop. Importing this module
 * defines the elements. Works with React 18 and 19.
 *
 * ```tsx
 * import { InternshipChecklist } from 'strong-finish/react';
 * <InternshipChecklist endDate="2026-12-18" onChange={(e) => save(e.target.value)} />
 * ```
 *
 * Adding an element is two lines below: its events in `reactEvents`, and its wrapper. A test fails
 * when an element of the manifest has no wrapper.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { SfEventMap, SfEventName } from '../core/events.js';
// Defines every element and gives the classes.
import * as elements from '../all.js';

/** `change`: read `event.target.value`. */
const onChange = 'change' as EventName<Event & { target: EventTarget }>;
/** A typed `sf-*` event name: the handler receives `CustomEvent<SfEventMap[K]>`. */
const sf = <K extends SfEventName>(name: K) => name as EventName<CustomEvent<SfEventMap[K]>>;
const onSfExport = sf('sf-export');

/** Every wrapper's `on…` props, by React prop name → DOM event name. */
export const reactEvents = {
  'internship-checklist': { onChange, onSfItemToggle: sf('sf-item-toggle'), onSfExport },
  'feedback-questions': { onChange, onSfRequest: sf('sf-request'), onSfResponse: sf('sf-response'), onSfExport },
  'feedback-response': { onChange, onSfResponse: sf('sf-response'), onSfExport },
  'thank-you-composer': { onChange, onSfSend: sf('sf-send'), onSfExport },
  'reflection-journal': { onChange, onSfBullet: sf('sf-bullet'), onSfExport },
  'finish-strong-planner': { onChange, onSfMilestone: sf('sf-milestone'), onSfExport },
  'keep-in-touch': { onChange, onSfContactLogged: sf('sf-contact-logged'), onSfExport },
  // The kit: its own `sf-step`, and every event of the widgets inside it (they bubble and are composed).
  'internship-wrap-up': {
    onChange,
    onSfStep: sf('sf-step'),
    onSfItemToggle: sf('sf-item-toggle'),
    onSfRequest: sf('sf-request'),
    onSfResponse: sf('sf-response'),
    onSfSend: sf('sf-send'),
    onSfBullet: sf('sf-bullet'),
    onSfMilestone: sf('sf-milestone'),
    onSfContactLogged: sf('sf-contact-logged'),
    onSfExport,
  },
} as const;

const wrap = <I extends HTMLElement, T extends keyof typeof reactEvents>(tagName: T, elementClass: new () => I, displayName: string) =>
  createComponent({ react: React, tagName, elementClass, events: reactEvents[tagName], displayName });

// One line per element.
export const InternshipChecklist = wrap('internship-checklist', elements.InternshipChecklist, 'InternshipChecklist');
export const FeedbackQuestions = wrap('feedback-questions', elements.FeedbackQuestions, 'FeedbackQuestions');
export const FeedbackResponse = wrap('feedback-response', elements.FeedbackResponse, 'FeedbackResponse');
export const ThankYouComposer = wrap('thank-you-composer', elements.ThankYouComposer, 'ThankYouComposer');
export const ReflectionJournal = wrap('reflection-journal', elements.ReflectionJournal, 'ReflectionJournal');
export const InternshipWrapUp = wrap('internship-wrap-up', elements.InternshipWrapUp, 'InternshipWrapUp');
export const FinishStrongPlanner = wrap('finish-strong-planner', elements.FinishStrongPlanner, 'FinishStrongPlanner');
export const KeepInTouch = wrap('keep-in-touch', elements.KeepInTouch, 'KeepInTouch');

export type { SfEventMap } from '../core/events.js';
