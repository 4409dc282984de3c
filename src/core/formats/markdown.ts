import { toWellFormed } from './content-line.js';

/**
 * Markdown writers whose user text stays text: whatever someone typed can never become a link with
 * other words than its address, an image, a heading, a list, a table or raw HTML in a CommonMark/GFM
 * renderer. The file also reads as ordinary text: a bare address or e-mail (`https://…`, `ana@…`) is
 * left as typed (GFM shows it as a link to exactly itself) and line breaks are plain line ends.
 */

// Every character that starts or closes inline syntax, escaped; `&` only where it would start an entity.
// `>` closes only what an escaped `<` can no longer open (a quote at a line's start is handled below).
const INLINE = /[\\`*[\]<!|~$]|&(?=#?\w+;)/g;
// `_` emphasises only at a word's edge: `jordan_alvarez` stays as typed.
const UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
// Web addresses and e-mails, as GFM autolinks them; GFM keeps backslashes inside them, so they are left
// as typed when they hold nothing that could mean Markdown in a renderer without autolinks.
// (The lookbehind starts an e-mail only where a word starts, which keeps a 10,000-letter line linear.)
const ADDRESS = /((?:https?:\/\/|ftp:\/\/|www\.)\S+|(?<![\p{L}\p{N}._+-])[\p{L}\p{N}._+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/iu;
const SAFE_ADDRESS = /^[\p{L}\p{N}\-./:?#@=%+,;'()]*$/u;
// An autolink runs on to the next space or `<` and ignores backslash escapes inside it, so an address
// that holds anything Markdown could read (`http://x.y/\<img …>`) would carry our escapes into the link
// and leave what follows unescaped: such an address is not linked at all (`http\://…`, `www\.…`).
const AUTOLINK_START = /^((?:https?|ftp)(?=:\/\/)|www(?=\.))(.)/i;
const PLAIN = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} ,'’-]*$/u;
// Characters that only matter at the start of a line (block syntax).
const LINE_START = /^(\s*)([#>+=\-]|\d+[.)])/;

/** Escapes inline text (one paragraph or list-item line). Line breaks become hard breaks (two spaces, invisible as text). */
export function escapeMarkdown(text: string): string {
  // Words, digits, spaces, commas, apostrophes and inner hyphens never need escaping: most names,
  // labels and roles skip the nine passes below (an export of 10,000 contacts escapes ~200,000 values).
  if (PLAIN.test(text)) return text;
  // NUL becomes U+FFFD (as CommonMark says, so every renderer shows the same); the Unicode line and
  // paragraph separators are line breaks (some renderers end a heading or a line at them).
  return toWellFormed(text)
    .replace(/\0/g, '\ufffd')
    .replace(/\r\n|\r|\u2028|\u2029/g, '\n')
    .split('\n')
    .map(escapeLine)
    .join('  \n');
}

function escapeLine(line: string): string {
  let out = line
    .split(ADDRESS)
    .map((part, i) => {
      if (i % 2 && SAFE_ADDRESS.test(part.replace(/[\p{L}\p{N}]_(?=[\p{L}\p{N}])/gu, 'a'))) return part;
      const escaped = part.replace(INLINE, '\\$&').replace(UNDERSCORE, '\\_');
      return i % 2 ? escaped.replace(AUTOLINK_START, '$1\\$2') : escaped;
    })
    .join('');
  // Leading spaces would make an indented code block or a continuation: keep them as non-breaking.
  out = out.replace(/^[ \t]+/, (s) => '\u00a0'.repeat(s.length));
  return out.replace(LINE_START, (_m, space: string, mark: string) => `${space}${mark.replace(/([#>+=\-.)])/, '\\$1')}`);
}

/** `# Title` with the title escaped. */
export function mdHeading(level: 1 | 2 | 3 | 4, text: string): string {
  return `${'#'.repeat(level)} ${escapeMarkdown(text).replace(/ {2}\n/g, ' ')}`;
}

/** A bullet or task-list item; continuation lines are indented so they stay inside the item. */
export function mdItem(text: string, checked?: boolean): string {
  const box = checked === undefined ? '' : checked ? '[x] ' : '[ ] ';
  return `- ${box}${escapeMarkdown(text).replace(/\n/g, '\n  ')}`;
}

/** A paragraph of user text. */
export function mdParagraph(text: string): string {
  return escapeMarkdown(text);
}

/** "**Label:** value" with both escaped. */
export function mdField(label: string, value: string): string {
  return `**${escapeMarkdown(label)}:** ${escapeMarkdown(value)}`;
}

/** An `mdField` label's bold and colon (user text has every `*` escaped, so only a field's `**` are side by side). */
const FIELD = /\*\*([^*\n]+?)(?<![\u00a0\u202f]):\*\* /g;

/**
 * Joins blocks with blank lines, dropping empty ones; ends with one newline. `colon` is the document's
 * language's (the translator's `core.colon`: French sets a no-break space before it, "**Poste :**").
 */
export function mdDocument(blocks: readonly (string | false | undefined | null)[], colon = ':'): string {
  const doc = blocks.filter((b): b is string => !!b && b.trim() !== '').join('\n\n') + '\n';
  return colon === ':' ? doc : doc.replace(FIELD, (_m, label: string) => `**${label}${colon}** `);
}
