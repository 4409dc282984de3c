/**
 * Three-way merge of JSON values (base = what this copy last read, mine = this copy now, theirs = what
 * another device, tab or instance stored since). Pure, so it is property-tested on its own
 * (tests/node/merge.test.mjs) over every widget's value shape.
 *
 * - Objects merge per field; a field deleted on one side and edited on the other is kept.
 * - Arrays of objects merge per item, keyed by `id` (or, for shapes without ids, `name` or `date` when
 *   unique on every side): order from mine, new items from both sides, an item deleted on one side and
 *   edited on the other is kept, an item on both sides merges field by field.
 * - Arrays of primitives (and of objects without a usable key) merge as sets: additions and removals
 *   from both sides.
 * - The same field changed on both sides to different values: the later edit wins (`prefer`), counted in
 *   `conflicts` so the element can tell the intern.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface MergeOptions {
  /** Which side made the later edit, and so wins where both changed the same field. */
  prefer: 'mine' | 'theirs';
}

export interface MergeResult<T = unknown> {
  value: T;
  /** How many fields both sides changed differently (resolved in favour of `prefer`). */
  conflicts: number;
}

const KEYS = ['id', 'name', 'date'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep equality for JSON values (key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => jsonEqual(x, bb[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The field that identifies items in all three arrays, if there is one. */
function itemKey(...lists: unknown[][]): string | undefined {
  for (const key of KEYS) {
    const ok = lists.every((list) => {
      const seen = new Set<unknown>();
      for (const item of list) {
        if (!isObject(item)) return false;
        const id = item[key];
        if ((typeof id !== 'string' && typeof id !== 'number') || seen.has(id)) return false;
        seen.add(id);
      }
      return true;
    });
    if (ok && lists.some((l) => l.length)) return key;
  }
  return undefined;
}

const token = (v: unknown): string => (typeof v === 'string' ? `s${v}` : `j${JSON.stringify(v)}`);

export function merge3<T>(base: unknown, mine: T, theirs: unknown, options: MergeOptions): MergeResult<T> {
  const state = { conflicts: 0 };
  const value = mergeValue(base, mine, theirs, options, state) as T;
  return { value, conflicts: state.conflicts };
}

function mergeValue(base: unknown, mine: unknown, theirs: unknown, options: MergeOptions, state: { conflicts: number }): unknown {
  if (jsonEqual(mine, theirs)) return mine;
  if (jsonEqual(base, mine)) return theirs;
  if (jsonEqual(base, theirs)) return mine;
  if (isObject(mine) && isObject(theirs)) return mergeObjects(isObject(base) ? base : {}, mine, theirs, options, state);
  if (Array.isArray(mine) && Array.isArray(theirs)) {
    const b = Array.isArray(base) ? base : [];
    const key = itemKey(b, mine, theirs);
    if (key) return mergeKeyed(key, b, mine, theirs, options, state);
    return mergeSets(b, mine, theirs);
  }
  state.conflicts++;
  return options.prefer === 'mine' ? mine : theirs;
}

function mergeObjects(
  base: Record<string, unknown>,
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
  options: MergeOptions,
  state: { conflicts: number },
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    const m = mine[key];
    const t = theirs[key];
    const b = base[key];
    let v: unknown;
    if (m === undefined) v = b !== undefined && jsonEqual(b, t) ? undefined : t; // deleted here, untouched there
    else if (t === undefined) v = b !== undefined && jsonEqual(b, m) ? undefined : m;
    else v = mergeValue(b, m, t, options, state);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

function mergeKeyed(key: string, base: unknown[], mine: unknown[], theirs: unknown[], options: MergeOptions, state: { conflicts: number }): unknown[] {
  const idOf = (item: unknown) => token((item as Record<string, unknown>)[key]);
  const index = (list: unknown[]) => new Map(list.map((item) => [idOf(item), item]));
  const b = index(base);
  const t = index(theirs);
  const m = index(mine);
  const out: unknown[] = [];
  const placed = new Set<string>();
  for (const item of mine) {
    const id = idOf(item);
    const there = t.get(id);
    const before = b.get(id);
    let v: unknown;
    if (there !== undefined) v = mergeValue(before, item, there, options, state);
    else if (before === undefined || !jsonEqual(before, item)) v = item; // new here, or edited here and deleted there: kept
    else continue; // deleted there, untouched here
    out.push(v);
    placed.add(id);
  }
  // Their new items (and items they edited that we deleted), each after its neighbour on their side.
  let after = -1;
  for (const item of theirs) {
    const id = idOf(item);
    if (placed.has(id)) {
      after = out.findIndex((x) => idOf(x) === id);
      continue;
    }
    if (m.has(id)) continue;
    const before = b.get(id);
    if (before !== undefined && jsonEqual(before, item)) continue; // deleted here, untouched there
    out.splice(after + 1, 0, item);
    after++;
    placed.add(id);
  }
  return out;
}

function mergeSets(base: unknown[], mine: unknown[], theirs: unknown[]): unknown[] {
  const b = new Set(base.map(token));
  const t = new Set(theirs.map(token));
  const m = new Set(mine.map(token));
  const out: unknown[] = [];
  const seen = new Set<string>();
  for (const item of mine) {
    const k = token(item);
    if (seen.has(k)) continue;
    if (b.has(k) && !t.has(k)) continue; // removed there
    out.push(item);
    seen.add(k);
  }
  for (const item of theirs) {
    const k = token(item);
    if (seen.has(k) || b.has(k) || m.has(k)) continue; // only their additions
    out.push(item);
    seen.add(k);
  }
  return out;
}
