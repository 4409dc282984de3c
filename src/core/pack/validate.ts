import { DROP, bool, isoDate, list, num, obj, text, type Issues, type Rule } from '../schema.js';
import type { PackStepTag, ProgrammePack } from './types.js';

/**
 * The runtime check of a programme pack: small, built from the kit's own schema rules (the JSON Schema in
 * `pack.schema.json` describes the same shape for editors and CI). What does not fit is dropped and
 * reported with its JSON path (`content["internship-checklist"].items[3].text: expected text`); the
 * rest of the pack still applies. Only a pack without a usable `id` and `version` is refused whole:
 * the id namespaces the intern's stored data.
 */

const LANG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const PACK_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** A text, or a text per language (`{ "en": "…", "es": "…" }`). */
export const packText = (max = 5000): Rule<string | Record<string, string>> => {
  const one = text(max);
  return (input, path, issues) => {
    if (typeof input === 'string') return one(input, path, issues);
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      issues.push(`${path}: expected text, or text per language ({ "en": "…" })`);
      return DROP;
    }
    const out: Record<string, string> = {};
    for (const [lang, value] of Object.entries(input)) {
      if (!LANG.test(lang)) issues.push(`${lang}: not a language tag`);
      else if (typeof value !== 'string') issues.push(`${lang}: expected text`);
      else out[lang] = value.slice(0, max);
    }
    if (!Object.keys(out).length) return DROP;
    return out;
  };
};

const id = text(200);
const ids = list(text(200));
const t = packText();
const cadence: Rule<string> = (input, path, issues) => {
  if (typeof input === 'string' && /^(week-after|monthly|quarterly|twice-a-year|custom:[1-9]\d{0,3})$/.test(input)) return input;
  issues.push(`${path}: expected week-after, monthly, quarterly, twice-a-year or custom:<days>`);
  return DROP;
};
const days = num(-3650, 3650);
const theme = obj({ id, label: t });
const list_ = { replace: bool(), hide: ids };

/** Each step's part, by tag. Exported for the steps that read the same shape on their own. */
export const partRules: Record<PackStepTag, Rule<object>> = {
  'internship-checklist': obj({}, { ...list_, sections: list(obj({ id, title: t })), items: list(obj({ id, section: text(100), text: t }, { why: t, offsetDays: days })) }),
  'feedback-questions': obj({}, { ...list_, themes: list(theme), questions: list(obj({ id, theme: text(100), text: t }, { tip: t })) }),
  'thank-you-composer': obj(
    {},
    {
      templates: obj({}, Object.fromEntries(['warm', 'formal', 'brief'].map((k) => [k, obj({}, Object.fromEntries(['greeting', 'opening', 'project', 'learned', 'moment', 'forward', 'closing', 'short', 'signoff'].map((f) => [f, t])))]))),
      subject: t,
      team: t,
      teamSubject: t,
    },
  ),
  'reflection-journal': obj({}, { themes: list(obj({ id, label: t }, { prompt: t })), hide: ids, frameworks: record(obj({ label: t, prompts: record(t) }, { hint: t })), skills: list(packText(200)), verbs: list(packText(100)) }),
  'finish-strong-planner': obj({}, { ...list_, milestones: list(obj({ id, text: t }, { offsetDays: days, date: isoDate() })) }),
  'keep-in-touch': obj({}, { ...list_, templates: list(obj({ id, label: packText(200), subject: packText(500), body: t })), cadences: obj({}, { default: cadence, tags: list(obj({ tag: packText(100), cadence })) }) }),
};

/** The steps' tags, in the kit's order. */
export const PACK_TAGS = Object.keys(partRules) as PackStepTag[];

/** An object of any keys whose values follow `rule`. */
function record<T>(rule: Rule<T>): Rule<Record<string, T>> {
  return (input, path, issues) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      issues.push(`${path}: expected an object`);
      return DROP;
    }
    const out: Record<string, T> = {};
    for (const [key, value] of Object.entries(input)) {
      const from = issues.length;
      const v = rule(value, '', issues);
      for (let j = from; j < issues.length; j++) issues[j] = `${JSON.stringify(key)}${issues[j][0] === ':' ? '' : '.'}${issues[j]}`.replace(/^"([A-Za-z_$][\w$]*)"/, '$1');
      if (v !== DROP) out[key] = v;
    }
    return out;
  };
}

const stringsRule = record(record(text(5000)));

/** `items[3].text: expected text` under `content["internship-checklist"]`. */
const at = (prefix: string, issue: string): string => prefix + (issue[0] === ':' || issue[0] === '[' ? '' : '.') + issue;

/**
 * Checks a pack: the usable pack (undefined when it has no usable `id` and `version`) and every issue,
 * each with its JSON path from `content`. A step's bad part is dropped alone; a bad item alone.
 */
export function readPack(input: unknown): { pack?: ProgrammePack; issues: Issues } {
  const issues: Issues = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { issues: ['content: expected an object { id, version, … }'] };
  const source = input as Record<string, unknown>;
  if (typeof source.id !== 'string' || !PACK_ID.test(source.id)) issues.push('content.id: expected the programme\'s id (letters, digits, ".", "_", "-"; up to 100)');
  if (typeof source.version !== 'number' || !Number.isInteger(source.version) || source.version < 1) issues.push('content.version: expected a whole number from 1');
  if (issues.length) return { issues };
  const pack: Record<string, unknown> = { id: source.id, version: source.version };
  for (const [key, value] of Object.entries(source)) {
    if (key === 'id' || key === 'version' || key === '$schema' || value === undefined) continue;
    const rule = key === 'name' ? t : key === 'strings' ? stringsRule : (partRules as Record<string, Rule<unknown>>)[key];
    const prefix = `content[${JSON.stringify(key)}]`.replace(/^content\["(name|strings)"\]/, 'content.$1');
    if (!rule) {
      issues.push(`${prefix}: unknown part (the steps are ${PACK_TAGS.join(', ')})`);
      continue;
    }
    const from = issues.length;
    const v = rule(value, '', issues);
    for (let j = from; j < issues.length; j++) issues[j] = at(prefix, issues[j]);
    if (v !== DROP) pack[key] = v;
  }
  return { pack: pack as unknown as ProgrammePack, issues };
}
