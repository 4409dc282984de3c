import { DROP, type Rule } from '../schema.js';

/**
 * Where an item comes from, and what is stored of it (DATA.md): what the intern did, not what she was
 * shown. A default's or a pack's text is looked up by id at render, in the current language; `text` is
 * stored only when it is her words (her own item, or a default or pack item she reworded).
 */
export type ItemSource = 'default' | 'own' | `pack:${string}`;

/** The schema rule for a stored `from`: `default`, `own` or `pack:<id>` (one rule for every element's items). */
export const itemSource: Rule<ItemSource> = (input, path, issues) => {
  if (input === 'default' || input === 'own' || (typeof input === 'string' && /^pack:.{1,200}$/.test(input))) return input as ItemSource;
  issues.push(`${path}: expected default, own or pack:<id>`);
  return DROP;
};

/** The stored part every list item shares. Other fields (`done`, `note`, a newer build's) ride along. */
export interface StoredItem {
  id: string;
  /** Absent on data written before sources were stored: read as `own` when it has a text. */
  from?: ItemSource;
  /** Her words; absent while a default or pack item shows its own text. */
  text?: string;
}

/** A text lookup by item id (the catalogue for defaults, the pack for pack items); `undefined` when unknown. */
export type TextLookup = (item: StoredItem) => string | undefined;

/** True when the item's text is hers (typed or edited by her), so no language switch or pack update may change it. */
export function isHers(item: StoredItem): boolean {
  return typeof item.text === 'string';
}

/** The text to show: her words if she wrote any, else the source's text by id in the current language. */
export function itemText(item: StoredItem, lookup: TextLookup): string {
  return item.text ?? lookup(item) ?? '';
}

/**
 * The item after she typed `text` for it: a default or pack item whose text she set back to the
 * source's own drops `text` (it follows the language again); any other text is stored as hers.
 */
export function withText<I extends StoredItem>(item: I, text: string, lookup: TextLookup): I {
  const next = { ...item };
  if (item.from && item.from !== 'own' && lookup(item) === text) delete next.text;
  else next.text = text;
  return next;
}

/** A default item as stored before she did anything with it: its id and source only. */
export function defaultItem<I extends StoredItem>(id: string, fields: Omit<I, 'id' | 'from' | 'text'>): I {
  return { id, from: 'default', ...fields } as I;
}
