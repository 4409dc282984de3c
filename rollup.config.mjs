// Bundles for embedding, built from tsc's unbundled output in dist/ (run `tsc` first: `npm run build`).
//  - dist/strong-finish.js: the autoloader (src/loader.ts). Each tag's element is a chunk in dist/chunks/
//    (chunks/<tag>.js) over one shared chunks/runtime.js (Lit, @lit/context, the core), imported the first
//    time the tag appears; the catalogues are chunks/<lang>.js, imported when an element needs them.
//    Stable names (no hashes): the folder is versioned, and hosts can write <link rel="modulepreload">.
//  - dist/strong-finish.bundle.js: everything (elements, catalogues, API) in one self-contained file.
//  - dist/standalone/<tag>.js: one widget with Lit inlined; catalogues as chunks next to it, and the
//    wrap-up's steps as chunks it loads after its first paint.
import { readdirSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyTemplates from './scripts/minify-templates.mjs';

const elements = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/define.ts`) && existsSync(`src/${d.name}/${d.name}.ts`))
  .map((d) => d.name);

const plugins = () => [
  // `production` drops Lit's dev-mode warnings and checks.
  nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
  minifyTemplates(),
  // ascii_only: false keeps the catalogues UTF-8 (escaping Arabic as \uXXXX makes it ~3× larger).
  terser({ ecma: 2021, module: true, format: { comments: false, ascii_only: false }, compress: { passes: 3, unsafe_arrows: true } }),
];

const onwarn = (warning, warn) => {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

const dist = resolve('dist');
const inDist = (id, dir) => id.startsWith(`${dist}/${dir}/`);

/** The elements whose define.js statically imports `id`, directly or not. */
function usedBy(id, getModuleInfo, seen = new Set()) {
  const tags = new Set();
  if (seen.has(id)) return tags;
  seen.add(id);
  const own = /\/dist\/([a-z-]+)\/define\.js$/.exec(id);
  if (own) tags.add(own[1]);
  for (const importer of getModuleInfo(id)?.importers ?? []) for (const t of usedBy(importer, getModuleInfo, seen)) tags.add(t);
  return tags;
}

/** `id` and every module it imports statically, directly or not (dynamic imports are left out). */
const reach = new Map();
function staticallyFrom(id, getModuleInfo) {
  let seen = reach.get(id);
  if (seen) return seen;
  seen = new Set();
  const walk = (m) => {
    if (seen.has(m)) return;
    seen.add(m);
    for (const i of getModuleInfo(m)?.importedIds ?? []) walk(i);
  };
  walk(id);
  // Cached only once the graph is complete (manualChunks runs after every module is loaded).
  reach.set(id, seen);
  return seen;
}

/**
 * In the runtime: what the base element imports statically, what most elements use (Lit's `repeat`, the
 * Markdown writer), and small helpers two elements share (ids, focus, `ifDefined`): a file of its own
 * would cost a request and more gzip overhead than its bytes.
 */
function shared(id, getModuleInfo) {
  if (!id.includes('/node_modules/') && !inDist(id, 'core')) return false;
  const users = usedBy(id, getModuleInfo).size;
  if (users < 2) return false;
  const code = (getModuleInfo(id)?.code ?? '').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  return users >= MOST || code.length < SMALL || staticallyFrom(`${dist}/core/base-element.js`, getModuleInfo).has(id);
}
const MOST = 6;
const SMALL = 1200;

/** Chunk names: `<tag>` for an element's define chunk, `<lang>` for a catalogue, else rollup's. */
const chunkName = (chunk) => {
  const id = chunk.facadeModuleId ?? '';
  const el = /\/dist\/([a-z-]+)\/define\.js$/.exec(id);
  const lang = /\/dist\/locales\/([a-z-]+)\.js$/.exec(id);
  return `chunks/${el?.[1] ?? lang?.[1] ?? '[name]'}.js`;
};

/** A virtual entry per standalone widget: its define plus the on-demand catalogues. */
const standaloneEntry = () => ({
  name: 'standalone-entry',
  resolveId: (id) => (id.startsWith('standalone:') ? `\0${id}` : null),
  load(id) {
    if (!id.startsWith('\0standalone:')) return null;
    const tag = id.slice('\0standalone:'.length);
    return `import ${JSON.stringify(`${dist}/translations/lazy.js`)};\nexport * from ${JSON.stringify(`${dist}/${tag}/define.js`)};\n`;
  },
});

/**
 * Modules the npm and CDN builds load on use (`import()` in src/core/on-use.ts callers). A standalone file
 * stays one file (its only chunks: the catalogues, and the kit's steps): there they are imported
 * statically and the dynamic import resolves at once. Otherwise each standalone build would split its
 * code into chunks whose names collide in the shared standalone/chunks/ folder.
 */
const ON_USE = ['core/controllers/print-view.js', 'core/controllers/calendar-links-list.js', 'thank-you-composer/content.js', 'core/holiday-rules.js'].map((f) => `${dist}/${f}`);
const inlineOnUse = () => ({
  name: 'inline-on-use',
  transform(code, id) {
    if (!id.startsWith(`${dist}/`)) return null;
    let n = 0;
    const imports = [];
    const out = code.replace(/\bimport\((['"])(\.{1,2}\/[^'"]+)\1\)/g, (all, _q, spec) => {
      if (!ON_USE.includes(resolve(dirname(id), spec))) return all;
      const name = `__sfOnUse${n++}`;
      imports.push(`import * as ${name} from ${JSON.stringify(spec)};`);
      return `Promise.resolve(${name})`;
    });
    return n ? { code: `${imports.join('\n')}\n${out}`, map: null } : null;
  },
});

/**
 * Typings next to a bundle that `exports` opens (`strong-finish/http-storage.js`,
 * `strong-finish/standalone/<tag>.js` through `./*.js`), re-exporting those of the module it bundles, so a
 * TypeScript host that imports it gets types instead of an implicit `any`.
 */
const typings = (fileName, from) => ({
  name: 'typings',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName, source: `export * from '${from}';\n` });
  },
});

