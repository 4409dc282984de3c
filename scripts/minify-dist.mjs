// Minifies the css``/html``/svg`` template text of tsc's output in dist/ (the modules npm users bundle),
// with the same safe rules as the CDN bundles (scripts/minify-templates.mjs), and keeps each module's
// sourcemap pointing at the TypeScript source. Run by `npm run build:ts` right after tsc.
//
// Why: Vite, esbuild and webpack minify JavaScript but leave template text as written, so a host's
// bundle carried every indent and comment of the templates (about 3% of gzip). It also makes the npm and
// CDN builds render the same template strings (server rendering with one, hydrating with the other).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from './size-composition.mjs';
import { lineOf, lineStarts, templateEdits, vlq } from './minify-templates.mjs';

/** Applies `edits` to `code`; returns the new code and a function from old offsets to new ones. */
export function applyEdits(code, edits) {
  let out = '';
  let at = 0;
  for (const [start, end, text] of edits) {
    out += code.slice(at, start) + text;
    at = end;
  }
  out += code.slice(at);
  const translate = (offset) => {
    let delta = 0;
    for (const [start, end, text] of edits) {
      if (offset >= end) delta += text.length - (end - start);
      else if (offset > start) return start + delta; // inside rewritten template text: its start
      else break;
    }
    return offset + delta;
  };
  return { code: out, translate };
}

/** tsc's map of the old code, with every generated position moved to where it is in the new code. */
export function remap(map, oldCode, newCode, translate) {
  const oldStarts = lineStarts(oldCode);
  const newStarts = lineStarts(newCode);
  const lines = Array.from({ length: newStarts.length }, () => []);
  decode(map.mappings).forEach((segs, line) => {
    for (const [col, source, srcLine, srcCol] of segs) {
      const offset = translate(oldStarts[line] + col);
      const newLine = lineOf(newStarts, offset);
      lines[newLine].push([offset - newStarts[newLine], source, srcLine, srcCol]);
    }
  });
  const prev = [0, 0, 0];
  const mappings = lines
    .map((segs) => {
      let col = 0;
      return segs
        .sort((a, b) => a[0] - b[0])
        .map(([c, source, srcLine, srcCol]) => {
          if (source < 0) {
            const text = vlq(c - col);
            col = c;
            return text;
          }
          const text = vlq(c - col) + vlq(source - prev[0]) + vlq(srcLine - prev[1]) + vlq(srcCol - prev[2]);
          col = c;
          [prev[0], prev[1], prev[2]] = [source, srcLine, srcCol];
          return text;
        })
        .join(',');
    })
    .join(';');
  return { ...map, mappings };
}

function modules(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    return d.isDirectory() ? modules(path) : d.name.endsWith('.js') ? [path] : [];
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let files = 0;
  let saved = 0;
  for (const file of modules('dist')) {
    const code = readFileSync(file, 'utf8');
    const edits = templateEdits(code);
    if (!edits.length) continue;
    const out = applyEdits(code, edits);
    writeFileSync(file, out.code);
    if (existsSync(`${file}.map`)) writeFileSync(`${file}.map`, JSON.stringify(remap(JSON.parse(readFileSync(`${file}.map`, 'utf8')), code, out.code, out.translate)));
    files++;
    saved += code.length - out.code.length;
  }
  console.log(`minify-dist: templates of ${files} modules, ${(saved / 1024).toFixed(1)} KB less`);
}
