// Issue #33, "the manifest is the truth": custom-elements.json (what editors, Storybook, the VS Code data
// and the JSX typings show a host) lists every CSS custom property and every part each element honours,
// read here from the sources themselves: the `var(--sf-…)` its styles read (the shared tokens of
// src/core/styles.ts, which every element's styles include, and its own), the `part="…"` its templates
// render (with the storage notice and "saved" note every widget renders, and the print view), and the
// parts the kit forwards from its steps (`exportparts`, as `<slot>-<part>`). Before #33 the manifest
// listed 1-7 properties per element and no `--sf-accent-text`, `--sf-focus`, `--sf-muted`, `--sf-font-size`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ d, path: m.path })));

const sources = (dir) =>
  readdirSync(join(ROOT, dir), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.includes('.test.'))
    .map((f) => readFileSync(join(ROOT, dir, f), 'utf8'));

const tokensRead = (text) => new Set([...text.matchAll(/var\(\s*(--sf-[\w-]+)/g)].map((m) => m[1]));
const shared = tokensRead(readFileSync(join(ROOT, 'src/core/styles.ts'), 'utf8'));

/** The parts a folder's templates render: `part="a b"`, and `part=${ifDefined(x)}` with the names its callers pass. */
function partsRendered(texts) {
  const parts = new Set();
  for (const text of texts) {
    for (const [, names] of text.matchAll(/\spart="([^"$]+)"/g)) for (const n of names.split(/\s+/)) parts.add(n);
    for (const m of text.matchAll(/\spart=\$\{ifDefined\((\w+)\)\}/g)) {
      // The method that renders it, and the part names its callers pass as the last argument.
      const before = text.slice(0, m.index);
      const method = [...before.matchAll(/^\s*(#?\w+)\([^)]*\bpart\?*:\s*string/gm)].at(-1)?.[1];
      assert.ok(method, `a dynamic part whose method cannot be found: ${m[0]}`);
      for (const [, n] of text.matchAll(new RegExp(`${method.replace('#', '\\#')}\\((?:[^()]|\\([^()]*\\))*,\\s*'([\\w-]+)'\\)`, 'g'))) parts.add(n);
    }
  }
  return parts;
}

test('the manifest lists every element', () => {
  // The six steps, the kit, the supervisor's page and the programme summary.
  assert.equal(elements.length, 9);
});

for (const { d, path } of elements) {
  const folder = dirname(path);
  const own = sources(folder);
  const main = readFileSync(join(ROOT, path), 'utf8');

  test(`<${d.tagName}>: every --sf-* custom property its styles read is in custom-elements.json`, () => {
    assert.match(main, /\.\.\.SfElement\.styles/, 'its styles include the shared ones');
    const read = new Set([...shared, ...own.flatMap((t) => [...tokensRead(t)])]);
    const listed = new Set((d.cssProperties ?? []).map((p) => p.name));
    assert.deepEqual([...read].filter((p) => !listed.has(p)).sort(), [], 'read by the styles, missing from the manifest');
    for (const name of ['--sf-accent-text', '--sf-focus', '--sf-muted', '--sf-font-size']) assert.ok(listed.has(name), name);
    for (const p of d.cssProperties) assert.ok(p.description?.trim(), `${p.name} has a description`);
  });

  test(`<${d.tagName}>: every part its templates render is in custom-elements.json, and nothing else`, () => {
    const rendered = partsRendered(own);
    if (/this\.renderStatus\(\)/.test(main)) ['notice', 'saved'].forEach((p) => rendered.add(p));
    if (/this\.renderPrint\(\)/.test(main)) rendered.add('print');
    const forwarded = (d.cssParts ?? []).filter((p) => /^(checklist|feedback|thanks|reflection|planner|contacts)-/.test(p.name) && d.tagName === 'internship-wrap-up');
    const listed = (d.cssParts ?? []).filter((p) => !forwarded.includes(p)).map((p) => p.name);
    assert.deepEqual([...listed].sort(), [...rendered].sort());
  });
}

test('<internship-wrap-up> forwards every part of each step it renders as <slot>-<part>, and the manifest lists them', async () => {
  const { STEPS, exportParts } = await import(join(ROOT, 'dist/internship-wrap-up/content.js'));
  const kit = elements.find((e) => e.d.tagName === 'internship-wrap-up').d;
  const kitParts = new Set(kit.cssParts.map((p) => p.name));
  for (const { slot, tag, parts } of STEPS) {
    const step = elements.find((e) => e.d.tagName === tag).d;
    assert.deepEqual(parts.split(' ').sort(), step.cssParts.map((p) => p.name).sort(), `${tag}: the kit forwards exactly its parts`);
    for (const part of parts.split(' ')) assert.ok(kitParts.has(`${slot}-${part}`), `${slot}-${part}`);
    assert.ok(exportParts(slot, parts).includes(`item:${slot}-item`) || !parts.includes('item'));
  }
});
