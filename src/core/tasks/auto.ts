/**
 * What the kit already knows is done: default checklist items that other steps' data show as done.
 * Applied by the kit as soon as any step changes, once per item (never re-ticked after the intern
 * unticks it), so the checklist, the planner and the overview agree at once.
 */
import { SAME_TASK } from './ids.js';
import type { Patch } from './tasks.js';

type Bag = Record<string, unknown>;

const get = (o: unknown, key: string): unknown => (typeof o === 'object' && o !== null ? (o as Bag)[key] : undefined);
const nonEmpty = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const hasItems = (v: unknown) => Array.isArray(v) && v.length > 0;
const list = (v: unknown): Bag[] => (Array.isArray(v) ? v.filter((x): x is Bag => typeof x === 'object' && x !== null) : []);

/** Ids of default checklist items that the kit's data shows as done. */
export function autoTicks(kitData: unknown): string[] {
  const out: string[] = [];
  const people = get(get(kitData, 'thanks'), 'people');
  if (Array.isArray(people) && people.some((p) => get(p, 'relationship') === 'supervisor' && get(p, 'status') === 'sent')) {
    out.push('thank-supervisor');
  }
  if (nonEmpty(get(get(get(kitData, 'feedback'), 'meeting'), 'date'))) out.push('schedule-feedback');
  if (hasItems(get(get(kitData, 'planner'), 'projects'))) out.push('handover');
  if (hasItems(get(get(kitData, 'contacts'), 'contacts'))) out.push('collect-contacts');
  if (nonEmpty(get(get(kitData, 'reflection'), 'summary'))) out.push('write-reflection');
  return out;
}

/**
 * Ticks, in the checklist (and in the planner for the same task), what `autoTicks` finds and the
 * checklist has not ticked for the intern before; records them in the checklist's `auto` list.
 */
export function applyAutoTicks(kitData: unknown): Patch {
  const checklist = get(kitData, 'checklist') as Bag | undefined;
  if (!checklist || !Array.isArray(checklist.items)) return {};
  const before = new Set(Array.isArray(checklist.auto) ? (checklist.auto as string[]) : []);
  const ids = new Set(list(checklist.items).map((i) => i.id));
  const fresh = autoTicks(kitData).filter((id) => !before.has(id) && ids.has(id));
  if (!fresh.length) return {};
  const tick = new Set(fresh);
  const patch: Patch = {
    checklist: { ...checklist, items: list(checklist.items).map((i) => (tick.has(i.id as string) && i.done !== true ? { ...i, done: true } : i)), auto: [...before, ...fresh] },
  };
  const planner = get(kitData, 'planner') as Bag | undefined;
  const milestones = list(planner?.milestones);
  if (milestones.some((m) => tick.has(SAME_TASK[m.id as string]) && m.done !== true)) {
    patch.planner = { ...planner, milestones: milestones.map((m) => (tick.has(SAME_TASK[m.id as string]) ? { ...m, done: true } : m)) };
  }
  return patch;
}
