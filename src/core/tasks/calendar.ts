import type { IcsEvent } from '../formats/ics.js';
import type { Task } from './tasks.js';

/**
 * One all-day event per dated task of the kit, reminding at 09:00 the day before while open.
 * Follow-ups are left to keep-in-touch's own repeating reminders (they would be a second event).
 */
export function taskEvents(tasks: readonly Task[]): IcsEvent[] {
  return tasks
    .filter((t) => t.due && t.source !== 'contacts')
    .map((t) => ({ uid: `task-${t.id.replace(':', '-')}`, summary: t.text, start: t.due!, ...(t.done ? {} : { alarm: { minutesBefore: 900 } }) }));
}
