// esbuild in the clean consumer project, with the settings of Rails' jsbundling-esbuild (`--bundle
// --format=esm --minify`, no code splitting) in a Rails-like app folder (its package.json has no "type",
// as jsbundling-rails writes it), importing one element's define entry: it renders, and what it ships is
// compared with dist/standalone/<tag>.js, for every element. And each React wrapper bundled alone: it
// carries its element only, not the kit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { join } from 'node:path';
import { launchChromium } from '../node/browser.mjs';
import { REPO, bin, consumer, docBlock, gzip, kb, openPage, serve, workspace } from './project.mjs';

const TAG = 'keep-in-touch';
let project;
let dir;
let browser;
let standalone;
before(async () => {
  project = await consumer();
  dir = workspace(project.dir, 'esbuild');
  // jsbundling-rails' package.json: no "type", so esbuild reads the app's entry as CommonJS-typed.
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'app', private: 'true' }));
  standalone = gzip(readFileSync(join(project.dir, `node_modules/strong-finish/dist/standalone/${TAG}.js`)));
  writeFileSync(join(dir, 'app.js'), `import 'strong-finish/${TAG}/define.js';\n`);
  bin(project.dir, 'esbuild', ['app.js', '--bundle', '--format=esm', '--minify', '--outfile=public/app.js', '--log-level=error'], dir);
  writeFileSync(join(dir, 'public/index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rails host</title>
<script type="module" src="/app.js"></script></head><body><${TAG} intern-name="Maya" storage-key="esbuild"></${TAG}></body></html>\n`);
  browser = await launchChromium();
});
after(() => browser?.close());

test(`esbuild --bundle --format=esm --minify of strong-finish/${TAG}/define.js renders with no console error`, async (t) => {
  const server = await serve(join(dir, 'public'));
  const { page, errors } = await openPage(browser);
  try {
    await page.goto(server.url + '/');
    await page.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]'), { timeout: 15000 }, TAG);
    assert.deepEqual(errors, []);
    t.diagnostic(`esbuild bundle of ${TAG}: ${kb(gzip(readFileSync(join(dir, 'public/app.js'))))} gzip; dist/standalone/${TAG}.js: ${kb(standalone)}`);
  } finally {
    await page.close();
    await server.close();
  }
});

const TAGS = JSON.parse(readFileSync(join(REPO, 'custom-elements.json'), 'utf8'))
  .modules.flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .map((d) => d.tagName)
  .sort();

/**
 * What a page with dist/standalone/<tag>.js alone downloads to use every part of the widget: the file and
 * every chunk it imports, statically or with import() (the kit's six steps), but the catalogues (es, ar),
 * which load only for a page in those languages.
 */
function standaloneTotal(tag) {
  const root = join(project.dir, 'node_modules/strong-finish/dist/standalone');
  const seen = new Set();
  const walk = (file) => {
    if (seen.has(file) || /\/chunks\/(es|ar)\.js$/.test(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) walk(join(dirname(file), spec));
  };
  walk(join(root, `${tag}.js`));
  return { files: seen.size, gzip: [...seen].reduce((n, f) => n + gzip(readFileSync(f)), 0) };
}

// Translations are opt-in (issue #21): without code splitting esbuild inlines every dynamic import, and
// the catalogues used to ride along with English. The kit's steps are inlined too, so the kit compares
// with its standalone file plus the step chunks it loads.
test('esbuild without splitting ships within 10% of what dist/standalone/<tag>.js loads, for every element', (t) => {
  const over = [];
  for (const tag of TAGS) {
    writeFileSync(join(dir, `nosplit-${tag}.js`), `import 'strong-finish/${tag}/define.js';\n`);
    bin(project.dir, 'esbuild', [`nosplit-${tag}.js`, '--bundle', '--format=esm', '--minify', `--outfile=nosplit/${tag}.js`, '--log-level=error'], dir);
    const bundled = gzip(readFileSync(join(dir, `nosplit/${tag}.js`)));
    const own = standaloneTotal(tag);
    const line = `${tag}: esbuild ${kb(bundled)} gzip, standalone ${kb(own.gzip)} in ${own.files} file(s) (${bundled >= own.gzip ? '+' : ''}${((bundled / own.gzip - 1) * 100).toFixed(1)}%)`;
    t.diagnostic(line);
    if (bundled > own.gzip * 1.1) over.push(line);
  }
  assert.deepEqual(over, []);
});

test('each React wrapper (strong-finish/react/<tag>.js) bundles its element only: about its standalone size, not the kit', (t) => {
  // Bundled as an app bundler does (code splitting on, React left to the app), counting what loads
  // up front: the entry and the chunks it imports statically.
  const measure = (specifier, name) => {
    writeFileSync(join(dir, `${name}.js`), `export * from '${specifier}';\n`);
    bin(project.dir, 'esbuild', [`${name}.js`, '--bundle', '--format=esm', '--minify', '--splitting', '--external:react', `--outdir=out-${name}`, `--metafile=${name}.meta.json`, '--log-level=error'], dir);
    const { outputs } = JSON.parse(readFileSync(join(dir, `${name}.meta.json`), 'utf8'));
    // This entry: the modules loaded with `import()` (the kit's steps, the print view) are entry points too.
    const entry = Object.keys(outputs).find((o) => outputs[o].entryPoint === `${name}.js`);
    const seen = new Set();
    const walk = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const i of outputs[file].imports) if (i.kind === 'import-statement' && !i.external) walk(i.path);
    };
    walk(entry);
    return [...seen].reduce((n, f) => n + gzip(readFileSync(join(dir, f))), 0);
  };
  const all = measure('strong-finish/react', 'all-wrappers');
  t.diagnostic(`strong-finish/react, every element: ${kb(all)} gzip up front`);
  const over = [];
  for (const tag of TAGS) {
    const one = measure(`strong-finish/react/${tag}.js`, `wrapper-${tag}`);
    const own = gzip(readFileSync(join(project.dir, `node_modules/strong-finish/dist/standalone/${tag}.js`)));
    const line = `React wrapper for ${tag}: ${kb(one)} gzip up front (dist/standalone/${tag}.js ${kb(own)})`;
    t.diagnostic(line);
    // @lit/react's createComponent and the event map cost about 1 KB.
    if (one > own * 1.1 + 1024 || one > all / 2) over.push(line);
  }
  assert.deepEqual(over, []);
});

test('README.md languages block bundled with esbuild: a host string shows in a lang="fr" element', async () => {
  writeFileSync(join(dir, 'fr.js'), `import 'strong-finish/internship-checklist/define.js';\n${docBlock('readme-translations')}`);
  bin(project.dir, 'esbuild', ['fr.js', '--bundle', '--format=esm', '--minify', '--outfile=public/fr.js', '--log-level=error'], dir);
  writeFileSync(join(dir, 'public/fr.html'), `<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Hôte</title>
<script type="module" src="/fr.js"></script></head><body><internship-checklist storage="none"></internship-checklist></body></html>\n`);
  const server = await serve(join(dir, 'public'));
  const { page, errors } = await openPage(browser);
  try {
    await page.goto(server.url + '/fr.html');
    await page.waitForFunction(() => document.querySelector('internship-checklist')?.shadowRoot?.textContent.includes('Bien finir son stage'), { timeout: 15000 });
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
    await server.close();
  }
});

test('docs/job-boards.md opt-in languages block bundled with esbuild: a lang="es" element speaks Spanish, a lang="ar" one Arabic', async () => {
  writeFileSync(join(dir, 'es.js'), `import 'strong-finish/internship-checklist/define.js';\n${docBlock('job-boards-languages')}`);
  bin(project.dir, 'esbuild', ['es.js', '--bundle', '--format=esm', '--minify', '--outfile=public/es.js', '--log-level=error'], dir);
  writeFileSync(join(dir, 'public/es.html'), `<!doctype html><html lang="es"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Anfitrión</title>
<script type="module" src="/es.js"></script></head><body><internship-checklist storage="none"></internship-checklist>
<internship-checklist lang="ar" storage="none"></internship-checklist></body></html>\n`);
  const server = await serve(join(dir, 'public'));
  const { page, errors } = await openPage(browser);
  try {
    await page.goto(server.url + '/es.html');
    await page.waitForFunction(() => {
      const [es, ar] = document.querySelectorAll('internship-checklist');
      return es?.shadowRoot?.textContent.includes('Tu lista para las últimas semanas') && ar?.shadowRoot?.textContent.includes('قائمة أسابيعك الأخيرة');
    }, { timeout: 15000 });
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
    await server.close();
  }
});