export default [
  {
    input: { 'strong-finish': 'dist/loader.js' },
    output: {
      dir: 'dist',
      entryFileNames: '[name].js',
      chunkFileNames: chunkName,
      format: 'es',
      sourcemap: true,
      // One shared runtime: Lit, @lit/context and the core that two or more elements use, and the
      // catalogue loaders. What only one element uses (vCard for contacts, the kit's context provider)
      // stays in that element's chunk, so other pages don't download it.
      // Only what every element runs at first paint goes there: the base element and what it imports
      // statically. Other shared code (formats, the task list, lists' keyboard, calendar links) goes to
      // the chunk of the element that uses it, or to a small shared chunk rollup makes for the elements
      // that share it, so a page showing one widget only downloads that widget's share.
      manualChunks: (id, { getModuleInfo }) => {
        // The calendar (.ics with its time zones and content lines, the links' disclosure) is one file for
        // the elements that export one; the Google/Outlook links load on use (calendar-links-list.ts).
        // Public holidays' API (the rules themselves load on use) goes with it: every element that skips holidays exports a calendar.
        if (/\/dist\/core\/(formats\/(ics|timezone)|controllers\/calendar-links|holidays)\.js$/.test(id)) return 'calendar';
        // How to name and address a person (greeting names, titles, register, the shared address fields):
        // one file for the elements that write to people, rather than three requests one below the other.
        if (/\/dist\/core\/(names|address|address-fields)\.js$/.test(id)) return 'people';
        if (id === `${dist}/translations/lazy.js` || id === `${dist}/core/define.js` || shared(id, getModuleInfo)) return 'runtime';
        return undefined;
      },
    },
    plugins: plugins(),
    onwarn,
  },
  {
    // createHttpStorage alone (no Lit, ~3 KB): for pages that use the one-tag loader, which exports no API.
    input: 'dist/core/storage/http-storage.js',
    output: { file: 'dist/http-storage.js', format: 'es', sourcemap: true },
    plugins: [...plugins(), typings('http-storage.d.ts', './core/storage/http-storage.js')],
    onwarn,
  },
  {
    // createHttpResponses and the signature check alone (#31): for the one-tag loader's pages.
    input: 'dist/core/storage/http-responses.js',
    output: { file: 'dist/http-responses.js', format: 'es', sourcemap: true },
    plugins: [...plugins(), typings('http-responses.d.ts', './core/storage/http-responses.js')],
    onwarn,
  },
  {
    input: 'dist/bundle.js',
    output: { file: 'dist/strong-finish.bundle.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: plugins(),
    onwarn,
  },
  ...elements.map((tag) => ({
    input: { [tag]: `standalone:${tag}` },
    output: { dir: 'dist/standalone', entryFileNames: '[name].js', chunkFileNames: chunkName, format: 'es', sourcemap: true },
    plugins: [standaloneEntry(), inlineOnUse(), ...plugins(), typings(`${tag}.d.ts`, `../${tag}/define.js`)],
    onwarn,
  })),
];
