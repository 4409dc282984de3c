// The customer's side of the package, shared by every tests/consumers/*.test.mjs file:
// - `consumer()`: `npm pack`, then one fresh project in os.tmpdir() (outside the repo, so the repo's
//   node_modules is out of reach) that installs the tarball and the host tools, each pinned to the version in
//   this repo's package-lock.json so npm's cache (filled by `npm ci`) serves it. The project is keyed by the
//   tarball's hash and shared by the test files (a lock directory makes the first one install it).
// - `docBlock()`: a fenced code block read out of README.md or docs/*.md, as a host would copy it. The
//   blocks these tests run are listed in blocks.mjs; tests/consumers/doc-blocks.test.mjs fails on any other
//   block that is not marked `<!-- illustrative -->`.
// - `serve()`, `openPage()`: a static server on 127.0.0.1 that counts the gzip bytes it sends, and a
//   Chromium tab that collects console errors.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BLOCKS } from './blocks.mjs';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The host tools a consumer project installs, at the versions this repo's lockfile pins. */
const TOOLS = ['vite', 'react', 'react-dom', 'esbuild', 'typescript', '@lit-labs/ssr', '@lit-labs/ssr-client', '@types/react', 'webpack', 'vue', 'vue-tsc', 'svelte', 'svelte-check'];

export function lockedVersion(name) {
  const lock = JSON.parse(readFileSync(join(REPO, 'package-lock.json'), 'utf8'));
  const version = lock.packages[`node_modules/${name}`]?.version;
  if (!version) throw new Error(`${name} is not in package-lock.json`);
  return version;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });

let cached;
/**
 * The installed consumer project: `{ dir, tarball }`. `dir/node_modules/strong-finish` is the package as
 * npm installs it from the tarball; nothing else of the repo is reachable from `dir`.
 */
export async function consumer() {
  if (cached) return cached;
  if (!existsSync(join(REPO, 'dist/strong-finish.js'))) throw new Error('run `npm run build` first');
  const packDir = mkdtempSync(join(tmpdir(), 'sf-pack-'));
  // --ignore-scripts: the `prepack` build (for a fresh clone's `npm pack`/`npm publish`) already ran above.
  const [info] = JSON.parse(run('npm', ['pack', '--json', '--silent', '--ignore-scripts', '--pack-destination', packDir], REPO));
  const packed = join(packDir, info.filename);
  // Keyed by the tarball and the tools, so a tool added here gets a fresh project.
  const hash = createHash('sha256').update(readFileSync(packed)).update(TOOLS.map((t) => `${t}@${lockedVersion(t)}`).join()).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), `sf-consumer-${hash}`);
  if (dir.startsWith(REPO)) throw new Error(`${dir} is inside the repo: its node_modules would be visible`);
  const done = join(dir, '.installed');
  const lock = `${dir}.lock`;
  for (let waited = 0; !existsSync(done); waited += 250) {
    try {
      mkdirSync(lock);
    } catch {
      // Another test file is installing the same tarball; a lock older than 5 minutes is a crashed run.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      await sleep(250);
      continue;
    }
    try {
      if (!existsSync(done)) install(dir, packed);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  rmSync(packDir, { recursive: true, force: true });
  cached = { dir, tarball: join(dir, 'strong-finish.tgz') };
  return cached;
}

function install(dir, packed) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'strong-finish.tgz'), readFileSync(packed));
  const pkg = { name: 'sf-consumer', private: true, type: 'module', allowScripts: { esbuild: true } };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', './strong-finish.tgz', ...TOOLS.map((t) => `${t}@${lockedVersion(t)}`)], dir);
  // Projects of earlier tarballs are of no further use.
  for (const old of readdirSync(tmpdir()).filter((d) => /^sf-consumer-[0-9a-f]{12}$/.test(d) && join(tmpdir(), d) !== dir)) {
    const path = join(tmpdir(), old);
    if (Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { recursive: true, force: true });
  }
  writeFileSync(join(dir, '.installed'), new Date().toISOString());
}

