/**
 * Merging a new pack version into a started intern's list (checklist items, milestones): pure, so each
 * step and the tests share one rule.
 * - Items the pack added since she last merged appear, after the pack item that precedes them (their
 *   dates come from her last day, as every pack item's do).
 * - Items the pack dropped leave the list but stay stored with her ticks and notes (`retired: true`):
 *   exported, and restorable; an item the pack brings back returns.
 * - Items she never edited follow the pack's words; edited ones (`edited: true`) stay hers.
 * - Her own items, the kit's defaults and another programme's items are untouched.
 * Runs when the pack's id or version differs from the one the list was merged with (`seen`), so her own
 * changes in between (a restored item, a deleted one) are never undone on the next page load.
 */

/** What a list item needs for the merge. */
export interface MergeItem {
  id: string;
  from?: string;
  retired?: true;
  edited?: true;
  text?: string;
}

/** The pack a list was last merged with: its id, version and item ids. */
export interface PackSeen {
  id: string;
  version: number;
  ids: string[];
  /**
   * The pack's text of each item, by the index of its id (kept by steps that store a pack item without
   * its text): an item the next version drops keeps the words she last saw.
   */
  texts?: string[];
}

export interface MergeResult<T> {
  items: T[];
  seen: PackSeen;
  /** Whether anything changed (a merge that changed nothing writes nothing). */
  changed: boolean;
  added: string[];
  retired: string[];
}

/**
 * Merges `fresh` (the pack's items as the step creates them, each with `from: 'pack:<id>'`) into
 * `stored`. `follow(stored, fresh)` gives an unedited item the pack's words while keeping her fields;
 * `hidden` are the kit's default ids the pack hides (retired like dropped items, restorable);
 * `edited(item)` says whether the words are hers (default: `edited: true`; a step that stores a pack
 * item's text only when it is hers passes `(i) => i.text !== undefined`).
 */
export function mergePack<T extends MergeItem>(
  stored: readonly T[],
  fresh: readonly T[],
  pack: { id: string; version: number },
  seen: PackSeen | undefined,
  follow: (mine: T, theirs: T) => T,
  hidden: readonly string[] = [],
  edited: (item: T) => boolean = (item) => !!item.edited,
  textOf?: (item: T) => string | undefined,
): MergeResult<T> {
  const from = `pack:${pack.id}`;
  const byId = new Map(fresh.map((f) => [f.id, f]));
  const sameVersion = seen?.id === pack.id && seen.version === pack.version;
  const known = new Set(seen?.id === pack.id ? seen.ids : []);
  const hide = new Set(hidden);
  const added: string[] = [];
  const retired: string[] = [];
  let changed = false;
  const items: T[] = stored.map((item) => {
    if (item.from === from) {
      const theirs = byId.get(item.id);
      if (!theirs) {
        if (item.retired || sameVersion) return item;
        retired.push(item.id);
        changed = true;
        // Its words leave with the pack: it keeps the ones she last saw.
        const last = item.text === undefined && seen?.id === pack.id ? seen.texts?.[seen.ids.indexOf(item.id)] : undefined;
        return { ...item, retired: true, ...(typeof last === 'string' ? { text: last } : {}) };
      }
      let next = edited(item) ? item : follow(item, theirs);
      // Back in the pack: shown again (only when the version changed; her own choices stand in between).
      if (next.retired && !sameVersion && !known.has(item.id)) {
        next = { ...next };
        delete next.retired;
      }
      if (JSON.stringify(next) !== JSON.stringify(item)) changed = true;
      return next;
    }
    // A default the pack now hides: retired with her work, once per version.
    if ((!item.from || item.from === 'default') && !item.retired && hide.has(item.id) && !sameVersion && !(item as { custom?: true }).custom) {
      retired.push(item.id);
      changed = true;
      return { ...item, retired: true };
    }
    return item;
  });
  if (!sameVersion) {
    const have = new Set(items.map((i) => i.id));
    for (let k = 0; k < fresh.length; k++) {
      const f = fresh[k];
      // Already there, or there before and deleted by her: not added again.
      if (have.has(f.id) || known.has(f.id)) continue;
      // After the pack item before it, if she still has it; else at the end.
      let at = items.length;
      for (let p = k - 1; p >= 0; p--) {
        const i = items.findIndex((x) => x.id === fresh[p].id);
        if (i >= 0) {
          at = i + 1;
          break;
        }
      }
      items.splice(at, 0, f);
      have.add(f.id);
      added.push(f.id);
      changed = true;
    }
  }
  const next: PackSeen = { id: pack.id, version: pack.version, ids: fresh.map((f) => f.id) };
  if (textOf) next.texts = fresh.map((f) => textOf(f) ?? '');
  if (!sameVersion || JSON.stringify(seen) !== JSON.stringify(next)) changed = true;
  return { items, seen: next, changed, added, retired };
}

/**
 * Whether a merged list shows an item: not retired, and not another programme's (one origin, many
 * programmes: a `pack:<other>` item is kept, untouched, but never shown under this programme).
 */
export function showsItem(item: MergeItem, packId: string | undefined): boolean {
  if (item.retired) return false;
  if (!item.from?.startsWith('pack:')) return true;
  return item.from === `pack:${packId}`;
}

/** The list with retired item `id` back in it (with everything she did with it); undefined if none is retired. */
export function restoreRetired<T extends MergeItem>(items: readonly T[], id: string): T[] | undefined {
  if (!items.some((i) => i.id === id && i.retired)) return undefined;
  return items.map((i) => {
    if (i.id !== id || !i.retired) return i;
    const next = { ...i };
    delete next.retired;
    return next;
  });
}
