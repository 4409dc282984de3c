/**
 * The stored data's versions for <internship-checklist> (issue #28, DATA.md). Version 1 is what 0.1.0
 * (2026-11-25) wrote; version 2 adds firstVisit (the first visit, so suggested dates never fall before
 * it); version 3 stores the kit's default items by id (`{ id, from: 'default', section, done, … }`):
 * their text and why are the catalogue's, looked up at render in the page's language. `text` is stored
 * only when it is hers (her own item, or a default she reworded); the `edited` flag of version 2 is
 * that rule now (a default with a `text` is hers). Fixtures: tests/fixtures/stored/internship-checklist.v1.json, .v2.json.
 */
import type { Migrations } from '../core/model/envelope.js';
import { loadedTextsOf, type Translator } from '../core/i18n.js';
import { defaultItems } from './content.js';

export const CHECKLIST_VERSION = 3;

interface Known {
  /** Catalogue ids of the text and the why. */
  textId: string;
  whyId?: string;
  text: string;
  why?: string;
}

/** Each default item's English text and why, with their catalogue ids. */
const KNOWN: ReadonlyMap<string, Known> = (() => {
  const ids = defaultItems((id) => id);
  const en = defaultItems((_id, english) => english);
  return new Map(en.map((item, k) => [item.id, { textId: ids[k].text, whyId: ids[k].why, text: item.text, why: item.why }]));
})();

/** The ids of the kit's default items, in order. */
export const DEFAULT_ITEM_IDS: readonly string[] = [...KNOWN.keys()];

/** A default item's catalogue ids and English words, if `id` is one. */
export const defaultItemOf = (id: string): Known | undefined => KNOWN.get(id);

/** True when `text` is the default's own text for `id`: in English or in any catalogue loaded. */
export function isDefaultText(id: string, text: unknown): boolean {
  const k = KNOWN.get(id);
  return !!k && typeof text === 'string' && (text === k.text || loadedTextsOf(k.textId).includes(text));
}

/** True when `why` is the default's own why for `id` (English or any catalogue loaded). */
export function isDefaultWhy(id: string, why: unknown): boolean {
  const k = KNOWN.get(id);
  return !!k?.whyId && typeof why === 'string' && (why === k.why || loadedTextsOf(k.whyId).includes(why));
}

type Item = Record<string, unknown>;

/**
 * One stored or assigned item in version 3's shape: a default (by `from: 'default'`, or, in older data,
 * by its id when it is not her own item) keeps `text` and `why` only when they are not the default's
 * (in English or any catalogue loaded); `edited` goes (a `text` says it). Other items are unchanged.
 */
export function defaultById(item: Item, adopt: 'any' | 'same-text' = 'any'): Item {
  if (!item || typeof item !== 'object' || typeof item.id !== 'string' || !KNOWN.has(item.id)) return item;
  if (item.from === undefined) {
    if (item.custom) return item;
    if (adopt === 'same-text' && !isDefaultText(item.id, item.text)) return item;
  } else if (item.from !== 'default') return item;
  const { edited: _e, ...next } = item;
  next.from = 'default';
  if (isDefaultText(item.id, next.text)) delete next.text;
  if (isDefaultWhy(item.id, next.why)) delete next.why;
  return next;
}

/**
 * A programme pack's item as stored: its words are the pack's, looked up by id at render; `text` only when
 * hers (with `edited: true`, the flag a pack merge reads). `packText` keeps the pack's words as last seen,
 * shown only once the pack no longer has the item (retired, restorable). Other items are unchanged.
 */
export function packById(item: Item): Item {
  if (!item || typeof item !== 'object' || typeof item.from !== 'string' || !item.from.startsWith('pack:')) return item;
  const { why: _w, ...next } = item;
  if (item.edited && typeof item.text === 'string') return next;
  delete next.edited;
  if (typeof item.text === 'string') {
    next.packText = item.text;
    delete next.text;
  }
  return next;
}

/** Any item as stored (defaults and pack items by id). */
export const storedItem = (item: Item, adopt: 'any' | 'same-text' = 'same-text'): Item => packById(defaultById(item, adopt));

/**
 * Versions 1 and 2 → 3: the kit's default items by id. A default whose text is the English default's
 * (or any loaded catalogue's) drops it and follows the language; any other text stays, as hers.
 */
function toV3(data: unknown): unknown {
  if (!data || typeof data !== 'object' || !Array.isArray((data as { items?: unknown }).items)) return data;
  const d = data as { items: Item[] };
  return { ...d, items: d.items.map((i) => packById(defaultById(i))) };
}

export const checklistMigrations: Migrations = {
  /** 1 → 2: the fields added are optional; nothing to change. */
  1: (data) => data,
  2: toV3,
};

/**
 * An item as shown (and in `value`): a default with its text and why in the language of `t`, and
 * `edited` when the text is hers. A default's text in another language (read before its catalogue
 * arrived) is the default's too. Other items are unchanged.
 */
export function shownItem<I extends { id: string; from?: string; text?: string; why?: string; edited?: true; packText?: string }>(item: I, t: Translator): I {
  if (item.from?.startsWith('pack:')) return item.text === undefined ? { ...item, text: item.packText ?? '' } : item;
  const known = item.from === 'default' ? KNOWN.get(item.id) : undefined;
  if (!known) return item;
  const next = { ...item };
  if (item.text === undefined || isDefaultText(item.id, item.text)) next.text = t(known.textId, known.text);
  else next.edited = true;
  if (known.whyId && known.why !== undefined && (item.why === undefined || isDefaultWhy(item.id, item.why))) next.why = t(known.whyId, known.why);
  return next;
}

const mapItems = (value: unknown, f: (item: Item) => Item): unknown => {
  if (!value || typeof value !== 'object' || !Array.isArray((value as { items?: unknown }).items)) return value;
  return { ...value, items: (value as { items: Item[] }).items.map((i) => (i && typeof i === 'object' ? f(i) : i)) };
};

/** A checklist value (or the kit's copy of one) as stored: the kit's defaults by id, her words kept. */
export const storedChecklist = (value: unknown): unknown => mapItems(value, (i) => storedItem(i));

/** Stored checklist data with each default's text and why in the language of `t` (as `value` shows it). */
export const shownChecklist = (value: unknown, t: Translator): unknown => mapItems(value, (i) => shownItem(i as Item & { id: string }, t));
