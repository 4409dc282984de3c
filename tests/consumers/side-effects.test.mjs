// Issue #33: side-effect-free entry points. A host that imports only `createHttpStorage` from the root entry
// (docs/sync.md) or from strong-finish/core, or only types from any entry, gets no element code, whatever its own package.json says:
// `"type": "module"`, or `"type": "commonjs"` (what `npm init -y` writes). esbuild treats such a host's entry
// as CommonJS and wraps every module of the package in a lazy initializer, where the package's `sideEffects`
// field no longer helps; scripts/pure-classes.mjs marks the element classes and module constants pure so the
// unused ones are dropped there too (before: 120 KB gzip, every element). Built with esbuild, Vite and
// webpack 5 in the clean consumer project, the bytes asserted against dist/http-storage.js (the adapter
// alone, 3.7 KB), the bundle run in Node to show it works.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../node/browser.mjs';
import { bin, consumer, gzip, kb, openPage, serve, workspace } from './project.mjs';

let project;
let adapterAlone;
let browser;
const TAGS = ['internship-checklist', 'feedback-questions', 'feedback-response', 'thank-you-composer', 'reflection-journal', 'finish-strong-planner', 'keep-in-touch', 'internship-wrap-up', 'programme-summary'];
/** Text only an element's own module carries (its tag, as it names itself in warnings and styles). */
const elementCode = (js) => TAGS.filter((t) => js.includes(`"${t}"`) || js.includes(`'${t}'`) || js.includes(`\`${t}\``));

before(async () => {
  project = await consumer();
  adapterAlone = gzip(readFileSync(join(project.dir, 'node_modules/strong-finish/dist/http-storage.js')));
  browser = await launchChromium();
});
after(() => browser?.close());

/** A host folder with its own package.json type and entry files; returns its path. */
function host(kind, files) {
  const dir = workspace(project.dir, `side-effects-${kind}-${Math.random().toString(36).slice(2, 8)}`);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `host-${kind}`, private: true, type: kind }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const bundlers = {
  esbuild(dir, entry) {
    bin(project.dir, 'esbuild', [entry, '--bundle', '--format=esm', '--minify', '--outfile=out-esbuild/app.js', '--log-level=error'], dir);
    return readFileSync(join(dir, 'out-esbuild/app.js'), 'utf8');
  },
  vite(dir, entry) {
    writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><script type="module" src="./${entry}"></script></head><body></body></html>\n`);
    writeFileSync(join(dir, 'vite.config.mjs'), `export default { logLevel: 'error', build: { outDir: 'out-vite', modulePreload: false } };\n`);
    bin(project.dir, 'vite', ['build', '--config', 'vite.config.mjs'], dir);
    const assets = join(dir, 'out-vite/assets');
    return readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(assets, f), 'utf8')).join('\n');
  },
  webpack(dir, entry) {
    // webpack 5's Node API with its production defaults (tree shaking, `sideEffects`, terser).
    writeFileSync(join(dir, 'build-webpack.mjs'), `import webpack from 'webpack';
webpack({ mode: 'production', context: process.cwd(), entry: './${entry}', output: { path: process.cwd() + '/out-webpack', filename: 'app.js', module: true }, experiments: { outputModule: true } }, (error, stats) => {
  if (error || stats.hasErrors()) { console.error(error ?? stats.toString('errors-only')); process.exit(1); }
});\n`);
    execFileSync(process.execPath, ['build-webpack.mjs'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    return readFileSync(join(dir, 'out-webpack/app.js'), 'utf8');
  },
};

const ADAPTER_ONLY = (entry) => `import { createHttpStorage } from '${entry}';
globalThis.storage = createHttpStorage({ url: 'https://jobs.example/api/strong-finish/v1' });
`;
// webpack 5 parses a .js file of a CommonJS-typed package as CommonJS (no \`import\`): such a host requires.
const ADAPTER_ONLY_REQUIRE = (entry) => `const { createHttpStorage } = require('${entry}');
globalThis.storage = createHttpStorage({ url: 'https://jobs.example/api/strong-finish/v1' });
`;

// Every entry that exports createHttpStorage (but the one-file CDN bundle): the root and strong-finish/core.
for (const entry of ['strong-finish', 'strong-finish/core']) for (const kind of ['module', 'commonjs']) {
  for (const name of Object.keys(bundlers)) {
    test(`${name}, host "type": "${kind}": import { createHttpStorage } from '${entry}' pulls no element`, async (t) => {
      const dir = host(kind, { 'app.js': name === 'webpack' && kind === 'commonjs' ? ADAPTER_ONLY_REQUIRE(entry) : ADAPTER_ONLY(entry) });
      const js = build(name, dir, 'app.js');
      const bytes = gzip(js);
      t.diagnostic(`${name} ${kind} ${entry}: ${kb(bytes)} gzip (dist/http-storage.js alone: ${kb(adapterAlone)})`);
      assert.deepEqual(elementCode(js), [], 'no element module in the bundle');
      assert.doesNotMatch(js, /customElements\.define/);
      // Where esbuild or Vite treat the host's entry as CommonJS they initialize every module the import
      // reaches and keep Lit's own module-level statements (Lit declares side effects: its version registry,
      // style support checks), ~6.5 KB gzip; nothing of the elements (before #33: 120 KB gzip, all of them).
      const wrapped = kind === 'commonjs' && name !== 'webpack';
      const cap = wrapped ? adapterAlone + 8 * 1024 : adapterAlone + 1024;
      assert.ok(bytes <= cap, `${kb(bytes)} > ${kb(cap)}`);
      // And the adapter works from that bundle in a page.
      writeFileSync(join(dir, 'bundle.js'), js);
      writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><script type="module" src="/bundle.js"></script></head><body></body></html>\n');
      const server = await serve(dir);
      const { page, errors } = await openPage(browser);
      try {
        await page.goto(`${server.url}/index.html`);
        await page.waitForFunction(() => typeof globalThis.storage?.getItem === 'function', { timeout: 10000 });
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
        await server.close();
      }
    });
  }
}

const ENTRIES = ['strong-finish', 'strong-finish/core', 'strong-finish/react', 'strong-finish/jsx', 'strong-finish/all.js', 'strong-finish/strong-finish.js', 'strong-finish/internship-checklist/define.js', 'strong-finish/keep-in-touch/keep-in-touch.js', 'strong-finish/translations/es.js'];
const TYPES_ONLY = `${ENTRIES.map((e, i) => `import type * as T${i} from '${e}';`).join('\n')}
import { type InternshipChecklist, type StorageAdapter } from 'strong-finish';
export type Seen = [${ENTRIES.map((_, i) => `typeof T${i}`).join(', ')}, InternshipChecklist, StorageAdapter];
globalThis.ready = true;
`;

for (const kind of ['module', 'commonjs']) {
  for (const name of ['esbuild', 'vite']) {
    test(`${name}, host "type": "${kind}": types-only imports from every entry bundle to nothing of the package`, (t) => {
      const dir = host(kind, { 'app.ts': TYPES_ONLY });
      const js = build(name, dir, 'app.ts');
      t.diagnostic(`${name} ${kind} types only: ${js.length} B`);
      assert.ok(js.length < 400, `${js.length} B:\n${js.slice(0, 400)}`);
      assert.deepEqual(elementCode(js), []);
    });
  }
}

function build(name, dir, entry) {
  return bundlers[name](dir, entry);
}
