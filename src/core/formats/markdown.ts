import { toWellFormed } from './content-line.js';

/**
 * Markdown writers whose user text stays text: whatever someone typed can never become a link, an
 * image, a heading, a list, a table or raw HTML in a CommonMark/GFM renderer. Hand-written because
 * no small library escapes for GFM's autolinks as well.
 */

// Every character that starts or closes inline syntax, always escaped.
const INLINE = /[\\`*_[\]<>!|~&$]/g;
const PLAIN = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} ,'’-]*$/u;
// Characters that only matter at the start of a line (block syntax).
const LINE_START = /^(\s*)([#>+=\-]|\d+[.)])/;

/** Escapes inline text (one paragraph or list-item line). Line breaks become Markdown hard breaks. */
export function escapeMarkdown(text: string): string {
  // Words, digits, spaces, commas, apostrophes and inner hyphens never need escaping: most names,
  // labels and roles skip the nine passes below (an export of 10,000 contacts escapes ~200,000 values).
  if (PLAIN.test(text)) return text;
  return toWellFormed(text)
    .replace(/\r\n|\r/g, '\n')
    .split('\n')
    .map(escapeLine)
    .join('\\\n');
}

function escapeLine(line: string): string {
  let out = line
    .replace(INLINE, '\\$&')
    // GFM autolinks: break "www." and "scheme://" and "@" so no bare URL or e-mail becomes a link.
    .replace(/:\/\//g, '\\://')
    .replace(/@/g, '\\@');
  out = out.replace(/(www)\./gi, '$1\\.');
  // Leading spaces would make an indented code block or a continuation: keep them as non-breaking.
  out = out.replace(/^[ \t]+/, (s) => '\u00a0'.repeat(s.length));
  return out.replace(LINE_START, (_m, space: string, mark: string) => `${space}${mark.replace(/([#>+=\-.)])/, '\\$1')}`);
}

/** `# Title` with the title escaped. */
export function mdHeading(level: 1 | 2 | 3 | 4, text: string): string {
  return `${'#'.repeat(level)} ${escapeMarkdown(text).replace(/\\\n/g, ' ')}`;
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

/** Joins blocks with blank lines, dropping empty ones; ends with one newline. */
export function mdDocument(blocks: readonly (string | false | undefined | null)[]): string {
  return blocks.filter((b): b is string => !!b && b.trim() !== '').join('\n\n') + '\n';
}
