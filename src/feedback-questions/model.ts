/**
 * The stored data's versions for <feedback-questions> (issue #28, DATA.md). Version 1 is what 0.1.0
 * (2026-11-25) wrote; version 2 added `response` (the supervisor's written answers: who, quote, reference,
 * date) and next steps as `{ id, text, done }` (version 1's plain texts are read as such by the schema's
 * step rule); version 3 stores the bank's questions on her agenda by id (`{ id, theme, from: 'default' }`):
 * their text is the catalogue's, looked up at render in the page's language, and `text` is stored only
 * when it is hers (her own question, or a default one she reworded). Each version rises so that a build
 * that only knows an earlier one never writes over data it would misread. Fixtures:
 * tests/fixtures/stored/feedback-questions.v1.json and .v2.json.
 */
import type { Migrations } from '../core/model/envelope.js';
import { loadedTextsOf, type Translator } from '../core/i18n.js';
import { defaultQuestions } from './content.js';

export const FEEDBACK_VERSION = 3;

/** The English text of each question of the built-in bank, by id (what versions 1 and 2 stored on most pages). */
const ENGLISH = new Map(defaultQuestions((_id, en) => en).map((q) => [q.id, q.text]));
/** The catalogue id of a built-in question's text. */
export const questionTextId = (id: string): string => `feedback.q.${id}`;
/** The English text of a built-in question, if `id` is one. */
export const englishQuestion = (id: string): string | undefined => ENGLISH.get(id);

type Loose = Record<string, unknown>;

/**
 * Version 2 → 3: a question of the built-in bank (its id, not her own) says so (`from: 'default'`) and
 * drops its text when it is the English one (what most pages stored); any other text stays, as hers.
 * (A text in another language is recognised when the element cleans the data, with its catalogues.)
 */
function v2to3(data: unknown): unknown {
  if (!data || typeof data !== 'object' || !Array.isArray((data as { selected?: unknown }).selected)) return data;
  const d = data as { selected: unknown[] };
  return {
    ...d,
    selected: d.selected.map((item) => {
      const q = item as Loose;
      if (!q || typeof q !== 'object' || typeof q.id !== 'string' || q.from !== undefined || q.custom || !ENGLISH.has(q.id)) return q;
      const { text, ...rest } = q;
      return text === ENGLISH.get(q.id) ? { ...rest, from: 'default' } : { ...q, from: 'default' };
    }),
  };
}

export const feedbackMigrations: Migrations = {
  /** 1 → 2: the fields added are optional; nothing to change. */
  1: (data) => data,
  2: v2to3,
};

const mapSelected = (value: unknown, f: (q: Loose) => Loose): unknown => {
  if (!value || typeof value !== 'object' || !Array.isArray((value as { selected?: unknown }).selected)) return value;
  return { ...value, selected: (value as { selected: unknown[] }).selected.map((q) => (q && typeof q === 'object' ? f(q as Loose) : q)) };
};

/**
 * The kit's copy of a feedback value as stored (issue #28): a bank question whose text is the bank's own
 * (English, or any loaded catalogue's) keeps no text, so a language switch never changes what is stored.
 */
export const storedFeedback = (value: unknown): unknown =>
  mapSelected(value, (q) => {
    if (typeof q.id !== 'string' || q.custom || (q.from !== undefined && q.from !== 'default')) return q;
    const english = ENGLISH.get(q.id);
    if (english === undefined) return q;
    const next: Loose = { ...q, from: 'default' };
    if (typeof q.text === 'string' && (q.text === english || loadedTextsOf(questionTextId(q.id)).includes(q.text))) delete next.text;
    return next;
  });

/** Stored feedback data with each bank question's text in the language of `t` (as `value` shows it). */
export const shownFeedback = (value: unknown, t: Translator): unknown =>
  mapSelected(value, (q) => {
    const english = typeof q.id === 'string' ? ENGLISH.get(q.id) : undefined;
    return q.from === 'default' && q.text === undefined && english !== undefined ? { ...q, text: t(questionTextId(q.id as string), english) } : q;
  });
