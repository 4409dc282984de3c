/**
 * One rule for every list a host's content shapes (checklist items, questions, milestones, templates):
 * an item whose id the kit has replaces the kit's item in place, a new id is added after them,
 * `hide` leaves the kit's items of those ids out, and `replace` starts from an empty list.
 */
export function shapeList<T extends { id: string }>(defaults: readonly T[], host: readonly T[] | undefined, options: { replace?: boolean; hide?: readonly string[] } = {}): T[] {
  const hide = new Set(options.hide);
  const mine = new Map((host ?? []).map((h) => [h.id, h]));
  const base = options.replace ? [] : defaults.filter((d) => !hide.has(d.id)).map((d) => mine.get(d.id) ?? d);
  const have = new Set(base.map((b) => b.id));
  return [...base, ...(host ?? []).filter((h) => !have.has(h.id))];
}
