/**
 * Whether a text is written in the script of a language: a suggestion offered to the intern must be in
 * her language, and a sentence in another script (a supervisor's Arabic answer in an English kit) is
 * someone else's words, not an idea for her. The script comes from the locale (`ar` → Arabic, `es` →
 * Latin, `ru` → Cyrillic); a locale whose script a regular expression cannot name (`zh`, `ja`) accepts
 * every text.
 */
const cache = new Map<string, RegExp | null>();

function scriptOf(locale: string): RegExp | null {
  if (cache.has(locale)) return cache.get(locale)!;
  let re: RegExp | null = null;
  try {
    const script = new Intl.Locale(locale).maximize().script;
    if (script) re = new RegExp(`\\p{Script=${script}}`, 'u');
  } catch {
    re = null;
  }
  cache.set(locale, re);
  return re;
}

/** True when at least half of the text's letters are in the locale's script (or it has no letters, or the script is unknown). */
export function writtenIn(text: string, locale: string): boolean {
  const script = scriptOf(locale);
  if (!script) return true;
  const letters = text.match(/\p{L}/gu) ?? [];
  if (!letters.length) return true;
  const own = letters.filter((l) => script.test(l)).length;
  return own * 2 >= letters.length;
}
