// The main thread on first load, with the CPU throttled 4× (CDP Emulation.setCPUThrottlingRate): a page
// with one widget and a page with the kit, before (a baseline dist/ given as SF_BENCH_BASELINE, e.g. the
// previous release's; SF_BENCH_BASELINE_LABEL names it) and after (the autoloader), interleaved in one
// run. Per load: script evaluation (CDP Performance ScriptDuration), time to first render (the first frame
// with the element, and the kit's shown step, rendered: bench/first-load.html), Total Blocking Time
// (Σ of long tasks' time over 50 ms, in the first 4 s). Network is local and unthrottled.
// Used by bench/run.mjs; alone: SF_BENCH_BASELINE=/path/to/old/dist node bench/main-thread.mjs [--write]
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { startServer } from '../scripts/serve.mjs';
import { launchChromium } from '../tests/node/browser.mjs';
import { median } from './stats.mjs';

const RATE = 4;
const WINDOW_MS = 4000;
const PAGES = [
  { name: 'one widget (<keep-in-touch>)', tag: 'keep-in-touch', preload: ['runtime', 'keep-in-touch'] },
  { name: 'the kit (<internship-wrap-up>, checklist step shown)', tag: 'internship-wrap-up', step: 'internship-checklist', preload: ['runtime', 'internship-wrap-up', 'internship-checklist'] },
];

/** Copies SF_BENCH_BASELINE (a built dist/) under bench-results/ so the same server serves it. */
function baselineEntry() {
  const from = process.env.SF_BENCH_BASELINE;
  if (from && existsSync(`${from}/strong-finish.js`)) {
    rmSync('bench-results/baseline', { recursive: true, force: true });
    cpSync(from, 'bench-results/baseline', { recursive: true });
  }
  return existsSync('bench-results/baseline/strong-finish.js') ? '/bench-results/baseline/strong-finish.js' : undefined;
}

async function once(browser, origin, [entry, preload], p) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.evaluateOnNewDocument(() => {
    window.__longtasks = [];
    new PerformanceObserver((list) => window.__longtasks.push(...list.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  const hints = preload ? p.preload.map((c) => `/dist/chunks/${c}.js`).join(',') : '';
  const q = new URLSearchParams({ entry, tag: p.tag, ...(p.step ? { step: p.step } : {}), ...(hints ? { preload: hints } : {}) });
  await page.goto(`${origin}/bench/first-load.html?${q}`);
  await page.waitForFunction('window.__renderedAt !== undefined', { timeout: 60000, polling: 50 });
  const rendered = await page.evaluate(() => window.__renderedAt);
  await page.waitForFunction(`performance.now() > ${WINDOW_MS}`, { timeout: 60000, polling: 100 });
  const tasks = await page.evaluate(() => window.__longtasks);
  const { ScriptDuration } = await page.metrics();
  await context.close();
  const inWindow = tasks.filter(([start]) => start < WINDOW_MS);
  return { rendered, script: ScriptDuration * 1000, tbt: inWindow.reduce((s, [, d]) => s + Math.max(0, d - 50), 0), longest: Math.max(0, ...inWindow.map(([, d]) => d)) };
}

/** Runs every page × variant `samples` times, interleaved; returns medians. */
export async function mainThread({ browser, origin, samples = 5 }) {
  const variants = [
    ['after (autoloader)', ['/dist/strong-finish.js', false]],
    ['after + modulepreload of its chunks', ['/dist/strong-finish.js', true]],
  ];
  const base = baselineEntry();
  if (base) {
    const kb = (gzipSync(readFileSync('bench-results/baseline/strong-finish.js'), { level: 9 }).length / 1024).toFixed(1);
    variants.unshift([`before (${process.env.SF_BENCH_BASELINE_LABEL ?? 'baseline'}: strong-finish.js ${kb} KB gz)`, [base, false]]);
  }
  const raw = new Map();
  for (let i = 0; i < samples + 1; i++) {
    for (const p of PAGES) {
      for (const [label, entry] of variants) {
        const r = await once(browser, origin, entry, p);
        if (i === 0) continue; // warm-up: the OS file cache and Chromium's first start
        const key = `${p.name}|${label}`;
        if (!raw.has(key)) raw.set(key, []);
        raw.get(key).push(r);
      }
    }
  }
  return [...raw].map(([key, runs]) => {
    const [page, variant] = key.split('|');
    const m = (f) => median(runs.map(f));
    return { page, variant, samples: runs.length, script: m((r) => r.script), rendered: m((r) => r.rendered), tbt: m((r) => r.tbt), longest: m((r) => r.longest) };
  });
}

export function mainThreadMarkdown(rows) {
  const L = ['<!-- main-thread:start (written by `npm run bench`: bench/main-thread.mjs; do not edit by hand) -->', '## Main thread on first load, CPU throttled 4×', ''];
  L.push(`Headless Chromium, \`Emulation.setCPUThrottlingRate { rate: ${RATE} }\`, local unthrottled network, a fresh browser context per load, medians of ${rows[0]?.samples ?? 0} loads per row (after one warm-up round), variants interleaved. Script evaluation: CDP \`ScriptDuration\` of the page after ${WINDOW_MS / 1000} s (includes the kit's steps loaded when idle). First render: the first frame in which the element (the kit: also its shown step) has rendered. TBT: Σ(long task − 50 ms) in the first ${WINDOW_MS / 1000} s. Goal (issue 21): TBT ≤ 50 ms for a one-widget page.`);
  L.push('', '| page | variant | script evaluation ms | first render ms | TBT ms | longest task ms |', '|---|---|---:|---:|---:|---:|');
  for (const r of rows) L.push(`| ${r.page.replace(/</g, '&lt;')} | ${r.variant} | ${r.script.toFixed(0)} | ${r.rendered.toFixed(0)} | ${r.tbt.toFixed(0)} | ${r.longest.toFixed(0)} |`);
  L.push('<!-- main-thread:end -->');
  return L.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer({ port: 0 });
  const browser = await launchChromium();
  try {
    const rows = await mainThread({ browser, origin: `http://127.0.0.1:${server.address().port}`, samples: Number(process.env.SF_BENCH_SAMPLES ?? 5) });
    const text = mainThreadMarkdown(rows);
    console.log(text);
    if (process.argv.includes('--write')) {
      const { writeSection } = await import('../scripts/first-load.mjs');
      writeSection(text, 'docs/PERFORMANCE.md', 'main-thread');
    }
  } finally {
    await browser.close();
    server.close();
  }
}
