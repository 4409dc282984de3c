// Size gate (CI: `npm run size`, after `npm run build`). Exits 1 when over size-budget.json.
//  1. First load, by loading real pages in headless Chromium (scripts/first-load.mjs): the JS a page
//     downloads before the element has rendered, with the autoloader: one widget, the kit's first
//     paint, the loader alone.
//  2. A ratchet on the files hosts may load whole: the one-file bundle and each dist/standalone/<tag>.js.
//  3. The catalogues stay UTF-8 (no \uXXXX escapes, which triple the size of Arabic).
// `npm run size -- --write` also rewrites the loading section of docs/PERFORMANCE.md.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { measure, check, files, markdown, writeSection, kb } from './first-load.mjs';

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
let failed = false;

if (!existsSync('dist/strong-finish.js') || !existsSync('dist/strong-finish.bundle.js')) {
  console.error('size: dist/ is incomplete; run `npm run build` first.');
  process.exit(1);
}

const [pages, over] = check(await measure(), budget);
failed ||= over;
const section = markdown(pages, files());
console.log(section);
if (process.argv.includes('--write')) writeSection(section);

const rows = [];
function ratchet(file, limit) {
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  const ok = gz <= limit;
  if (!ok) failed = true;
  rows.push([file, raw.length, gz, limit, ok]);
}
ratchet('dist/strong-finish.bundle.js', budget['dist/strong-finish.bundle.js']);
for (const f of readdirSync('dist/standalone').filter((f) => f.endsWith('.js')).sort()) ratchet(`dist/standalone/${f}`, budget['dist/standalone/*.js']);
console.log('\n| file loaded whole | minified | min+gzip | ratchet | |');
console.log('|---|---:|---:|---:|---|');
for (const [file, raw, gz, limit, ok] of rows) console.log(`| ${file} | ${kb(raw)} | ${kb(gz)} (${gz} B) | ${kb(limit)} | ${ok ? 'ok' : 'OVER'} |`);

for (const dir of ['dist/chunks', 'dist/standalone/chunks']) {
  for (const f of ['es.js', 'ar.js', 'fr.js']) {
    const text = existsSync(`${dir}/${f}`) ? readFileSync(`${dir}/${f}`, 'utf8') : '';
    if (!text || /\\u[0-9a-fA-F]{4}/.test(text) || !/[^\x00-\x7f]/.test(text)) {
      console.error(`size: ${dir}/${f} is missing or not plain UTF-8 (\\uXXXX escapes).`);
      failed = true;
    }
  }
}

for (const p of pages.filter((p) => p.limit !== undefined && !p.ok)) console.error(`size: ${p.name}: ${kb(p.total)} is over its budget ${kb(p.limit)}.`);
if (failed) {
  console.error('size: over budget (size-budget.json).');
  process.exit(1);
}
