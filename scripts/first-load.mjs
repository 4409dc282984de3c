// First-load budgets, measured the way a job board's page pays them: real pages in headless Chromium
// (bench/first-load.html), and the gzip -9 size of every JavaScript file the page fetched before the
// element had rendered (the kit: before its shown step had rendered too). Used by scripts/size.mjs (CI);
// alone: node scripts/first-load.mjs [--write] (prints the Markdown; --write puts it in docs/PERFORMANCE.md).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { startServer } from './serve.mjs';
import { launchChromium } from '../tests/node/browser.mjs';

const WIDGETS = ['internship-checklist', 'feedback-questions', 'thank-you-composer', 'reflection-journal', 'finish-strong-planner', 'keep-in-touch'];
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The pages measured: what a host writes, and what must have rendered. */
export function pages() {
  return [
    { name: 'loader alone (no tag on the page)', kind: 'loader', entry: '/dist/strong-finish.js' },
    ...WIDGETS.map((tag) => ({ name: `<${tag}> with the autoloader`, kind: 'widget', entry: '/dist/strong-finish.js', tag })),
    { name: '<internship-wrap-up> first paint (profile, overview, checklist step) with the autoloader', kind: 'kit', entry: '/dist/strong-finish.js', tag: 'internship-wrap-up', step: 'internship-checklist' },
    { name: '<internship-wrap-up> first paint with dist/standalone/internship-wrap-up.js', kind: 'kit-standalone', entry: '/dist/standalone/internship-wrap-up.js', tag: 'internship-wrap-up', step: 'internship-checklist' },
    { name: '<keep-in-touch> with dist/strong-finish.bundle.js (one file)', kind: 'bundle', entry: '/dist/strong-finish.bundle.js', tag: 'keep-in-touch' },
  ];
}

