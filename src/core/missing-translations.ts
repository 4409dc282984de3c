import { pluralCategories, shownInEnglish, translationOf, type Messages } from './i18n.js';

/**
 * The message ids a language still lacks, for a host adding or completing one (its own module: no
 * element needs it, so no page pays for it unless the host imports it).
 *
 * - `missingTranslations('pt-BR')`: the ids this page has shown in English so far in that locale (what
 *   the one console line counts), sorted.
 * - `missingTranslations('pt-BR', en)`, with the English template (`import en from
 *   'strong-finish/translations/en.js'`): every id of the kit the locale lacks (looking at its own
 *   strings, its language's and the shipped catalogue's, as the elements do), counted messages in the
 *   language's own plural categories (`x.one` and `x.other` in French and Portuguese, six in Arabic).
 */
export function missingTranslations(locale: string, template?: Messages): string[] {
  if (!template) return shownInEnglish(locale).sort();
  const bases = new Set(Object.keys(template).filter((id) => id.endsWith('.one') && `${id.slice(0, -4)}.other` in template).map((id) => id.slice(0, -4)));
  const needed = Object.keys(template).filter((id) => !bases.has(id.slice(0, id.lastIndexOf('.'))));
  for (const base of bases) for (const c of pluralCategories(locale)) needed.push(`${base}.${c}`);
  return needed.filter((id) => translationOf(locale, id) === undefined).sort();
}
