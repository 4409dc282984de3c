// Issue #33: server rendering under a strict Content-Security-Policy. @lit-labs/ssr puts each element's
// styles in its declarative shadow root as one `<style>` element; a policy of `style-src 'self'` blocks
// them (the widget shows unstyled until hydration) unless it lists their hashes. The style texts are fixed
// for a given build (static styles, no per-instance CSS, no `style` attributes), so this renders every
// element in Node as docs/ssr.md does and writes the SHA-256 of each distinct `<style>` text:
//   dist/ssr-style-hashes.json  { version, hashes: ["'sha256-…'", …], byTag: { tag: [index…] } }
// (exported as `strong-finish/ssr-style-hashes.json`). docs/ssr.md shows the header built from it;
// tests/consumers/ssr.test.mjs serves a page under that policy and checks it is styled before any script.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { manifestElements } from './manifest.mjs';

const tags = manifestElements().map((e) => e.declaration.tagName).sort();
const code = `
  import '@lit-labs/ssr/lib/install-global-dom-shim.js';
  import { render } from '@lit-labs/ssr';
  import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
  import { html, unsafeStatic } from 'lit/static-html.js';
  await import(new URL('dist/all.js', 'file://${process.cwd()}/').href);
  const out = {};
  for (const tag of ${JSON.stringify(tags)}) {
    const t = unsafeStatic(tag);
    out[tag] = collectResultSync(render(html\`<\${t} intern-name="Maya" end-date="2026-12-18"></\${t}>\`));
  }
  console.log(JSON.stringify(out));`;
const rendered = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', maxBuffer: 64 << 20 }).trim().split('\n').pop());

const hashes = [];
const byTag = {};
for (const tag of tags) {
  byTag[tag] = [];
  for (const [, text] of rendered[tag].matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    const hash = `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    if (!hashes.includes(hash)) hashes.push(hash);
    byTag[tag].push(hashes.indexOf(hash));
  }
  if (!byTag[tag].length) throw new Error(`ssr-style-hashes: <${tag}> rendered no <style>`);
}
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
writeFileSync('dist/ssr-style-hashes.json', `${JSON.stringify({ version, hashes, byTag }, null, 2)}\n`);
console.log(`ssr-style-hashes: ${hashes.length} style texts of ${tags.length} elements → dist/ssr-style-hashes.json`);
