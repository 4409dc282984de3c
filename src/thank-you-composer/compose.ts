import { fill } from '../core/formats/text.js';
import { greetName, hasTitle } from '../core/names.js';
import type { Channel, Form, SpecificKey, ToneTemplate } from './content.js';
import { SPECIFICS } from './content.js';

export interface ComposeInput {
  name: string;
  /** How to greet them ("Sara" for "Dr. Sara Ali"); derived from `name` when empty. */
  greeting?: string;
  /** Feminine or masculine forms where the language marks gender; neutral wording otherwise. */
  form?: Form;
  specifics: Partial<Record<SpecificKey, string>>;
  channel: Channel;
  /** The intern's name for the signature (left out when empty). */
  me?: string;
  company: string;
  role?: string;
  /** The LinkedIn character limit the note must fit (LinkedIn counts characters, not UTF-16 units). */
  limit?: number;
}

/** Punctuation a user often ends a detail with; the template's own sentence end follows it. */
const TRAILING = /[\s.,;:!?،؛。]+$/u;

/**
 * Builds a draft from one tone's whole sentences. Each specific sentence appears only when that
 * specific is filled in; user text is substituted in one pass, so braces someone typed stay as typed,
 * and loses its trailing punctuation, so "the survey." never ends "survey..". The greeting (which may
 * take two lines, as the Arabic formal one does) always stands on its own lines, on every channel.
 * - email: greeting, opening + specifics, closing, sign-off and name;
 * - linkedin: greeting on its own line, then one short paragraph without sign-off, fitted to `limit`: the
 *   generic opening goes first, then the closing, then the later details, so what is specific stays;
 * - card: handwritten, so the generic opening is dropped when there is something specific to say
 *   (every specific sentence therefore stands alone: none starts with "and").
 */
export function compose(tpl: ToneTemplate, input: ComposeInput): string {
  const name = input.name.trim();
  const params = { first: greetName({ name, greeting: input.greeting }), name, company: input.company, role: input.role };
  const specifics: string[] = [];
  for (const key of SPECIFICS) {
    const value = input.specifics[key]?.replace(TRAILING, '').trim();
    if (value) specifics.push(fill(tpl[key], { ...params, [key]: value }));
  }
  // A name with its own title ("د. سارة") takes no second one from the salutation («الأستاذة د. سارة»).
  const titled = hasTitle(name);
  const salutation =
    input.form === 'feminine'
      ? (titled && tpl.greetingTitledFeminine) || tpl.greetingFeminine
      : input.form === 'masculine'
        ? (titled && tpl.greetingTitledMasculine) || tpl.greetingMasculine
        : (titled && tpl.greetingTitled) || tpl.greeting;
  const greeting = fill(salutation, params).trim();
  const opening = fill(tpl.opening, params);
  const closing = fill(tpl.closing, params);
  const sign = input.me?.trim() ? `${tpl.signoff}\n${input.me.trim()}` : tpl.signoff;
  if (input.channel === 'linkedin') return fitNote(greeting, opening, specifics, closing, input.limit ?? Infinity);
  const body = (input.channel === 'card' && specifics.length ? specifics : [opening, ...specifics]).join(' ');
  return [greeting, body, closing, sign].join('\n\n');
}

/** The longest LinkedIn note within `limit` characters, dropping the least specific sentences first. */
function fitNote(greeting: string, opening: string, specifics: string[], closing: string, limit: number): string {
  // The greeting stands on its own line (as in every language's letters); the limit counts the line break.
  const note = (parts: string[]) => `${greeting}\n\n${parts.join(' ')}`;
  const tries = [[opening, ...specifics, closing], [...specifics, closing], [...specifics]];
  for (let n = specifics.length - 1; n >= 1; n--) tries.push(specifics.slice(0, n));
  for (const parts of tries) if ([...note(parts)].length <= limit) return note(parts);
  // Even one detail is too long: keep it, and the counter asks the intern to shorten it.
  return note(specifics.length ? specifics.slice(0, 1) : [opening]);
}
