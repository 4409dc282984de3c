import { foldLine } from '../core/formats/content-line.js';
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
      const e = arr(v.entries);
      return [e.filter((i) => Object.values(i).some((x) => x !== i.id && filled(x))).length, e.length];
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

/**
 * Merges several iCalendar texts into one calendar: keeps each VEVENT/VTODO block as written and
 * renames repeated UIDs so every one is unique.
 */
export function mergeCalendars(texts: readonly string[], name: string): string {
  const out = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Strong Finish//Internship wrap-up//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', foldLine(`X-WR-CALNAME:${name.replace(/[\\;,]/g, '\\$&')}`)];
  const seen = new Set<string>();
  for (const text of texts) {
    // Logical lines: a physical line starting with a space or tab continues the previous one.
    const lines = text.split(/\r?\n(?![ \t])/).filter((l) => l !== '');
    let depth = 0;
    for (const line of lines) {
      const flat = line.replace(/\r?\n[ \t]/g, '');
      if (/^BEGIN:(VEVENT|VTODO)$/.test(flat)) depth++;
      if (!depth) continue;
      if (depth === 1 && flat.startsWith('UID:')) {
        const uid = flat.slice(4);
        let next = uid;
        for (let n = 2; seen.has(next); n++) next = uid.replace(/(@|$)/, `-${n}$1`);
        seen.add(next);
        out.push(foldLine(`UID:${next}`));
      } else out.push(line.replace(/\r?\n/g, '\r\n'));
      if (/^END:(VEVENT|VTODO)$/.test(flat)) depth--;
    }
  }
  out.push('END:VCALENDAR');
  return out.join('\r\n') + '\r\n';
}
