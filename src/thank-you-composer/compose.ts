import { fill } from '../core/formats/text.js';
import { greetName } from '../core/names.js';
import type { Channel, SpecificKey, ToneTemplate } from './content.js';
import { SPECIFICS } from './content.js';

export interface ComposeInput {
  name: string;
  /** How to greet them ("Sara" for "Dr. Sara Ali"); derived from `name` when empty. */
  greeting?: string;
  specifics: Partial<Record<SpecificKey, string>>;
  channel: Channel;
  /** The intern's name for the signature (left out when empty). */
  me?: string;
  company: string;
  role?: string;
}

/**
 * Builds a draft from one tone's sentences. Each specific sentence appears only when that specific is
 * filled in; user text is substituted in one pass, so braces someone typed stay as typed.
 * - email: greeting, opening + specifics, closing, sign-off and name;
 * - linkedin: one short paragraph without sign-off (a message limit applies);
 * - card: handwritten, so the generic opening is dropped when there is something specific to say.
 */
export function compose(tpl: ToneTemplate, input: ComposeInput): string {
  const name = input.name.trim();
  const params = { first: greetName({ name, greeting: input.greeting }), name, company: input.company, role: input.role };
  const specifics: string[] = [];
  for (const key of SPECIFICS) {
    const value = input.specifics[key]?.trim();
    if (value) specifics.push(fill(tpl[key], { ...params, [key]: value }));
  }
  const greeting = fill(tpl.greeting, params);
  const opening = fill(tpl.opening, params);
  const closing = fill(tpl.closing, params);
  const sign = input.me?.trim() ? `${tpl.signoff}\n${input.me.trim()}` : tpl.signoff;
  if (input.channel === 'linkedin') return `${greeting} ${[opening, ...specifics, closing].join(' ')}`;
  const body = (input.channel === 'card' && specifics.length ? specifics : [opening, ...specifics]).join(' ');
  return [greeting, body, closing, sign].join('\n\n');
}
