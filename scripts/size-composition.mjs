// Where the bytes of a bundle come from: attributes every minified byte to the source module that the
// bundle's sourcemap names for it (rollup writes the maps next to the bundles), then groups modules.
// Usage: npm run size:composition -- [dist/chunks/runtime.js ...] [--modules] (after `npm run build`)
// gzip per group is an estimate: the group's bytes gzipped on their own (no cross-group back-references),
// and its share of the real gzip size in proportion to that. No dependencies: a small VLQ decoder.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = Object.fromEntries([...B64].map((c, i) => [c, i]));

/** Decodes a v3 `mappings` string into, per generated line, [column, sourceIndex, sourceLine, sourceColumn] (0-based; -1 when unmapped). */
export function decode(mappings) {
  const lines = [];
  let source = 0;
  let sourceLine = 0;
  let sourceColumn = 0;
  for (const line of mappings.split(';')) {
    const segs = [];
    let col = 0;
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const nums = [];
      let value = 0;
      let shift = 0;
      for (const ch of seg) {
        const d = DIGIT[ch];
        value += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          nums.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      col += nums[0];
      if (nums.length < 4) {
        segs.push([col, -1, -1, -1]);
        continue;
      }
      source += nums[1];
      sourceLine += nums[2];
      sourceColumn += nums[3];
      segs.push([col, source, sourceLine, sourceColumn]);
    }
    lines.push(segs);
  }
  return lines;
}

/** Groups a source path: Lit packages by package, our modules by folder (core/formats apart). */
function group(path) {
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const m = /(?:^|\/)(core\/formats|[a-z-]+)\/[^/]+\.js$/.exec(path);
  return m ? `src/${m[1]}` : path;
}

function attribute(file) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const lines = decode(map.mappings);
  const codeLines = code.split('\n');
  /** @type {Map<string, string[]>} source path → its byte runs */
  const runs = new Map();
  const add = (key, text) => {
    if (!runs.has(key)) runs.set(key, []);
    runs.get(key).push(text);
  };
  // A segment's bytes run to the next segment, across line ends: a template literal that spans lines
  // has one segment (its start), and its later lines belong to the same module.
  let current = '(unmapped)';
  codeLines.forEach((text, i) => {
    const segs = lines[i] ?? [];
    let at = 0;
    for (const [col, src] of segs) {
      add(current, text.slice(at, col));
      current = src < 0 ? '(unmapped)' : map.sources[src];
      at = col;
    }
    add(current, text.slice(at) + (i + 1 < codeLines.length ? '\n' : ''));
  });
  return { code, runs };
}

function table(file, byModule) {
  const { code, runs } = attribute(file);
  const total = Buffer.byteLength(code);
  const gzTotal = gzipSync(code, { level: 9 }).length;
  const groups = new Map();
  for (const [path, parts] of runs) {
    const key = byModule ? path.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '') : group(path);
    groups.set(key, (groups.get(key) ?? '') + parts.join(''));
  }
  const rows = [...groups].map(([key, text]) => [key, Buffer.byteLength(text), gzipSync(text, { level: 9 }).length]);
  const gzAlone = rows.reduce((s, r) => s + r[2], 0);
  rows.sort((a, b) => b[1] - a[1]);
  console.log(`\n### ${file}: ${total} B minified, ${gzTotal} B gzip -9\n`);
  console.log('| source | minified B | % | gzip alone B | ≈ share of gzip B |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [key, raw, gz] of rows) {
    if (raw < 50 && key === '(unmapped)') continue;
    console.log(`| ${key} | ${raw} | ${((100 * raw) / total).toFixed(1)} | ${gz} | ${Math.round((gz / gzAlone) * gzTotal)} |`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const byModule = args.includes('--modules');
  const files = args.filter((a) => !a.startsWith('--'));
  for (const f of files.length ? files : ['dist/chunks/runtime.js', 'dist/chunks/keep-in-touch.js', 'dist/chunks/internship-wrap-up.js']) table(f, byModule);
}
