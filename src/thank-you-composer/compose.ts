import { fill } from '../core/formats/text.js';
import type { Channel, SpecificKey, ToneTemplate } from './content.js';
import { SPECIFICS } from './content.js';

export interface ComposeInput {
  name: string;
  specifics: Partial<Record<SpecificKey, string>>;
  channel: Channel;
  /** The intern's name for the signature (left out when empty). */
  me?: string;
  company: string;
  role?: string;
  /** The LinkedIn character limit the note must fit (LinkedIn counts characters, not UTF-16 units). */
  limit?: number;
}

/**
 * Builds a draft from one tone's sentences. Each specific sentence appears only when that specific is
 * filled in; user text is substituted in one pass, so braces someone typed stay as typed.
 * - email: greeting, opening + specifics, closing, sign-off and name;
 * - linkedin: one short paragraph without sign-off, fitted to `limit`: the generic opening goes first,
 *   then the closing, then the later details, so what is specific stays;
 * - card: handwritten, so the generic opening is dropped when there is something specific to say.
 */
export function compose(tpl: ToneTemplate, input: ComposeInput): string {
  const name = input.name.trim();
  const params = { first: name.split(/\s+/)[0] || name, name, company: input.company, role: input.role };
  const specifics: string[] = [];
  for (const key of SPECIFICS) {
    const value = input.specifics[key]?.trim();
    if (value) specifics.push(fill(tpl[key], { ...params, [key]: value }));
  }
  const greeting = fill(tpl.greeting, params);
  const opening = fill(tpl.opening, params);
  const closing = fill(tpl.closing, params);
  const sign = input.me?.trim() ? `${tpl.signoff}\n${input.me.trim()}` : tpl.signoff;
  if (input.channel === 'linkedin') return fitNote(greeting, opening, specifics, closing, input.limit ?? Infinity);
  const body = (input.channel === 'card' && specifics.length ? specifics : [opening, ...specifics]).join(' ');
  return [greeting, body, closing, sign].join('\n\n');
}

/** The longest LinkedIn note within `limit` characters, dropping the least specific sentences first. */
function fitNote(greeting: string, opening: string, specifics: string[], closing: string, limit: number): string {
  const note = (parts: string[]) => [greeting, ...parts].join(' ');
  const tries = [[opening, ...specifics, closing], [...specifics, closing], [...specifics]];
  for (let n = specifics.length - 1; n >= 1; n--) tries.push(specifics.slice(0, n));
  for (const parts of tries) if ([...note(parts)].length <= limit) return note(parts);
  // Even one detail is too long: keep it, and the counter asks the intern to shorten it.
  return note(specifics.length ? specifics.slice(0, 1) : [opening]);
}
