/**
 * The closed loop: which default checklist items are already done according to other widgets' data in
 * the kit (`kit.data`, keyed by slot). Pure and defensive: any shape may arrive.
 */
type Bag = Record<string, unknown>;

const get = (o: unknown, key: string): unknown => (typeof o === 'object' && o !== null ? (o as Bag)[key] : undefined);
const nonEmpty = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const hasItems = (v: unknown) => Array.isArray(v) && v.length > 0;

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
