// Where the time goes: `node bench/profile.mjs <tag> <N> <op> [repeats]` (op: render, update, add,
// remove, reorder, filter) profiles variant B with the CDP sampling profiler and prints the functions
// with the most self time (bundle positions map to names through the bundle's .js.map when present).
import puppeteer from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { startServer } from '../scripts/serve.mjs';
import { findChromium } from '../scripts/browsers.mjs';
import { buildPeer } from './build-peer.mjs';

const [tag = 'keep-in-touch', n = '10000', op = 'render', repeats = '5'] = process.argv.slice(2);
if (!existsSync('bench-results/peer.js')) await buildPeer();
const server = await startServer({ port: 0, isolated: true });
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${server.address().port}/bench/index.html?bundle=/dist/standalone/${tag}.js`);
await page.waitForFunction('window.__ready === true');
await page.evaluate((t, n) => bench.setup(t, n), tag, Number(n));
await page.evaluate(() => bench.sample('B', ['update'])); // warm
const cdp = await page.createCDPSession();
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const times = [];
for (let i = 0; i < Number(repeats); i++) {
  const r = await page.evaluate((op) => bench.sample('B', op === 'render' ? [] : [op]), op);
  times.push(r[op]);
}
const { profile } = await cdp.send('Profiler.stop');
const dt = {};
const byId = new Map(profile.nodes.map((x) => [x.id, x]));
for (let i = 0; i < profile.samples.length; i++) dt[profile.samples[i]] = (dt[profile.samples[i]] ?? 0) + (profile.timeDeltas[i] ?? 0);
// Optional: names and source positions through the bundle's source map (@jridgewell/trace-mapping, a
// transitive dev dependency; without it, bundle positions are printed).
let trace;
try {
  const tm = await import('@jridgewell/trace-mapping');
  const map = new tm.TraceMap(readFileSync(`dist/standalone/${tag}.js.map`, 'utf8'));
  trace = (line, col) => {
    const p = tm.originalPositionFor(map, { line, column: col });
    return p.source ? `${p.name ?? ''} ${p.source.replace(/^.*?(src|node_modules)\//, '$1/')}:${p.line}` : undefined;
  };
} catch {}
const self = new Map();
for (const [id, us] of Object.entries(dt)) {
  const f = byId.get(Number(id)).callFrame;
  const mapped = f.url.includes(`standalone/${tag}.js`) && trace?.(f.lineNumber + 1, f.columnNumber);
  const key = mapped || `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + us / 1000);
}
console.log(`${tag} N=${n} ${op}: ${times.map((t) => t.toFixed(1)).join(', ')} ms (render + op per sample when op≠render)`);
const total = [...self.values()].reduce((a, b) => a + b, 0);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${v.toFixed(1).padStart(8)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
await browser.close();
server.close();
