// Fails when custom-elements.json is incomplete: every element registered in src/<folder>/define.ts
// must be in it with a tag name, a description, its events (each described; `change` always),
// its CSS parts (at least base and notice, and saved where it keeps data), its slots, attributes and CSS custom properties,
// and every documented CSS custom property (also a `--sf-…` named in a description) must exist in the styles.
// Run after `cem analyze` (it is part of `npm run analyze`).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineCalls } from './cem-define-plugin.mjs';
import { loadManifest, manifestElements } from './manifest.mjs';

const manifest = loadManifest();
const elements = manifestElements(manifest);
const problems = [];
const byTag = new Map(elements.map((e) => [e.declaration.tagName, e.declaration]));
const pathOf = new Map(elements.map((e) => [e.declaration.tagName, e.module.path]));

/** Every custom property the source styles read or set (`var(--x` or `--x:`). */
function cssPropertiesInSource(dir = 'src') {
  const found = new Set();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const text = readFileSync(join(entry.parentPath ?? entry.path, entry.name), 'utf8');
    for (const m of text.matchAll(/(?:var\(\s*|[\s;{])(--[\w-]+)\s*[,):]/g)) found.add(m[1]);
  }
  return found;
}
const inSource = cssPropertiesInSource();
/** A documented name exists when the styles use it; `--sf-dark-*` needs some property with that prefix. */
const exists = (name) => (name.endsWith('*') ? [...inSource].some((p) => p.startsWith(name.slice(0, -1))) : inSource.has(name));

for (const { tag } of defineCalls()) {
  if (!byTag.has(tag)) problems.push(`<${tag}> is defined in src but missing from custom-elements.json`);
}
for (const [tag, d] of byTag) {
  const lack = (what) => problems.push(`<${tag}> (${d.name}): ${what}`);
  if (!(d.description || d.summary)?.trim()) lack('no description (a JSDoc comment on the class)');
  const events = d.events ?? [];
  if (!events.length) lack('no events (@fires)');
  if (!events.some((e) => e.name === 'change')) lack('no `change` event');
  for (const e of events) if (!e.description?.trim()) lack(`event ${e.name} has no description`);
  const parts = (d.cssParts ?? []).map((p) => p.name);
  if (!parts.length) lack('no CSS parts (@csspart)');
  // `saved` is the "Saved in this browser" note, rendered with the status (renderStatus): only elements
  // that keep data show one (<programme-summary> only reads counts).
  const saves = /this\.renderStatus\(\)/.test(readFileSync(pathOf.get(tag), 'utf8'));
  for (const p of ['base', 'notice', ...(saves ? ['saved'] : [])]) if (parts.length && !parts.includes(p)) lack(`no \`${p}\` part`);
  for (const p of d.cssParts ?? []) if (!p.description?.trim()) lack(`part ${p.name} has no description`);
  if (!(d.cssProperties ?? []).length) lack('no CSS custom properties (@cssprop)');
  for (const p of d.cssProperties ?? []) {
    if (!exists(p.name)) lack(`documents CSS property ${p.name}, which no style uses`);
    for (const [, named] of (p.description ?? '').matchAll(/`(--sf-[\w*-]+)`/g)) if (!exists(named)) lack(`mentions CSS property ${named} (in ${p.name}), which no style uses`);
  }
  if (!(d.slots ?? []).length) lack('no slots (@slot)');
  if (!(d.attributes ?? []).length) lack('no attributes');
  if (!(d.members ?? []).some((m) => m.kind === 'field' && m.name === 'value')) lack('no `value` property');
}

if (!elements.length) problems.push('custom-elements.json lists no element');
if (problems.length) {
  console.error(`check-manifest: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-manifest: ${elements.length} elements complete (${[...byTag.keys()].join(', ')})`);
