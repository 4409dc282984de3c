import { fillJoined } from '../core/grammar.js';
import type { Channel, SpecificKey, ToneTemplate } from './content.js';
import { SPECIFICS } from './content.js';

export interface ComposeInput {
  /** The salutation line(s), from the person's address (`salutation()` in src/core/address.ts). */
  salutation: string;
  /** `{first}` (the greeting name) and `{name}` (the person in running text) for the sentences. */
  first: string;
  name: string;
  specifics: Partial<Record<SpecificKey, string>>;
  channel: Channel;
  /** The intern's name for the signature (left out when empty). */
  me?: string;
  company: string;
  role?: string;
  /** The language the note is written in: joins follow its grammar ("a" + "el …" → "al …"). */
  locale?: string;
  /** The LinkedIn character limit the note must fit (LinkedIn counts characters, not UTF-16 units). */
  limit?: number;
}

/** Punctuation a user often ends a detail with; the template's own sentence end follows it. */
const TRAILING = /[\s.,;:!?،؛。]+$/u;

/**
 * Builds a draft from one tone's whole sentences. Each specific sentence appears only when that
 * specific is filled in; user text is substituted in one pass, so braces someone typed stay as typed,
 * and loses its trailing punctuation, so "the survey." never ends "survey..". The salutation (which may
 * take two lines, as the Arabic formal one does) always stands on its own lines, on every channel.
 * Every tone's opening and closing thank the person, so a note that drops one still thanks:
 * - email: salutation, opening + specifics, closing, sign-off and name;
 * - linkedin: salutation on its own line, then one short paragraph without sign-off, fitted to `limit`:
 *   the generic opening goes first, then the later details, keeping the closing's thanks and one detail;
 * - card: handwritten, so the generic opening is dropped when there is something specific to say
 *   (every specific sentence therefore stands alone: none starts with "and").
 */
export function compose(tpl: ToneTemplate, input: ComposeInput): string {
  const locale = input.locale ?? 'en';
  const params = { first: input.first, name: input.name, company: input.company, role: input.role };
  const specifics: string[] = [];
  for (const key of SPECIFICS) {
    const value = input.specifics[key]?.replace(TRAILING, '').trim();
    if (value) specifics.push(fillJoined(tpl[key], { ...params, [key]: value }, locale));
  }
  const greeting = input.salutation.trim();
  const opening = fillJoined(tpl.opening, params, locale);
  const closing = fillJoined(tpl.closing, params, locale);
  const sign = input.me?.trim() ? `${tpl.signoff}\n${input.me.trim()}` : tpl.signoff;
  if (input.channel === 'linkedin') return fitNote(greeting, opening, specifics, closing, fillJoined(tpl.short, params, locale), input.limit ?? Infinity);
  const body = (input.channel === 'card' && specifics.length ? specifics : [opening, ...specifics]).join(' ');
  return [greeting, body, closing, sign].join('\n\n');
}

/**
 * The longest LinkedIn note within `limit` characters. It always thanks (the opening or the closing
 * does) and names the person (the salutation): the generic opening goes first, then the later details,
 * down to one detail and the closing.
 */
function fitNote(greeting: string, opening: string, specifics: string[], closing: string, short: string, limit: number): string {
  // The greeting stands on its own line (as in every language's letters); the limit counts the line break.
  const note = (parts: string[]) => `${greeting}\n\n${parts.join(' ')}`;
  const tries = specifics.length ? [[opening, ...specifics, closing]] : [[opening, closing], [opening], [closing], [short]];
  // As many details as fit, with the closing or else its short thanks; down to one detail and the short thanks.
  for (let n = specifics.length; n >= 1; n--) for (const end of [closing, short]) tries.push([...specifics.slice(0, n), end]);
  for (const parts of tries) if ([...note(parts)].length <= limit) return note(parts);
  // Even one detail and the short thanks are too long: keep them, and the counter asks the intern to shorten it.
  return note(specifics.length ? [specifics[0], short] : [short]);
}
