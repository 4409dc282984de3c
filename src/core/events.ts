/**
 * The kit's own events: prefixed `sf-`, bubbling and composed so a host page can listen on any
 * ancestor (analytics, its own storage). One definition each, typed for `addEventListener`.
 */
import type { SupervisorResponse } from './formats/feedback-link.js';

export interface SfEventMap {
  /** The item as it is now (before the flip) and the state it is about to take. */
  'sf-item-toggle': { id: string; section: string; text: string; done: boolean; due?: string; note?: string; next: boolean };
  'sf-request': { channel: 'mail' | 'copy' | 'ics' };
  /**
   * A supervisor's written answers: sent from `<feedback-response>` (`mail`, `copy`; cancellable, so a host
   * with a backend can take it instead) or pasted into `<feedback-questions>` (`paste`).
   */
  'sf-response': { response: SupervisorResponse; channel: 'mail' | 'copy' | 'paste' };
  /** `id` and `personId` are the same (the person's id; `team` for the team note). */
  'sf-send': { id: string; personId: string; channel: 'mail' | 'copy' | 'download' | 'sent' };
  'sf-bullet': { text: string; action: 'created' | 'copied' };
  'sf-milestone': { id: string; text: string; date: string };
  /** `id` and `contactId` are the same. */
  'sf-contact-logged': { id: string; contactId: string; channel: string; date: string };
  'sf-step': { step: string; index: number };
  'sf-export': { format: 'ics' | 'vcf' | 'csv' | 'md' | 'txt' | 'json' | 'print' | 'copy'; tag: string };
  /**
   * The kit's progress, counts only (for a programme's analytics): fired once her saved data is read and
   * whenever a count changes. `steps.done` counts steps with every item done (keep-in-touch: one contact).
   */
  'sf-progress': { tag: string; steps: { done: number; total: number }; tasks: { done: number; total: number }; pack?: string; packVersion?: number };
}

export type SfEventName = keyof SfEventMap;

export function createSfEvent<K extends SfEventName>(name: K, detail: SfEventMap[K], cancelable = false): CustomEvent<SfEventMap[K]> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sf-item-toggle': CustomEvent<SfEventMap['sf-item-toggle']>;
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
