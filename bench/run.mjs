// `npm run bench`: static floor (A) vs our widgets (B) vs a Shoelace peer (C), in one headless
// Chromium run, interleaved; long tasks, layout shift, heap after 1,000 cycles, bundle sizes.
// Writes docs/PERFORMANCE.md and bench-results/results.json.
// Options (env): SF_BENCH_QUICK=1 (fewer samples), SF_BENCH_WIDGETS=a,b (subset), SF_BENCH_NO_BUILD=1.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { startServer } from '../scripts/serve.mjs';
import { findChromium } from '../scripts/browsers.mjs';
import { buildPeer } from './build-peer.mjs';
import { summarize, median } from './stats.mjs';
import { writeReport } from './report.mjs';
import { mainThread } from './main-thread.mjs';

const started = Date.now();
const loadAtStart = loadavg()[0];
const QUICK = !!process.env.SF_BENCH_QUICK;
const NS = [10, 100, 1000, 10000];
const SAMPLES = QUICK ? { 10: 3, 100: 3, 1000: 2, 10000: 1 } : { 10: 10, 100: 8, 1000: 7, 10000: 5 };
const OPS = ['render', 'update', 'add', 'remove', 'reorder', 'filter'];
const LIST_WIDGETS = ['internship-checklist', 'keep-in-touch', 'feedback-questions', 'reflection-journal'];
const log = (...a) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s]`, ...a);

if (!process.env.SF_BENCH_NO_BUILD || !existsSync('dist/strong-finish.js')) {
  log('building (npm run build)…');
  execSync('npm run build --silent', { stdio: ['ignore', 'ignore', 'inherit'] });
}
log('bundling the Shoelace peer…');
await buildPeer();

const bundleOf = (tag) => (existsSync(`dist/standalone/${tag}.js`) ? `/dist/standalone/${tag}.js` : undefined);
const only = process.env.SF_BENCH_WIDGETS?.split(',');
const widgets = LIST_WIDGETS.filter((t) => bundleOf(t) && (!only || only.includes(t)));
if (!widgets.length) log('no list widget is built yet (dist/standalone/<tag>.js): only sizes are measured');

const server = await startServer({ port: 0, isolated: true });
const origin = `http://127.0.0.1:${server.address().port}`;
const executablePath = findChromium();
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  protocolTimeout: 600000,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--js-flags=--expose-gc',
    '--enable-precise-memory-info', '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--window-size=1280,900'],
});
const chromium = await browser.version();

