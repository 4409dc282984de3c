import { mergeICSTexts } from '../core/formats/ics.js';
import type { StepSlot } from './content.js';

type Loose = Record<string, unknown> | undefined;
const arr = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter((x) => x && typeof x === 'object') : []);
const filled = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '';

/** `[done, total]` for one step from the value its widget published (shapes from the widget issues). */
export function progress(slot: StepSlot, value: Loose): [number, number] {
  const v = value ?? {};
  switch (slot) {
    case 'checklist': {
      const items = arr(v.items);
      return [items.filter((i) => i.done === true).length, items.length];
    }
    case 'feedback': {
      const q = arr(v.selected);
      return [q.filter((i) => filled(i.takeaway) || filled(i.answer)).length, q.length];
    }
    case 'thanks': {
      const p = arr(v.people);
      return [p.filter((i) => i.status === 'sent').length, p.length];
    }
    case 'reflection': {
      // Only what the intern wrote counts: every entry carries its theme and prompt from the start.
      const e = arr(v.entries);
      return [e.filter((i) => filled(i.text)).length, e.length];
    }
    case 'planner': {
      const m = arr(v.milestones);
      return [m.filter((i) => i.done === true).length, m.length];
    }
    case 'contacts': {
      const c = arr(v.contacts).length;
      return [c, c];
    }
  }
}

/** The step named in a URL hash such as `#step=feedback` or `#a=1&step=thanks`. */
export function stepFromHash(hash: string): string | undefined {
  const m = /(?:^#?|&)step=([\w-]+)/.exec(hash);
  return m?.[1];
}

/** Merges the widgets' calendars into one (the core's writer; kept here under the kit's name). */
export const mergeCalendars = mergeICSTexts;