/** A fresh folder inside the consumer project (its node_modules resolves from there). */
export function workspace(dir, name) {
  const path = join(dir, 'cases', `${name}-${process.pid}`);
  rmSync(path, { recursive: true, force: true });
  mkdirSync(path, { recursive: true });
  process.on('exit', () => rmSync(path, { recursive: true, force: true }));
  return path;
}

/** Runs a tool installed in the consumer project, as its user would (`npx vite build`…). */
export function bin(dir, name, args, cwd = dir) {
  return run(join(dir, 'node_modules/.bin', name), args, cwd);
}

// ---- docs as code -------------------------------------------------------------------------------

/** Every fenced block of a Markdown file: `{ file, lang, code, line, illustrative }`. */
export function fencedBlocks(file) {
  const lines = readFileSync(join(REPO, file), 'utf8').split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    // Backtick and tilde fences (CommonMark), so no block escapes the docs-as-code check by its fence.
    const open = /^(\s*)(`{3,}|~{3,})([^\s`]*)/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, lang] = open;
    const body = [];
    let j = i + 1;
    while (j < lines.length && !lines[j].startsWith(indent + fence)) body.push(lines[j++].slice(indent.length));
    let k = i - 1;
    while (k >= 0 && !lines[k].trim()) k--;
    out.push({ file, lang, code: body.join('\n') + '\n', line: i + 1, illustrative: k >= 0 && lines[k].trim() === '<!-- illustrative -->' });
    i = j;
  }
  return out;
}

/** The block a test runs, by its name in blocks.mjs: exactly one block of its file must match. */
export function docBlock(name) {
  const spec = BLOCKS[name];
  if (!spec) throw new Error(`no block named ${name} in tests/consumers/blocks.mjs`);
  const found = fencedBlocks(spec.file).filter((b) => b.code.includes(spec.contains));
  if (found.length !== 1) throw new Error(`${spec.file}: ${found.length} blocks contain ${JSON.stringify(spec.contains)}, expected 1`);
  return found[0].code;
}

// ---- serving and pages --------------------------------------------------------------------------

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };

/**
 * Serves `root` on 127.0.0.1 (port chosen by the system). `routes` (path → handler(req, res, body)) come
 * first. `sent` lists the JavaScript files served with their gzip -9 size: the bytes a browser downloads.
 */
export async function serve(root, routes = {}) {
  const sent = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const body = Buffer.concat(chunks).toString('utf8');
    try {
      const route = routes[url.pathname] ?? Object.entries(routes).find(([k]) => k.endsWith('*') && url.pathname.startsWith(k.slice(0, -1)))?.[1];
      if (route) return await route(req, res, body, url);
      let path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!path.startsWith(root)) throw new Error('outside');
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const data = await readFile(path);
      if (/\.m?js$/.test(path)) sent.push({ path: url.pathname, gzip: gzipSync(data, { level: 9 }).length });
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      res.end(data);
    } catch {
      res.writeHead(url.pathname === '/favicon.ico' ? 204 : 404);
      res.end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}`, sent, close: () => new Promise((r) => {
    server.close(r);
    // A browser keeps sockets open (preconnects); they would hold close() for minutes.
    server.closeAllConnections();
  }) };
}

/** A new tab that records uncaught errors, console errors and warnings. */
export async function openPage(browser) {
  const page = await browser.newPage();
  const errors = [];
  const warnings = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    const where = m.location()?.url ?? '';
    if (m.type() === 'error') errors.push(`${m.text()} ${where}`);
    if (m.type() === 'warn' || m.type() === 'warning') warnings.push(m.text());
  });
  // A navigation cancels what is in flight (ERR_ABORTED): that is the test reloading, not a failure.
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && errors.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  return { page, errors, warnings };
}

export const gzip = (data) => gzipSync(data, { level: 9 }).length;
export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
