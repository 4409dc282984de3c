/**
 * Content lines shared by iCalendar (RFC 5545 §3.1) and vCard 4.0 (RFC 6350 §3.2):
 * CRLF line ends, folding at 75 octets without splitting a UTF-8 sequence, TEXT escaping.
 * Hand-written: about 40 lines, where `ics` adds 24 KB and leaves raw CRs in SUMMARY.
 */
/** Anything `escapeText` would change; most values have none (exports of 10,000 contacts skip 6 regexes each). */
const NEEDS_ESCAPE = /[\\;,\u0000-\u001f\u007f\ud800-\udfff]/;

/** Escapes a TEXT value: backslash, semicolon, comma and every kind of line break (CR, LF, CRLF). */
export function escapeText(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  return toWellFormed(value)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');  
}

/**
 * Escapes a vCard 4.0 TEXT value (RFC 6350 §3.4): backslash, comma and line breaks. A semicolon is
 * plain text there; it is escaped only inside structured values (see `escapeComponent`).
 */
export function escapeVCardText(value: string): string {
  return escapeText(value).replace(/\\;/g, ';');
}

/** Escapes one component of a structured vCard value (N, ORG, ADR), where `;` separates components. */
export function escapeComponent(value: string): string {
  return escapeText(value);
}

/** Replaces lone surrogates with U+FFFD so the UTF-8 we write is valid and round-trips. */
export function toWellFormed(value: string): string {
  return value.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '\ufffd',
  );
}

/**
 * Folds one content line so no physical line exceeds 75 octets of UTF-8. Splits between code points,
 * never inside one, so a multi-byte character or an emoji survives unfolding intact.
 */
export function foldLine(line: string): string {
  // A UTF-16 unit is at most 3 octets of UTF-8, so short lines need no counting.
  if (line.length * 3 <= 75 || utf8Length(line) <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75; // continuation lines start with a space, which counts
  for (const char of line) {
    const bytes = utf8Length(char);
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Joins content lines with CRLF, folding each; ends with CRLF as both RFCs require. */
export function joinLines(lines: readonly string[]): string {
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** UTF-8 octets of a well-formed string, counted without encoding it (no buffer per line). */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}
