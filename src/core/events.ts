/**
 * The kit's own events: prefixed `sf-`, bubbling and composed so a host page can listen on any
 * ancestor (analytics, its own storage). One definition each, typed for `addEventListener`.
 *
 * Every `detail` has `tag`: the local name of the element that acted. An event from a step inside
 * `<internship-wrap-up>` reaches the page retargeted to the kit (`event.target` is the kit), so
 * `detail.tag` is how a listener tells a thank-you sent (`thank-you-composer`) from a kit export.
 */
import type { SupervisorResponse } from './formats/feedback-link.js';
import type { TaskSource } from './tasks/tasks.js';

export interface SfEventMap {
  /** The item as it is now (before the flip) and the state it is about to take. */
  'sf-item-toggle': { tag: string; id: string; section: string; text: string; done: boolean; due?: string; note?: string; next: boolean };
  /**
   * After a task was completed (`done: true`) or reopened (`done: false`) by the intern: a checklist item,
   * a planner milestone, a feedback next step, or a task of the kit's list ticked in another step. Not
   * cancellable (`sf-item-toggle` is the checklist's cancellable one, before the change). `id` is the
   * task's id in the kit's one id space, `<step>:<ref>` (`checklist:handover`, `planner:m-12`,
   * `feedback:a-3`, `contacts:c-1@2026-12-08`); `step` is the step that holds it; `source` says how:
   * `user` (ticked in its own step), `step` (ticked in another step's view of the kit's list), `kit`
   * (the host called the kit's `tick()`).
   */
  'sf-task': { tag: string; id: string; done: boolean; step: TaskSource; source: 'user' | 'step' | 'kit' };
  'sf-request': { tag: string; channel: 'mail' | 'copy' | 'ics' };
  /**
   * A supervisor's written answers: sent from `<feedback-response>` (`mail`, `copy`; cancellable, so a host
   * with a backend can take it instead) or pasted into `<feedback-questions>` (`paste`).
   */
  'sf-response': { tag: string; response: SupervisorResponse; channel: 'mail' | 'copy' | 'paste' };
  /** `id` and `personId` are the same (the person's id; `team` for the team note). */
  'sf-send': { tag: string; id: string; personId: string; channel: 'mail' | 'copy' | 'download' | 'sent' };
  'sf-bullet': { tag: string; text: string; action: 'created' | 'copied' };
  'sf-milestone': { tag: string; id: string; text: string; date: string };
  /** `id` and `contactId` are the same. */
  'sf-contact-logged': { tag: string; id: string; contactId: string; channel: string; date: string };
  'sf-step': { tag: string; step: string; index: number };
  'sf-export': { tag: string; format: 'ics' | 'vcf' | 'csv' | 'md' | 'txt' | 'json' | 'print' | 'copy' };
  /**
   * The kit's progress, counts only (for a programme's analytics): fired once her saved data is read and
   * whenever a count changes. `steps.done` counts steps with every item done (keep-in-touch: one contact).
   */
  'sf-progress': { tag: string; steps: { done: number; total: number }; tasks: { done: number; total: number }; pack?: string; packVersion?: number };
}

export type SfEventName = keyof SfEventMap;

/** `tag` may be left out (an element's `emit` adds its own). */
export function createSfEvent<K extends SfEventName>(name: K, detail: Omit<SfEventMap[K], 'tag'> & { tag?: string }, cancelable = false): CustomEvent<SfEventMap[K]> {
  return new CustomEvent(name, { detail: detail as SfEventMap[K], bubbles: true, composed: true, cancelable });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sf-item-toggle': CustomEvent<SfEventMap['sf-item-toggle']>;
    'sf-task': CustomEvent<SfEventMap['sf-task']>;
    'sf-request': CustomEvent<SfEventMap['sf-request']>;
    'sf-response': CustomEvent<SfEventMap['sf-response']>;
    'sf-send': CustomEvent<SfEventMap['sf-send']>;
    'sf-bullet': CustomEvent<SfEventMap['sf-bullet']>;
    'sf-milestone': CustomEvent<SfEventMap['sf-milestone']>;
    'sf-contact-logged': CustomEvent<SfEventMap['sf-contact-logged']>;
    'sf-step': CustomEvent<SfEventMap['sf-step']>;
    'sf-export': CustomEvent<SfEventMap['sf-export']>;
    'sf-progress': CustomEvent<SfEventMap['sf-progress']>;
  }
}
