/** Plain-text helpers shared by exports and the UI. */

/** Counts words in any script (letters and numbers runs), for the journal's word counts. */
export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu);
  return matches ? matches.length : 0;
}

/** Fills `{name}` placeholders; unknown names stay as they are so a typo is visible, not silent. */
export function fill(template: string, params: Readonly<Record<string, string | number | undefined>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    return value === undefined || value === '' ? whole : String(value);
  });
}

/**
 * A file-name-safe slug: "Thank you – Ana.txt". Keeps letters of any script. `fallback` (translated by
 * the caller) names the file when nothing of `base` is left.
 */
export function fileName(base: string, extension: string, fallback = 'strong-finish'): string {
  const slug = (text: string) => text.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  return `${slug(base) || slug(fallback) || 'strong-finish'}.${extension}`;
}
