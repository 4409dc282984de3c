/**
 * A small Rollup plugin that minifies the CSS and HTML inside Lit's css`` and html`` templates
 * (terser leaves template text alone). Hand-written because the published plugins for this pull in
 * html-minifier and clean-css for a job this narrow.
 *
 * It finds the templates with Rollup's own parser (tsc writes `css \`…\`` with a space, and an
 * expression can hold any JavaScript, so a regular expression is not enough) and rewrites only the
 * literal text between the ${…} expressions. Safe rules only:
 *  - css: comments out, whitespace runs collapsed, spaces dropped around `{ } ; , >`, before `!`,
 *    after `:` (never before it: `.a :focus` is a descendant selector), and a `;` before `}`; custom
 *    property values (`--x: …`) keep their inner spaces, since scripts can read them verbatim.
 *    The browsers serialise every stylesheet the same before and after (checked in Chromium, Firefox).
 *  - html/svg: whitespace runs collapsed to one character (a newline when the run held one, else a
 *    space): a run can matter between inline elements, never its length outside `pre`-like
 *    whitespace, and the templates keep `white-space: pre-wrap` content tight against its tags.
 * It returns a sourcemap, so the bundles' maps still point at the right source lines.
 */
import { parseAst } from 'rollup/parseAst';

function minifyCss(text, first, last) {
  // A custom property's value is kept token for token (whitespace included: scripts can read it back),
  // so it is set aside before the punctuation rules run.
  const kept = [];
  let out = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/(--[\w-]+ ?: ?)([^;{}]*)/g, (_, name, value) => `${name.replace(/ /g, '')}\0${kept.push(value.trimEnd()) - 1}\0`)
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/ !/g, '!')
    .replace(/;}/g, '}')
    .replace(/\0(\d+)\0/g, (_, i) => kept[i]);
  if (first) out = out.trimStart();
  if (last) out = out.trimEnd();
  return out;
}

function minifyHtml(text) {
  return text.replace(/<!--(?!\?lit)[\s\S]*?-->/g, '').replace(/\s+/g, (ws) => (ws.includes('\n') ? '\n' : ' '));
}

/** Every `css`/`html`/`svg` tagged template literal's text parts, as [start, end, replacement]. */
function edits(code, ast) {
  const out = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && /^(css|html|svg)$/.test(node.tag.name)) {
      const quasis = node.quasi.quasis;
      quasis.forEach((q, i) => {
        const raw = code.slice(q.start, q.end);
        // A backslash before whitespace (a line continuation, an escaped space) is left as written.
        if (/\\\s/.test(raw)) return;
        const text = node.tag.name === 'css' ? minifyCss(raw, i === 0, i === quasis.length - 1) : minifyHtml(raw);
        if (text !== raw) out.push([q.start, q.end, text]);
      });
    }
    for (const key in node) {
      const value = node[key];
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(ast);
  return out.sort((a, b) => a[0] - b[0]);
}

/** The offset where each line of `text` starts. */
export const lineStarts = (text) => {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
};
/** The line (0-based) holding `offset`, given `lineStarts()`. */
export const lineOf = (starts, offset) => {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
};

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** One source-map Base64 VLQ number (the counterpart of size-composition.mjs's decode). */
export function vlq(n) {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let s = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v) digit |= 32;
    s += B64[digit];
  } while (v);
  return s;
}

/**
 * Applies the edits and builds a v3 map: a segment at the start of every piece (kept text or
 * replacement) and of every generated line, pointing at the matching place in the input.
 */
function apply(code, changes, file) {
  // Line starts of the input, to turn offsets into line/column.
  const starts = lineStarts(code);
  const position = (offset) => {
    const line = lineOf(starts, offset);
    return [line, offset - starts[line]];
  };
  const pieces = [];
  let at = 0;
  for (const [start, end, text] of changes) {
    if (start > at) pieces.push({ text: code.slice(at, start), from: at, kept: true });
    pieces.push({ text, from: start, kept: false });
    at = end;
  }
  if (at < code.length) pieces.push({ text: code.slice(at), from: at, kept: true });

  let out = '';
  const lines = [[]];
  let col = 0;
  const prev = { line: 0, col: 0 };
  const segment = (offset) => {
    const [line, c] = position(offset);
    const segs = lines[lines.length - 1];
    const last = segs.length ? segs[segs.length - 1].genCol : 0;
    segs.push({ genCol: col, text: vlq(col - last) + 'A' + vlq(line - prev.line) + vlq(c - prev.col) });
    prev.line = line;
    prev.col = c;
  };
  for (const piece of pieces) {
    segment(piece.from);
    for (let i = 0; i < piece.text.length; i++) {
      const ch = piece.text[i];
      out += ch;
      if (ch === '\n') {
        lines.push([]);
        col = 0;
        if (i + 1 < piece.text.length) segment(piece.kept ? piece.from + i + 1 : piece.from);
      } else col++;
    }
  }
  const mappings = lines.map((segs) => segs.map((s) => s.text).join(',')).join(';');
  return { code: out, map: { version: 3, file, sources: [file], sourcesContent: [code], names: [], mappings } };
}

/** The template rewrites of one module, as sorted [start, end, replacement] offsets into `code`. */
export function templateEdits(code, parse = parseAst) {
  return /\b(css|html|svg)\s*`/.test(code) ? edits(code, parse(code)) : [];
}

/** Minifies the templates in one module's code; null when there is nothing to change. */
export function minifyTemplateLiterals(code, id, parse = parseAst) {
  const changes = templateEdits(code, parse);
  return changes.length ? apply(code, changes, id) : null;
}

export default function minifyTemplates() {
  return {
    name: 'minify-lit-templates',
    transform(code, id) {
      if (!/\/dist\/.*\.js$/.test(id) || id.includes('node_modules')) return null;
      return minifyTemplateLiterals(code, id, (c) => this.parse(c));
    },
  };
}
