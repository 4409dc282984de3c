// Issue #33: the reference sync server from npm alone. In an empty folder outside the repo (`npm init -y`,
// so `"type": "commonjs"`), the blocks of examples/sync-server/README.md run as written: install the packed
// tarball and `pg`, start `npx strong-finish-sync-server` on the throwaway PostgreSQL of the shipped
// db.sh, make a token with the same command, read with curl. Then docs/sync.md's createHttpStorage block,
// pointed at that server, runs in a page served from the folder's node_modules: a tick inside the kit
// is stored in PostgreSQL for that user and comes back after a reload.
// The only edits to what a host pastes: `strong-finish` is the tarball and `pg` the version this repo
// locks (npm's cache serves it offline), the port is whatever was free, and sync.md's example URL is
// that server's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { launchChromium } from '../node/browser.mjs';
import { REPO, consumer, docBlock, lockedVersion, openPage, serve } from './project.mjs';

let dir;
let tarball;
let server; // the db.sh + npx process group
let url;
let databaseUrl;
let web;
let browser;
const output = [];

const commands = (block) => block.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
const sh = (line, env = {}) => execFileSync('bash', ['-c', line], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 16 << 20 });

before(async () => {
  ({ tarball } = await consumer());
  dir = mkdtempSync(join(tmpdir(), 'sf-empty-'));
  assert.ok(!dir.startsWith(REPO));
  const [init, install, start] = commands(docBlock('sync-server-npm'));
  assert.equal(init, 'npm init -y');
  sh(init);
  assert.equal(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).type, 'commonjs', 'npm init -y writes a CommonJS project');
  assert.equal(install, 'npm install strong-finish pg');
  sh(`${install.replace('strong-finish', tarball).replace(/ pg$/, ` pg@${lockedVersion('pg')}`)} --prefer-offline --no-audit --no-fund --loglevel=error`);
  assert.match(start, /^bash node_modules\/strong-finish\/examples\/sync-server\/db\.sh run npx strong-finish-sync-server$/);
  // Its own process group, so the end of the test stops npx, the server and (db.sh's trap) the cluster.
  server = spawn('bash', ['-c', start], { cwd: dir, env: { ...process.env, PORT: '0', DATABASE_URL: '' }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [server.stdout, server.stderr]) stream.on('data', (d) => output.push(String(d)));
  url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no server URL in 120 s:\n${output.join('')}`)), 120_000);
    server.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output.join('')}`)));
    const poll = setInterval(() => {
      const all = output.join('');
      const found = /Strong Finish sync server: (http:\/\/\S+\/v1)/.exec(all);
      if (!found) return;
      clearInterval(poll);
      clearTimeout(timer);
      databaseUrl = /^DATABASE_URL=(\S+)$/m.exec(all)?.[1];
      resolve(found[1]);
    }, 100);
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await web?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    process.kill(-server.pid, 'SIGTERM');
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('examples/sync-server/README.md from npm: `npx strong-finish-sync-server` starts on the shipped db.sh PostgreSQL', () => {
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/v1$/);
  assert.match(databaseUrl ?? '', /^postgres:\/\//, 'db.sh run exported DATABASE_URL');
});

test('examples/sync-server/README.md from npm: the token command and the curl read (404: nothing saved yet)', () => {
  const block = docBlock('sync-server-token').replaceAll('http://127.0.0.1:8787/v1', url);
  const out = sh(block);
  assert.match(out, /^HTTP\/1\.1 404/m);
  assert.match(out, /"error"/);
  const token = sh('npx strong-finish-sync-server token maya').trim();
  assert.match(token, /^[\w-]+\.[\w-]+$/);
  // A wrong token is refused: the command's token is what the server checks.
  assert.match(sh(`curl -s -o /dev/null -w '%{http_code}' ${url}/strong-finish%2Fx -H 'Authorization: Bearer ${token}x'`), /^401$/);
});

test('docs/sync.md createHttpStorage block against the npx server: a tick in the kit is stored for the user and comes back', async () => {
  const token = sh('npx strong-finish-sync-server token maya').trim();
  const setup = docBlock('sync-setup').replace('https://jobs.example/api/strong-finish/v1', url);
  assert.notEqual(setup, docBlock('sync-setup'), 'the block names the example URL');
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Signed-in host</title>
<script type="importmap">{ "imports": { "strong-finish": "/node_modules/strong-finish/dist/strong-finish.bundle.js" } }</script>
<script>window.session = { accessToken: ${JSON.stringify(token)}, userId: 'maya' };</script>
</head><body>
<internship-wrap-up intern-name="Maya" end-date="2026-12-18"></internship-wrap-up>
<script type="module">
${setup}
</script></body></html>\n`);
  web = await serve(dir);
  const { page, errors } = await openPage(browser);
  const box = () => document.querySelector('internship-wrap-up')?.shadowRoot?.querySelector('internship-checklist')?.shadowRoot?.querySelector('input[type="checkbox"]');
  const ready = () => document.querySelector('internship-wrap-up')?.storageAdapter && document.querySelector('internship-wrap-up').persistence?.status !== 'loading';
  try {
    await page.goto(`${web.url}/index.html`);
    await page.waitForFunction(`(${box})() && (${ready})()`, { timeout: 20000 });
    assert.equal(await page.evaluate(`(${box})().checked`), false, 'nothing saved yet');
    await page.evaluate(`(${box})().click()`);
    await page.waitForFunction(() => /Saved to your Jobs Section account/.test(document.querySelector('internship-wrap-up')?.shadowRoot?.textContent), { timeout: 15000 });
    const sql = new pg.Client({ connectionString: databaseUrl });
    await sql.connect();
    try {
      const { rows } = await sql.query("SELECT key FROM sf_documents WHERE user_id = 'maya'");
      assert.ok(rows.length >= 1, 'stored in PostgreSQL for maya');
    } finally {
      await sql.end();
    }
    await page.reload();
    await page.waitForFunction(`(${box})() && (${ready})()`, { timeout: 20000 });
    await page.waitForFunction(`(${box})().checked`, { timeout: 10000 });
    assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
  } finally {
    await page.close();
  }
});

test('docs/sync.md programme summary from npm: the staff token of `npx strong-finish-sync-server token … --role staff` reads it, an intern\'s is refused', () => {
  // Before: the command read `--role` as the ttl and printed a token with no role and no expiry (401).
  const block = docBlock('sync-summary-staff').replaceAll('https://jobs.example/api/strong-finish/v1', url);
  const out = sh(block.replace('curl -H', "curl -s -w '\\n%{http_code}' -H"));
  const [body, status] = out.trim().split('\n');
  assert.equal(status, '200', out);
  assert.equal(JSON.parse(body).programme, 'cs-2026');
  const intern = sh('npx strong-finish-sync-server token maya').trim();
  assert.match(sh(`curl -s -o /dev/null -w '%{http_code}' ${url}/programmes/cs-2026/summary -H 'Authorization: Bearer ${intern}'`), /^403$/);
});

test('without `pg` (an optional peer) the command says what to install', async () => {
  // The shared consumer project installed the tarball but not pg.
  const { dir: plain } = await consumer();
  let failure;
  try {
    execFileSync(join(plain, 'node_modules/.bin/strong-finish-sync-server'), [], { cwd: plain, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: 'postgres://127.0.0.1:1/none' } });
  } catch (error) {
    failure = error;
  }
  assert.equal(failure?.status, 1);
  assert.match(failure.stderr, /npm install pg/);
});
