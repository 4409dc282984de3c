// Size gate: gzip -9 bytes of the embeddable bundles against size-budget.json. Exits 1 when over.
// Prints a Markdown table (used in docs/PERFORMANCE.md).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const rows = [];
let failed = false;

function measure(file, limit) {
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  const ok = gz <= limit;
  if (!ok) failed = true;
  rows.push([file, raw.length, gz, limit, ok]);
}

if (!existsSync('dist/strong-finish.js')) {
  console.error('size: dist/strong-finish.js is missing; run `npm run build` first.');
  process.exit(1);
}
measure('dist/strong-finish.js', budget['dist/strong-finish.js']);
if (existsSync('dist/standalone')) {
  for (const f of readdirSync('dist/standalone').filter((f) => f.endsWith('.js')).sort()) {
    measure(`dist/standalone/${f}`, budget['dist/standalone/*.js']);
  }
}
const kb = (n) => (n / 1024).toFixed(1) + ' KB';
console.log('| bundle | minified | min+gzip | budget | |');
console.log('|---|---:|---:|---:|---|');
for (const [file, raw, gz, limit, ok] of rows) console.log(`| ${file} | ${kb(raw)} | ${kb(gz)} (${gz} B) | ${kb(limit)} | ${ok ? 'ok' : 'OVER'} |`);
if (failed) {
  console.error('size: a bundle is over its budget (size-budget.json).');
  process.exit(1);
}
