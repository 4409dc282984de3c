import type { PackStamp, PackStepTag, PackText, ProgrammePack } from './types.js';

/**
 * A pack's text in `locale`: the text itself, or the locale's entry (`es-MX`), its language's (`es`),
 * English, then the first one given. A pack text is always shown as text (never parsed as HTML).
 */
export function localize(value: PackText | undefined, locale: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  const lang = locale.split('-')[0];
  return value[locale] ?? value[lang] ?? value.en ?? Object.values(value)[0];
}

/** `from` of an item a pack gave: `pack:<id>`. */
export const packFrom = (pack: { id: string }): string => `pack:${pack.id}`;

/** The programme and version, as stored data records them. */
export const stampOf = (pack: ProgrammePack): PackStamp => ({ id: pack.id, version: pack.version });

/** Every `PackText` in a part, resolved for `locale` (lists and objects walked; ids and numbers kept). */
function resolveAll(value: unknown, locale: string, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveAll(v, locale, key));
  if (typeof value !== 'object' || value === null) return value;
  // A text per language: the keys are language tags and every value is text.
  if (TEXT_KEYS.has(key)) return localize(value as PackText, locale);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = resolveAll(v, locale, k);
  return out;
}

/** The fields whose values are `PackText` (in every part). */
const TEXT_KEYS = new Set([
  'text', 'why', 'title', 'label', 'tip', 'hint', 'prompt', 'subject', 'body', 'tag', 'skills', 'verbs', 'team', 'teamSubject',
  'greeting', 'opening', 'project', 'learned', 'moment', 'forward', 'closing', 'short', 'signoff',
  // a framework's prompts, by theme
  'industry', 'self', 'worked', 'didnt', 'fit', 'next',
]);

/**
 * A step's part of the pack in `locale`, in the shape the step takes as `content`, with `pack` (the
 * programme's stamp) so the step can mark and merge what it stores. Undefined when the pack has no part
 * for the step.
 */
export function partFor(pack: ProgrammePack | undefined, tag: PackStepTag, locale: string): (Record<string, unknown> & { pack: PackStamp }) | undefined {
  const part = pack?.[tag];
  if (!pack || !part) return undefined;
  const resolved = resolveAll(part, locale) as Record<string, unknown>;
  // Prompts keyed by a pack's own theme ids are texts too.
  const frameworks = resolved.frameworks as Record<string, { prompts?: Record<string, unknown> }> | undefined;
  if (frameworks) for (const fw of Object.values(frameworks)) if (fw.prompts) for (const k of Object.keys(fw.prompts)) fw.prompts[k] = localize(fw.prompts[k] as PackText, locale);
  return { ...resolved, pack: stampOf(pack) };
}
