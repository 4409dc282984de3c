/**
 * The `on…` props of every React wrapper, by tag: React prop name → DOM event name. Kept apart from
 * the wrappers so each `strong-finish/react/<tag>.js` imports only its own element.
 */
import type { EventName } from '@lit/react';
import type { SfEventMap, SfEventName } from '../core/events.js';

/** `change`: read `event.target.value`. */
const onChange = 'change' as EventName<Event & { target: EventTarget }>;
/** A typed `sf-*` event name: the handler receives `CustomEvent<SfEventMap[K]>`. */
const sf = <K extends SfEventName>(name: K) => name as EventName<CustomEvent<SfEventMap[K]>>;
const onSfExport = sf('sf-export');

/** Every wrapper's `on…` props, by React prop name → DOM event name. */
export const reactEvents = {
  'internship-checklist': { onChange, onSfItemToggle: sf('sf-item-toggle'), onSfTask: sf('sf-task'), onSfExport },
  'feedback-questions': { onChange, onSfRequest: sf('sf-request'), onSfResponse: sf('sf-response'), onSfTask: sf('sf-task'), onSfExport },
  'feedback-response': { onChange, onSfResponse: sf('sf-response'), onSfExport },
  'thank-you-composer': { onChange, onSfSend: sf('sf-send'), onSfExport },
  'reflection-journal': { onChange, onSfBullet: sf('sf-bullet'), onSfExport },
  'finish-strong-planner': { onChange, onSfMilestone: sf('sf-milestone'), onSfTask: sf('sf-task'), onSfExport },
  'keep-in-touch': { onChange, onSfContactLogged: sf('sf-contact-logged'), onSfExport },
  // The kit: its own `sf-step`, and every event of the widgets inside it (they bubble and are composed).
  'internship-wrap-up': {
    onChange,
    onSfStep: sf('sf-step'),
    onSfItemToggle: sf('sf-item-toggle'),
    onSfTask: sf('sf-task'),
    onSfRequest: sf('sf-request'),
    onSfResponse: sf('sf-response'),
    onSfSend: sf('sf-send'),
    onSfBullet: sf('sf-bullet'),
    onSfMilestone: sf('sf-milestone'),
    onSfContactLogged: sf('sf-contact-logged'),
    onSfExport,
  },
} as const;
