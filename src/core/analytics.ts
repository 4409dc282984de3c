/**
 * What a host may forward to its analytics from any `sf-*` event: counts, ids and enums only — never
 * the intern's words, a supervisor's answer, a name or an e-mail address.
 *
 * An allowlist, not a denylist: a field reaches the result only when this table names it and its value
 * has the expected kind. A new event (or a new field on an old one) stays out until it is added here,
 * so nothing personal can slip through by default.
 */
import { CHANNELS } from '../keep-in-touch/types.js';

/** One record for a host's analytics: the event's name, the tag that acted, and safe fields. */
export interface AnalyticsRecord {
  /** The event's type, e.g. `sf-task`. */
  event: string;
  /** The custom element that acted (`detail.tag`, else the event's target), when it is one of ours. */
  tag?: string;
  [field: string]: string | number | boolean | Record<string, number | string> | undefined;
}

type Kind = 'id' | 'bool' | 'count' | readonly string[] | ((value: unknown) => AnalyticsRecord[string]);

/** Item, person and pack ids: short slugs with no spaces, dots or `@`, so a name or an address can't pass. */
const ID = /^[A-Za-z0-9][A-Za-z0-9_:-]{0,63}$/;
const TAG = /^(internship|feedback|thank|reflection|finish|keep|programme)-[a-z-]+$/;
const STEPS = ['checklist', 'feedback', 'thanks', 'reflection', 'planner', 'contacts'] as const;

const counts = (value: unknown): Record<string, number> | undefined => {
  if (!value || typeof value !== 'object') return undefined;
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(value)) if ((k === 'done' || k === 'total') && Number.isInteger(v) && (v as number) >= 0) out[k] = v as number;
  return Object.keys(out).length ? out : undefined;
};

/** The fields each event may pass on, and what kind of value each must have. */
const FIELDS: Record<string, Record<string, Kind>> = {
  'sf-item-toggle': { id: 'id', section: 'id', done: 'bool', next: 'bool' },
  'sf-task': { id: 'id', done: 'bool', step: STEPS, source: ['user', 'inferred', 'kit', 'step'] },
  'sf-request': { channel: ['mail', 'copy', 'ics', 'link'] },
  // The supervisor's words stay out; how many questions they answered is a count.
  'sf-response': {
    channel: ['mail', 'copy', 'paste', 'server', 'link'],
    response: (r) => {
      const answers = (r as { answers?: unknown } | null)?.answers;
      return Array.isArray(answers) ? { answered: answers.filter((a) => typeof a?.answer === 'string' && a.answer.trim() !== '').length, questions: answers.length } : undefined;
    },
  },
  'sf-send': { id: 'id', personId: 'id', channel: ['mail', 'copy', 'download', 'sent'] },
  'sf-bullet': { action: ['created', 'copied'] },
  'sf-milestone': { id: 'id' },
  'sf-contact-logged': { id: 'id', contactId: 'id', channel: CHANNELS },
  'sf-step': { step: STEPS, index: 'count' },
  'sf-export': { format: ['ics', 'vcf', 'csv', 'md', 'txt', 'json', 'print', 'copy'] },
  'sf-progress': { steps: counts, tasks: counts, pack: 'id', packVersion: 'count' },
};

function safe(kind: Kind, value: unknown): AnalyticsRecord[string] {
  if (typeof kind === 'function') return kind(value);
  if (kind === 'bool') return typeof value === 'boolean' ? value : undefined;
  if (kind === 'count') return Number.isInteger(value) && (value as number) >= 0 ? (value as number) : undefined;
  if (kind === 'id') return typeof value === 'string' && ID.test(value) ? value : undefined;
  return typeof value === 'string' && kind.includes(value) ? value : undefined;
}

/**
 * Reduces any `sf-*` event to what analytics may see; `undefined` for anything that isn't one.
 *
 * ```js
 * document.addEventListener('sf-task', (e) => dataLayer.push(forAnalytics(e)));
 * ```
 * @param event - an event from any Strong Finish element (listened for on the page or the element).
 */
export function forAnalytics(event: Event): AnalyticsRecord | undefined {
  if (!event || typeof event.type !== 'string' || !event.type.startsWith('sf-')) return undefined;
  const detail = ((event as CustomEvent).detail ?? {}) as Record<string, unknown>;
  const record: AnalyticsRecord = { event: event.type };
  const target = (event.target as Element | null)?.localName;
  const tag = typeof detail.tag === 'string' ? detail.tag : target;
  if (typeof tag === 'string' && TAG.test(tag)) record.tag = tag;
  for (const [field, kind] of Object.entries(FIELDS[event.type] ?? {})) {
    const value = safe(kind, detail[field]);
    if (value !== undefined) record[field] = value;
  }
  return record;
}
