/**
 * The planner's stored data (issue #28, DATA.md): its schema, its default milestones by id, and the
 * migrations from every earlier version. A default milestone is stored as what the intern did with it
 * (`{ id, from: 'default', date, done, offset }`); its text is the catalogue's, looked up at render in
 * the page's language. `text` is stored only when it is hers (her own milestone, or a host value that
 * reworded a default).
 *
 * Versions: 1 (≤ 0.1.0) stored every milestone with its text, written in the language of the moment
 * (often English on a Spanish page); 2 stores defaults by id.
 */
import { bool, DROP, isoDate, list, literalTrue, num, obj, text, type Rule } from '../core/schema.js';
import type { Migrations } from '../core/model/envelope.js';
import { itemSource } from '../core/model/items.js';
import { loadedTextsOf, type Translator } from '../core/i18n.js';
import { defaultMilestones } from './content.js';
import { dateOrEmpty } from './logic.js';

export const PLANNER_VERSION = 2;

/** The default milestones' ids, in their order. */
export const DEFAULT_MILESTONE_IDS: readonly string[] = defaultMilestones((_id, en) => en).map((m) => m.id);

/** The English text of each default milestone, by id (what version 1 stored on most pages). */
const ENGLISH = new Map(defaultMilestones((_id, en) => en).map((m) => [m.id, m.text]));
/** The catalogue id of a default milestone's text. */
export const milestoneTextId = (id: string): string => `planner.m.${id}`;
/** The English text of a default milestone, if `id` is one. */
export const englishMilestone = (id: string): string | undefined => ENGLISH.get(id);

const empty = () => '';

const milestoneFields = obj(
  { id: text(200), date: dateOrEmpty(), done: bool() },
  { text: text(), from: itemSource, offset: num(-3650, 3650), retired: literalTrue() },
  { date: empty, done: () => false },
);

/** One milestone as stored: `text` only when it is hers; any milestone but a default's or a pack's needs one. */
export const storedMilestone: Rule<Exclude<ReturnType<typeof milestoneFields>, typeof DROP>> = (input, path, issues) => {
  const m = milestoneFields(input, path, issues);
  if (m === DROP || m.text !== undefined || m.from === 'default' || m.from?.startsWith('pack:')) return m;
  if (!issues.some((i) => i.startsWith('text'))) issues.push('text: missing');
  return DROP;
};

export const projectRule = obj(
  { id: text(200), name: text(), status: text(), next: text(), files: text(), access: text(), owner: text(), contacts: text(), deadline: dateOrEmpty() },
  {},
  { name: empty, status: empty, next: empty, files: empty, access: empty, owner: empty, contacts: empty, deadline: empty },
);

/** The programme pack the milestones were last merged with (issue #30): its id, version and milestone ids. */
export const packSeenRule = obj({ id: text(100), version: num(1), ids: list(text(200)) }, { texts: list(text()) });

export const logRule = obj({ date: isoDate(), goal: text(), done: bool(), note: text() }, {}, { goal: empty, done: () => false, note: empty });

/**
 * Version 1 → 2: each milestone says where it comes from. A default's id with the English text (what
 * v1 wrote on most pages) becomes the default by id; any other text stays, as hers; a custom one is `own`.
 * (A text in another language is recognised when the element cleans the data, with its catalogues.)
 */
function v1to2(data: unknown): unknown {
  if (!data || typeof data !== 'object' || !Array.isArray((data as { milestones?: unknown }).milestones)) return data;
  const d = data as { milestones: Array<Record<string, unknown>> };
  return {
    ...d,
    milestones: d.milestones.map((m) => {
      if (!m || typeof m !== 'object' || typeof m.id !== 'string' || m.from !== undefined) return m;
      if (!ENGLISH.has(m.id) || typeof m.offset !== 'number') return { ...m, from: 'own' };
      const { text: t, ...rest } = m;
      return t === ENGLISH.get(m.id) ? { ...rest, from: 'default' } : { ...m, from: 'default' };
    }),
  };
}

export const plannerMigrations: Migrations = { 1: v1to2 };

type Loose = Record<string, unknown>;
const mapMilestones = (value: unknown, f: (m: Loose) => Loose): unknown => {
  if (!value || typeof value !== 'object' || !Array.isArray((value as { milestones?: unknown }).milestones)) return value;
  return { ...value, milestones: (value as { milestones: Loose[] }).milestones.map((m) => (m && typeof m === 'object' ? f(m) : m)) };
};

/**
 * A planner value (the kit's copy of one) as stored: a default milestone whose text is the kit's own (in
 * English or any catalogue loaded) without it; any other text kept as hers (issue #28).
 */
export const storedPlanner = (value: unknown): unknown =>
  mapMilestones(value, (m) => {
    if (m.from !== 'default' || typeof m.id !== 'string' || typeof m.text !== 'string') return m;
    const english = ENGLISH.get(m.id);
    if (english === undefined || (m.text !== english && !loadedTextsOf(milestoneTextId(m.id)).includes(m.text))) return m;
    const { text: _t, ...rest } = m;
    return rest;
  });

/** Stored planner data with each default milestone's text in the language of `t` (as `value` shows it). */
export const shownPlanner = (value: unknown, t: Translator): unknown =>
  mapMilestones(value, (m) => {
    const english = m.from === 'default' && typeof m.id === 'string' && m.text === undefined ? ENGLISH.get(m.id) : undefined;
    return english === undefined ? m : { ...m, text: t(milestoneTextId(m.id as string), english) };
  });
