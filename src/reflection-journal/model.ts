/**
 * The reflection's stored data (issue #28, DATA.md): its versions and the ids of its default content.
 * Version 1 (≤ 0.1.0) stored each entry's prompt text and the default skills' names, in the language of
 * the moment; version 2 stores what she did: an entry's prompt is the framework's (by its id and the
 * theme) and is stored only when it is not one of the kit's; a default skill is `{ id, from: 'default' }`
 * (its name looked up at render in the page's language) and an entry's skills name skills by their key
 * (a default's id, else the name she or the host gave it). Fixture: tests/fixtures/stored/reflection-journal.v1.json.
 */
import type { Migrations } from '../core/model/envelope.js';
import { loadedTextsOf, type Translator } from '../core/i18n.js';
import { defaultFrameworks, defaultSkills, SKILL_IDS } from './content.js';

export const REFLECTION_VERSION = 2;

const english = <X>(f: (t: (id: string, en: string) => string) => X): X => f((_id, en) => en);
const ENGLISH_SKILLS = english(defaultSkills);
/** A default skill's English name, if `id` is one. */
export const englishSkill = (id: string): string | undefined => ENGLISH_SKILLS[SKILL_IDS.indexOf(id)];
/** The catalogue id of a default skill's name. */
export const skillTextId = (id: string): string => `reflection.skill.${id}`;
/** The default skill whose English name this is. */
const skillOfEnglish = (name: unknown): string | undefined => (typeof name === 'string' ? SKILL_IDS[ENGLISH_SKILLS.indexOf(name)] : undefined);

/** Every prompt of the kit's frameworks in English, by theme (what version 1 stored on most pages). */
const ENGLISH_PROMPTS = new Set(Object.values(english(defaultFrameworks)).flatMap((fw) => Object.values(fw.prompts)));
/** True when `text` is one of the kit's prompts in English. */
export const isEnglishPrompt = (text: unknown): boolean => typeof text === 'string' && ENGLISH_PROMPTS.has(text);

type Loose = Record<string, unknown>;
const isObj = (v: unknown): v is Loose => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Version 1 → 2: prompts that are the kit's (in English) are dropped; default skills stored by name in
 * English become `{ id, from: 'default' }`, and the entries name them by id. Other texts stay, as hers.
 * (Texts in another language are recognised when the element cleans the data, with its catalogues.)
 */
function v1to2(data: unknown): unknown {
  if (!isObj(data)) return data;
  const out: Loose = { ...data };
  if (Array.isArray(data.entries)) {
    out.entries = data.entries.map((e) => {
      if (!isObj(e)) return e;
      const next: Loose = { ...e };
      if (isEnglishPrompt(e.prompt)) delete next.prompt;
      if (Array.isArray(e.skills)) next.skills = e.skills.map((s) => skillOfEnglish(s) ?? s);
      return next;
    });
  }
  if (Array.isArray(data.skills)) {
    out.skills = data.skills.map((s) => {
      if (!isObj(s) || s.from !== undefined) return s;
      const id = skillOfEnglish(s.name);
      if (!id) return s;
      const { name: _n, ...rest } = s;
      return { id, from: 'default', ...rest };
    });
  }
  return out;
}

export const reflectionMigrations: Migrations = { 1: v1to2 };

/** The catalogue ids of the kit's frameworks' prompts. */
const PROMPT_IDS = Object.values(defaultFrameworks((id) => id)).flatMap((fw) => Object.values(fw.prompts) as string[]);
/** True when `text` is one of the kit's prompts, in English or in any catalogue loaded. */
const isKitPrompt = (text: unknown): boolean => isEnglishPrompt(text) || (typeof text === 'string' && PROMPT_IDS.some((id) => loadedTextsOf(id).includes(text)));
/** The names a default skill has: English and every catalogue loaded. */
const skillNames = (id: string): string[] => {
  const en = englishSkill(id);
  return en === undefined ? [] : [en, ...loadedTextsOf(skillTextId(id))];
};

/**
 * The kit's copy of a reflection value as stored (issue #28), as the element stores its own: the kit's
 * prompts dropped, default skills by id (no name unless she renamed one), entries naming them by id.
 */
export const storedReflection = (value: unknown): unknown => {
  if (!isObj(value)) return value;
  const out: Loose = { ...value };
  const keyOf = new Map<string, string>();
  if (Array.isArray(value.skills)) {
    out.skills = value.skills.map((s) => {
      if (!isObj(s)) return s;
      let id = s.from === 'default' && typeof s.id === 'string' ? s.id : undefined;
      if (!id && s.from === undefined && s.id === undefined) id = SKILL_IDS.find((d) => skillNames(d).includes(s.name as string));
      if (!id || englishSkill(id) === undefined) return s;
      for (const name of skillNames(id)) keyOf.set(name, id);
      const next: Loose = { ...s, id, from: 'default' };
      if (typeof next.name === 'string' && skillNames(id).includes(next.name)) delete next.name;
      return next;
    });
  }
  if (Array.isArray(value.entries)) {
    out.entries = value.entries.map((e) => {
      if (!isObj(e)) return e;
      const next: Loose = { ...e };
      if (isKitPrompt(e.prompt)) delete next.prompt;
      if (Array.isArray(e.skills)) next.skills = [...new Set(e.skills.map((k) => (typeof k === 'string' && !SKILL_IDS.includes(k) ? keyOf.get(k) ?? k : k)))];
      return next;
    });
  }
  return out;
};

/** Stored reflection data with the kit's prompts and default skills' names in the language of `t` (as `value` shows them). */
export const shownReflection = (value: unknown, t: Translator): unknown => {
  if (!isObj(value)) return value;
  const frameworks = defaultFrameworks(t);
  const fw = frameworks[value.framework as string] ?? frameworks.seed;
  const out: Loose = { ...value };
  const names = new Map<string, string>();
  if (Array.isArray(value.skills)) {
    out.skills = value.skills.map((s) => {
      if (!isObj(s) || s.from !== 'default' || typeof s.id !== 'string' || englishSkill(s.id) === undefined) return s;
      const name = typeof s.name === 'string' ? s.name : t(skillTextId(s.id), englishSkill(s.id)!);
      names.set(s.id, name);
      return { ...s, name };
    });
  }
  if (Array.isArray(value.entries)) {
    out.entries = value.entries.map((e) => {
      if (!isObj(e)) return e;
      const theme = e.theme as keyof typeof fw.prompts;
      const next: Loose = { ...e, prompt: e.prompt ?? fw.prompts[theme] ?? frameworks.seed.prompts[theme] };
      if (Array.isArray(e.skills)) next.skills = e.skills.map((k) => (typeof k === 'string' ? names.get(k) ?? k : k));
      return next;
    });
  }
  return out;
};