/** Loads each page in a fresh context; returns, per page, the files fetched before render and their gzip sizes. */
export async function measure({ root = '.' } = {}) {
  const server = await startServer({ port: 0 });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  const out = [];
  try {
    for (const p of pages()) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const q = new URLSearchParams({ entry: p.entry, ...(p.tag ? { tag: p.tag } : {}), ...(p.step ? { step: p.step } : {}) });
      await page.goto(`${origin}/bench/first-load.html?${q}`);
      await page.waitForFunction('window.__renderedAt !== undefined', { timeout: 30000 });
      const { before, after } = await page.evaluate(async () => {
        const at = window.__renderedAt;
        const js = (list) => list.filter((e) => new URL(e.name).pathname.endsWith('.js')).map((e) => new URL(e.name).pathname);
        const now = performance.getEntriesByType('resource');
        const before = js(now.filter((e) => e.startTime <= at));
        await new Promise((r) => setTimeout(r, 1500)); // what the page fetches afterwards (idle steps)
        return { before, after: js(performance.getEntriesByType('resource')) };
      });
      await context.close();
      if (errors.length) throw new Error(`${p.name}: ${errors.join('; ')}`);
      const files = before.map((path) => ({ path, gzip: gz(`${root}${path}`) }));
      const later = after.filter((f) => !before.includes(f)).map((path) => ({ path, gzip: gz(`${root}${path}`) }));
      out.push({ ...p, files, total: files.reduce((s, f) => s + f.gzip, 0), later, laterTotal: later.reduce((s, f) => s + f.gzip, 0) });
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

/** The per-file table of the CDN build: loader, runtime, each element's chunk, the catalogues. */
export function files() {
  const named = ['dist/strong-finish.js', 'dist/chunks/runtime.js', ...WIDGETS.map((t) => `dist/chunks/${t}.js`), 'dist/chunks/internship-wrap-up.js', 'dist/chunks/es.js', 'dist/chunks/ar.js'];
  // The shared chunks (code some elements share, and what loads on use), after the named ones.
  const shared = existsSync('dist/chunks') ? readdirSync('dist/chunks').filter((f) => f.endsWith('.js')).map((f) => `dist/chunks/${f}`).filter((f) => !named.includes(f)).sort() : [];
  const list = [...named.slice(0, -2), ...shared, ...named.slice(-2), 'dist/strong-finish.bundle.js'];
  return list.filter((f) => existsSync(f)).map((f) => ({ file: f, raw: readFileSync(f).length, gzip: gz(f) }));
}

/** Checks `results` against the budgets; returns [rows, failed]. */
export function check(results, budget) {
  const limits = budget.firstLoad;
  const targets = budget.firstLoadTargets;
  const rows = [];
  let failed = false;
  for (const r of results) {
    const key = r.kind === 'loader' ? 'loader' : r.kind === 'widget' ? 'widget' : r.kind === 'kit' ? 'kitFirstPaint' : undefined;
    const limit = key ? limits[key] : undefined;
    const target = key ? targets[key] : undefined;
    const ok = limit === undefined || r.total <= limit;
    if (!ok) failed = true;
    rows.push({ ...r, limit, target, ok, met: target === undefined ? undefined : r.total <= target });
  }
  return [rows, failed];
}

export function markdown(rows, fileRows) {
  const L = [];
  L.push('<!-- first-load:start (written by `npm run size`: scripts/first-load.mjs; do not edit by hand) -->');
  L.push('## Loading: what a page downloads before it shows something');
  L.push('');
  L.push('Measured by loading real pages in headless Chromium (`bench/first-load.html`): the gzip -9 bytes of every JavaScript file fetched before the element had rendered (for the kit: its profile, overview and shown step). `npm run size` fails CI over `size-budget.json` `firstLoad` (a ratchet at the measured size where a target is not met yet).');
  L.push('');
  L.push('| page | JS before render (gzip -9) | files | fetched afterwards (idle) | target | |');
  L.push('|---|---:|---|---:|---:|---|');
  for (const r of rows) {
    const names = r.files.map((f) => `${f.path.replace(/^\/dist\//, '')} ${kb(f.gzip)}`).join(', ');
    const status = r.met === undefined ? '' : r.met ? 'met' : `**missed** (budget ${kb(r.limit)})`;
    L.push(`| ${r.name.replace(/</g, '&lt;')} | ${kb(r.total)} | ${names} | ${r.later.length ? kb(r.laterTotal) : '–'} | ${r.target ? kb(r.target) : '–'} | ${status} |`);
  }
  L.push('');
  const widgets = rows.filter((r) => r.kind === 'widget').sort((a, b) => a.total - b.total);
  const kit = rows.find((r) => r.kind === 'kit');
  const runtime = fileRows.find((f) => f.file === 'dist/chunks/runtime.js');
  if (widgets.length && kit && runtime) {
    L.push(
      `Where the targets stand: the loader is well under 3 KB. One widget ≤ 20 KB and the kit's first paint ≤ 30 KB are not met with the features intact. The runtime every element needs is ${kb(runtime.gzip)} (\`npm run size:composition -- dist/chunks/runtime.js\`): Lit and @lit/context (≈7.5 KB), the shared styles (≈1.8 KB), storage (persistence, merge, the same-key bus ≈3 KB), the base element with its status and export controllers, localization, dates and the schema; each element's own chunk adds 8–15 KB of its own code, default content and styles. Smallest one-widget page reached: ${kb(widgets[0].total)} (${widgets[0].tag}); largest ${kb(widgets.at(-1).total)} (${widgets.at(-1).tag}); the kit ${kb(kit.total)}, its other steps following when the browser is idle. Before #21 every page paid the same 67 KB file; before the runtime was narrowed (#21, second pass) the runtime alone was 31.6 KB.`,
      '',
      'What goes where (rollup.config.mjs `manualChunks`): the runtime holds only what the base element imports, what six or more elements use, and helpers under ~1 KB that two share. Code a few elements share is a chunk of its own fetched with them (the .ics calendar and time zones, list keyboard, undo, greeting names, the follow-up schedule, the supervisor-answer codec), so a page without those elements never downloads it. Loaded on use (`src/core/on-use.ts`, after the first paint when the browser is idle, or when first needed): the print view\'s renderer (a print right after the first paint prints the Markdown as plain paragraphs), the Google/Outlook calendar links, and in the kit the thank-you labels for the keep-in-touch hand-off. Kept eager on purpose: the export formats and the CSV preview, because `toICS()`, `toMarkdown()`, `toCSV()`, `toVCard()`, `toJSONResume()` and `previewImport()` are synchronous public methods; the three-way merge (≈0.7 KB), because the persistence controller merges synchronously inside the storage event that reports a conflict.',
      '',
    );
  }
  L.push('Per file (the autoloader, its shared runtime chunk, each element\'s chunk, the catalogues, and the one-file bundle):');
  L.push('');
  L.push('| file | minified | gzip -9 |');
  L.push('|---|---:|---:|');
  for (const f of fileRows) L.push(`| ${f.file} | ${kb(f.raw)} | ${kb(f.gzip)} (${f.gzip} B) |`);
  L.push('<!-- first-load:end -->');
  return L.join('\n');
}

/** Replaces (or appends) a marked section (`first-load`, `main-thread`) of docs/PERFORMANCE.md. */
export function writeSection(text, file = 'docs/PERFORMANCE.md', name = 'first-load') {
  const doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Performance\n';
  const re = new RegExp(`<!-- ${name}:start[\\s\\S]*?<!-- ${name}:end -->`);
  writeFileSync(file, re.test(doc) ? doc.replace(re, text) : `${doc.trimEnd()}\n\n${text}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
  const [rows] = check(await measure(), budget);
  const text = markdown(rows, files());
  console.log(text);
  if (process.argv.includes('--write')) writeSection(text);
}
