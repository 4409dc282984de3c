import { nextWorkingDay, suggestedDate, type Weekend } from '../core/dates.js';

export interface ChecklistItem {
  id: string;
  section: string;
  text: string;
  done: boolean;
  /** The user's own due date (`YYYY-MM-DD`). Without it the date follows `offsetDays` and the last day. */
  due?: string;
  note?: string;
  why?: string;
  /** Days relative to the last day (default and host items). */
  offsetDays?: number;
  custom?: true;
  /** Where the item came from: `pack:<programme id>` for a programme pack's item (absent: the kit's default or hers). */
  from?: string;
  /** Dropped by the programme (or hidden by its pack): not listed, kept with her ticks and notes, restorable. */
  retired?: true;
  /**
   * She reworded a programme item (its `text` is hers, and stays when the pack rewords it); in `value`,
   * also on a default she reworded. Without it, a pack item's words are the pack's, looked up by id.
   */
  edited?: true;
  /** A pack item's words as the pack last gave them: shown once the pack no longer has it (retired). */
  packText?: string;
}

/**
 * The item's date: the user's own, or the last day plus the offset (on a working day); undefined when
 * neither exists.
 *
 * A suggested date that falls before the intern's first visit (`firstVisit`) moves to that day, or to
 * the next working day when the first visit is not one. Someone who opens the checklist ten days before
 * the end could not have done the step suggested for two weeks before it: "Overdue · 3 days ago" would
 * blame them for time before they had the list. The step is still worth doing, so it stays dated (a
 * real date they can plan with and put in a calendar) and shows as due now; from the next day on it
 * counts as late like any other. Dates the intern chose are never moved. `weekend` is the locale's (or
 * the host's, see `weekendOf`): Friday–Saturday in Riyadh and Cairo.
 */
export function dueOf(item: ChecklistItem, lastDay: string | undefined, firstVisit?: string, weekend?: Weekend, holidays: Iterable<string> = []): string | undefined {
  if (item.due) return item.due;
  if (!lastDay || item.offsetDays === undefined) return undefined;
  const suggested = suggestedDate(lastDay, item.offsetDays, holidays, weekend);
  return firstVisit && suggested < firstVisit ? nextWorkingDay(firstVisit, holidays, weekend) : suggested;
}

/**
 * Moves an item before or after a neighbour in the same section (`delta` -1 or +1). Returns a new
 * list, or undefined when it can't move.
 */
export function moveInSection(items: readonly ChecklistItem[], id: string, delta: -1 | 1): ChecklistItem[] | undefined {
  const from = items.findIndex((i) => i.id === id);
  if (from < 0) return undefined;
  const section = items[from].section;
  let to = from + delta;
  while (to >= 0 && to < items.length && items[to].section !== section) to += delta;
  if (to < 0 || to >= items.length) return undefined;
  const next = items.slice();
  next[from] = items[to];
  next[to] = items[from];
  return next;
}

/** Moves `id` to just before `targetId` (drag and drop), taking the target's section. */
export function moveBefore(items: readonly ChecklistItem[], id: string, targetId: string): ChecklistItem[] | undefined {
  if (id === targetId) return undefined;
  const item = items.find((i) => i.id === id);
  const target = items.find((i) => i.id === targetId);
  if (!item || !target) return undefined;
  const rest = items.filter((i) => i.id !== id);
  rest.splice(rest.indexOf(target), 0, { ...item, section: target.section });
  return rest;
}

/** Makes ids unique (a host value may repeat them; rendering keys on them). */
export function uniqueIds(items: ChecklistItem[]): ChecklistItem[] {
  const seen = new Set<string>();
  return items.map((item) => {
    let id = item.id || 'item';
    for (let n = 2; seen.has(id); n++) id = `${item.id}-${n}`;
    seen.add(id);
    return id === item.id ? item : { ...item, id };
  });
}