async function openBench(tag) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/bench/index.html?bundle=${encodeURIComponent(bundleOf(tag))}`);
  await page.waitForFunction('window.__ready === true', { timeout: 60000 });
  const isolated = await page.evaluate(() => crossOriginIsolated);
  const loadMs = await page.evaluate(() => window.__loadMs);
  return { page, errors, isolated, loadMs };
}

const results = { widgets: {}, shift: {}, memory: {}, sizes: {}, meta: {} };
let isolatedAll = true;

for (const tag of widgets) {
  const { page, errors, isolated, loadMs } = await openBench(tag);
  isolatedAll &&= isolated;
  const W = (results.widgets[tag] = { n: {}, loadMs });
  for (const n of NS) {
    // An unpaged list whose render at N already takes > 1 s would take minutes at 10N: skip and say so.
    const prev = W.n[n / 10]?.ops?.render;
    if (prev && prev.B > 1000 && W.n[n / 10].info.rowsShown === W.n[n / 10].info.listLength) {
      W.skipped = `N=${n} skipped: every item is rendered (no paging) and first render at N=${n / 10} already took ${Math.round(prev.B)} ms (static floor ${Math.round(prev.A)} ms)`;
      log(`${tag}: ${W.skipped}`);
      break;
    }
    const info = await page.evaluate((t, n) => bench.setup(t, n), tag, n);
    const samples = { A: [], B: [], C: [] };
    const k = SAMPLES[n];
    const warm = n <= 100 ? 1 : 0; // one warm-up round (templates, JIT) while N is small
    const blockStart = Date.now();
    for (let i = 1 - warm; i <= k; i++) {
      // Keep the run short: stop a slow block after 75 s once it has 2 samples.
      if (i > 2 && Date.now() - blockStart > 75000) break;
      const order = ['A', 'B', 'C'].sort(() => Math.random() - 0.5);
      for (const v of order) {
        const r = await page.evaluate((v, ops) => bench.sample(v, ops), v, OPS);
        if (i > 0) samples[v].push(r); // sample 0 warms up templates and JIT
      }
    }
    // Long tasks overlapping B's update windows.
    const tasks = await page.evaluate(() => bench.longTasks.splice(0));
    const longTasks = {};
    for (const op of OPS.slice(1)) {
      longTasks[op] = samples.B.reduce((acc, s) => {
        const w = s[`${op}:window`];
        return acc + (w ? tasks.filter(([t, d]) => t < w[1] && t + d > w[0]).length : 0);
      }, 0);
    }
    const ex = [];
    for (let i = 0; i < 9; i++) ex.push(await page.evaluate(() => bench.exports()));
    const exportMs = {};
    for (const fn of Object.keys(ex[0] ?? {})) {
      exportMs[fn] = { ms: median(ex.map((e) => e[fn].ms)), min: Math.min(...ex.map((e) => e[fn].ms)), bytes: ex[0][fn].bytes };
    }
    W.n[n] = { info, samples, longTasks, exports: exportMs, ops: summarize(samples, OPS) };
    const r = W.n[n].ops.render;
    log(`${tag} N=${n}: rows ${info.rowsShown}/${info.listLength}, render A ${r.A.toFixed(2)} B ${r.B.toFixed(2)} C ${r.C.toFixed(2)} ms, B/A ${r.BA.med.toFixed(2)}, C/B ${r.CB.med.toFixed(2)}`);
  }
  W.errors = errors;
  await page.close();
  // Heap, on a fresh page: 1,000 create/attach/remove cycles (after 50 warm-up cycles), GC, compare;
  // then count the live instances of the element's class.
  const { page: mpage } = await openBench(tag);
  const cdp = await mpage.createCDPSession();
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await mpage.evaluate((t) => bench.churn(t, 50), tag);
  const before = await heap();
  const t0 = Date.now();
  await mpage.evaluate((t) => bench.churn(t, 1000), tag);
  const churnMs = Date.now() - t0;
  const after = await heap();
  const proto = await mpage.evaluateHandle((t) => customElements.get(t).prototype, tag);
  const live = await mpage.queryObjects(proto);
  const instances = await mpage.evaluate((a) => a.length, live);
  results.memory[tag] = { before, after, delta: after - before, instances, churnMs };
  log(`${tag} memory: heap ${(before / 1e6).toFixed(2)} → ${(after / 1e6).toFixed(2)} MB, live instances ${instances}`);
  await mpage.close();

  // Layout shift while the element upgrades: without reservation, and with a generic 30rem, and with the measured height the README lists.
  results.shift[tag] = {};
  const reservations = [['none', ''], ['reserved', `${tag}:not(:defined) { display: block; min-height: 30rem }`]];
  for (let [name, css] of reservations) {
    const rem = Math.ceil(results.shift[tag].none?.after / 16);
    if (name === 'measured') css = `${tag}:not(:defined) { display: block; min-height: ${rem}rem }`;
    // The same min-height kept after the upgrade: a reservation rounded up to whole rem can no longer shrink.
    if (name === 'kept') css = `${tag} { display: block; min-height: ${rem}rem }`;
    const p = await browser.newPage();
    await p.setViewport({ width: 1280, height: 900 });
    await p.goto(`${origin}/bench/shift.html?tag=${tag}&bundle=${encodeURIComponent(bundleOf(tag))}&reserve=${encodeURIComponent(css)}`);
    await p.waitForFunction('window.__result', { timeout: 30000 });
    results.shift[tag][name] = { ...(await p.evaluate(() => window.__result)), css };
    if (name === 'none') reservations.push(['measured', ''], ['kept', '']);
    await p.close();
  }
}

// First load with the CPU throttled 4×: one widget and the kit, before (SF_BENCH_BASELINE) and after.
log('main thread on first load, CPU 4×…');
results.mainThread = await mainThread({ browser, origin, samples: QUICK ? 2 : 5 });

// Sizes: gzip -9 of our bundles and of the peer bundle built here.
const gz = (f) => ({ raw: readFileSync(f).length, gzip: gzipSync(readFileSync(f), { level: 9 }).length });
for (const f of ['dist/strong-finish.js', 'dist/chunks/runtime.js', 'dist/strong-finish.bundle.js']) if (existsSync(f)) results.sizes[f] = gz(f);
if (existsSync('dist/standalone')) {
  for (const f of readdirSync('dist/standalone').filter((f) => f.endsWith('.js')).sort()) results.sizes[`dist/standalone/${f}`] = gz(`dist/standalone/${f}`);
}
results.sizes['peer: Lit + Shoelace checkbox, input, textarea, button, button-group, radio-group, radio, progress-bar, select, option, details (bench-results/peer.js)'] = gz('bench-results/peer.js');

await browser.close();
server.close();

const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
results.meta = {
  date: new Date().toISOString(),
  command: `npm run bench${QUICK ? ' (SF_BENCH_QUICK=1)' : ''}${only ? ` (SF_BENCH_WIDGETS=${only.join(',')})` : ''}`,
  nproc: execSync('nproc').toString().trim(),
  cpu: /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? cpus()[0]?.model,
  memGiB: (Number(/MemTotal:\s*(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0) / 1048576).toFixed(0),
  chromium,
  executablePath,
  node: process.version,
  crossOriginIsolated: isolatedAll,
  samples: SAMPLES,
  seconds: Math.round((Date.now() - started) / 1000),
  load: [loadAtStart, loadavg()[0], loadavg()[2]].map((x) => x.toFixed(1)),
  commit: (() => { try { return execSync('git rev-parse --short HEAD').toString().trim(); } catch { return '?'; } })(),
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/results.json', JSON.stringify(results, null, 1));
writeReport(results, 'docs/PERFORMANCE.md');
log(`wrote docs/PERFORMANCE.md in ${results.meta.seconds}s`);
