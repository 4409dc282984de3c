// Translations are opt-in with npm: no documented entry reaches a catalogue, statically or through
// import(); strong-finish/translations/<lang>.js does. What a Rails-style esbuild bundle (no code
// splitting, which inlines every import() target) of one widget carries. Runs on dist/ (`npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { extractMessages, pluralBases } from '../../scripts/messages.mjs';

const built = existsSync('dist/index.js') && existsSync('dist/translations/es.js');
const skip = !built && 'run `npm run build` first';
const TAGS = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/define.ts`) && existsSync(`src/${d.name}/${d.name}.ts`))
  .map((d) => d.name);

/** Every dist module `entry` can load: static imports, re-exports and import() of relative paths. */
function reachable(entry) {
  const seen = new Set();
  const todo = [resolve(entry)];
  while (todo.length) {
    const file = todo.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from\s*|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)) todo.push(join(dirname(file), m[1]));
  }
  return [...seen];
}
const catalogues = (files) => files.filter((f) => /\/dist\/locales\//.test(f));

test('no npm entry reaches a catalogue: index, all, core, react, each define.js', { skip }, () => {
  const entries = ['dist/index.js', 'dist/all.js', 'dist/core/index.js', 'dist/react/index.js', ...TAGS.map((t) => `dist/${t}/define.js`)];
  for (const entry of entries.filter((e) => existsSync(e))) assert.deepEqual(catalogues(reachable(entry)), [], `${entry} reaches a catalogue`);
});

test('strong-finish/translations/es.js, ar.js and fr.js each bring their own catalogue, and only it', { skip }, () => {
  for (const lang of ['es', 'ar', 'fr']) {
    const found = catalogues(reachable(`dist/translations/${lang}.js`)).map((f) => f.replace(/^.*\/dist\//, ''));
    assert.deepEqual(found, [`locales/${lang}.js`]);
  }
});

test('package.json exports the translations and marks them as side effects (bundlers must keep them)', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(pkg.exports['./translations/*.js'].default, './dist/translations/*.js');
  assert.ok(pkg.sideEffects.includes('./dist/translations/*.js'));
});

test('esbuild without code splitting: one widget carries no catalogue; importing Spanish adds it in UTF-8', { skip }, async () => {
  const { build } = await import('esbuild');
  const bundle = async (code) => {
    const out = await build({ stdin: { contents: code, resolveDir: process.cwd(), loader: 'js' }, bundle: true, write: false, format: 'esm', minify: true, charset: 'utf8', logLevel: 'silent' });
    return out.outputFiles[0].text;
  };
  const widget = await bundle("import './dist/keep-in-touch/define.js';");
  assert.doesNotMatch(widget, /Seguir en contacto|البقاء على تواصل/, 'a catalogue was inlined');
  const withEs = await bundle("import './dist/keep-in-touch/define.js'; import './dist/translations/es.js';");
  assert.match(withEs, /Seguir en contacto/);
  assert.doesNotMatch(withEs, /البقاء/);
  console.log(`esbuild, no splitting: keep-in-touch ${(gzipSync(widget, { level: 9 }).length / 1024).toFixed(1)} KB gzip; + Spanish ${(gzipSync(withEs, { level: 9 }).length / 1024).toFixed(1)} KB`);
});

test('the CDN catalogue chunks are UTF-8, not \\uXXXX escapes', { skip: !existsSync('dist/chunks/ar.js') && 'run `npm run build` first' }, () => {
  const ar = readFileSync('dist/chunks/ar.js', 'utf8');
  assert.match(ar, /البقاء على تواصل/);
  assert.doesNotMatch(ar, /\\u0[6-7][0-9a-f]{2}/i);
  // French keeps its no-break spaces as characters too («\u202f» would be six bytes for one).
  const fr = readFileSync('dist/chunks/fr.js', 'utf8');
  assert.match(fr, /Garder le contact/);
  assert.match(fr, /\u202f»/);
  assert.doesNotMatch(fr, /\\u(00a0|202f|00e9)/i);
});

test('strong-finish/translations/en.js is the English template: every id the source uses, its text, placeholders and counts', { skip: !existsSync('dist/translations/en.js') && 'run `npm run build:ts` first' }, async () => {
  const used = extractMessages('src');
  const { default: en, placeholders, plurals } = await import(pathToFileURL('dist/translations/en.js').href);
  assert.deepEqual(Object.keys(en).sort(), [...used.keys()].sort());
  for (const [id, { text }] of used) assert.equal(en[id], text, id);
  assert.deepEqual(placeholders['checklist.lastDay'], ['date', 'when']);
  assert.deepEqual(plurals, [...pluralBases('src')].sort());
  assert.ok(plurals.includes('contacts.added'));
  // The JSON for translation tools says the same; importing the template reaches no catalogue.
  assert.deepEqual(JSON.parse(readFileSync('dist/translations/en.json', 'utf8')), en);
  assert.deepEqual(catalogues(reachable('dist/translations/en.js')), []);
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(pkg.exports['./translations/en.json'], './dist/translations/en.json');
  assert.match(pkg.scripts['build:ts'], /en-template\.mjs/, 'generated at every build');
});
