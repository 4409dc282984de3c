// Node server rendering exactly as docs/ssr.md shows it: its `server.mjs`, `hydrate.js` and `csp.mjs` blocks
// are read out of the Markdown and run in the consumer project (not a copy). The page holds declarative
// shadow roots for the elements; served under the doc's strict policy (`style-src 'self'` plus the shipped
// hashes) it is styled before any script and reports no violation; hydration in Chromium keeps the server's
// nodes, with no console error; the per-element hydrate.js, bundled with code splitting, downloads far less
// than all.js (issue #33: 118.8 KB). And the install line of the doc works with pnpm (strict: only what the
// project's package.json lists can be imported), in an empty folder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../node/browser.mjs';
import { bin, consumer, docBlock, gzip, kb, lockedVersion, openPage, serve, workspace } from './project.mjs';

let browser;
let dir;
before(async () => {
  const project = await consumer();
  dir = workspace(project.dir, 'ssr');
  writeFileSync(join(dir, 'server.mjs'), docBlock('ssr-server'));
  writeFileSync(join(dir, 'hydrate.js'), docBlock('ssr-hydrate'));
  writeFileSync(join(dir, 'csp.mjs'), docBlock('ssr-csp'));
  browser = await launchChromium();
});
after(() => browser?.close());

test('docs/ssr.md: the server renders declarative shadow roots and the browser hydrates them in place', async (t) => {
  writeFileSync(join(dir, 'render.mjs'), `import { wrapUpPage } from './server.mjs';
process.stdout.write(wrapUpPage({ name: 'Maya Server' }, { company: 'Northwind', endDate: '2026-12-18' }));\n`);
  const html = execFileSync(process.execPath, ['render.mjs'], { cwd: dir, encoding: 'utf8' });
  assert.match(html, /<internship-wrap-up[^>]*><template shadowroot="open" shadowrootmode="open">/, 'the kit has a declarative shadow root');
  assert.match(html, /Maya Server/, 'the profile is in the server HTML');
  assert.match(html, /part="base/, 'the kit rendered its content on the server');

  // "bundled with your usual tool": esbuild from the consumer project, with code splitting.
  mkdirSync(join(dir, 'assets'), { recursive: true });
  bin(dir.replace(/\/cases\/.*$/, ''), 'esbuild', ['hydrate.js', '--bundle', '--splitting', '--format=esm', '--minify', '--outdir=assets', '--log-level=error'], dir);
  const { csp } = await import(join(dir, 'csp.mjs'));
  assert.match(csp, /style-src 'self' 'sha256-/);
  let release;
  const held = new Promise((r) => (release = r));
  const server = await serve(dir, {
    '/': (req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp }).end(html),
    // Held until the test has noted the server's nodes: nothing of Lit runs before.
    '/assets/hydrate.js': async (req, res) => {
      await held;
      res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(join(dir, 'assets/hydrate.js')));
    },
  });
  const { page, errors } = await openPage(browser);
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.sample}`));
  });
  try {
    const loaded = page.goto(server.url + '/');
    await page.waitForFunction(() => document.querySelector('internship-wrap-up')?.shadowRoot?.querySelector('[part~="base"]'), { timeout: 15000 });
    const before = await page.evaluate(() => {
      const kit = document.querySelector('internship-wrap-up');
      window.__serverBase = kit.shadowRoot?.querySelector('[part~="base"]');
      const base = getComputedStyle(window.__serverBase);
      // Styled: the card's own padding and radius, not a browser's defaults for a <div>.
      return { defined: !!customElements.get('internship-wrap-up'), text: kit.shadowRoot?.textContent.includes('Maya Server'), styled: base.paddingTop !== '0px' && base.borderTopLeftRadius !== '0px', violations: window.__violations };
    });
    assert.deepEqual(before, { defined: false, text: true, styled: true, violations: [] }, 'the server HTML shows the kit, styled under the strict policy, before any script');
    release();
    await loaded;
    await page.waitForFunction(async () => {
      const kit = document.querySelector('internship-wrap-up');
      if (!customElements.get('internship-wrap-up') || !kit.hasUpdated) return false;
      await kit.updateComplete;
      return !!kit.shadowRoot?.querySelector('[part~="panel"] internship-checklist');
    }, { timeout: 15000 });
    const after = await page.evaluate(() => {
      const kit = document.querySelector('internship-wrap-up');
      return { kept: window.__serverBase.isConnected && kit.shadowRoot?.contains(window.__serverBase), name: kit.internName };
    });
    assert.deepEqual(after, { kept: true, name: 'Maya Server' }, 'hydration kept the server nodes');
    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation after hydration either');
    assert.deepEqual(errors, []);
    // What the page must download before it hydrates: hydrate.js and the chunks it imports statically (the
    // kit's steps are import()ed: each when shown, the others when the browser is idle).
    const closure = new Set();
    const visit = (file) => {
      if (closure.has(file)) return;
      closure.add(file);
      for (const [, rel] of readFileSync(join(dir, 'assets', file), 'utf8').matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) visit(rel);
    };
    visit('hydrate.js');
    const js = [...closure].reduce((n, f) => n + gzip(readFileSync(join(dir, 'assets', f))), 0);
    const total = gzip(readFileSync(join(dir, 'assets/hydrate.js'))) + server.sent.reduce((n, f) => n + f.gzip, 0);
    // The same hydrate.js with all.js instead (what the doc said before #33), bundled the same way.
    writeFileSync(join(dir, 'hydrate-all.js'), docBlock('ssr-hydrate').replace(/import 'strong-finish\/internship-wrap-up\/define\.js';.*$/m, "import 'strong-finish/all.js';"));
    bin(dir.replace(/\/cases\/.*$/, ''), 'esbuild', ['hydrate-all.js', '--bundle', '--format=esm', '--minify', '--outfile=all/hydrate-all.js', '--log-level=error'], dir);
    const all = gzip(readFileSync(join(dir, 'all/hydrate-all.js')));
    t.diagnostic(`SSR kit page: ${kb(js)} gzip of JavaScript before hydration (hydrate.js with the kit's define.js and its static chunks, ${closure.size} files); ${kb(total)} once every step has loaded; with all.js ${kb(all)} in one file; ${kb(gzip(html))} gzip of HTML`);
    assert.ok(js < (all * 2) / 3, `${kb(js)} vs all.js ${kb(all)}: the kit page loads only the kit and its shown step`);
  } finally {
    await page.close();
    await server.close();
  }
});

test('docs/ssr.md install line with pnpm 9 in an empty folder: server.mjs renders (lit is a direct dependency)', async () => {
  const { tarball } = await consumer();
  const empty = mkdtempSync(join(tmpdir(), 'sf-pnpm-'));
  try {
    const line = docBlock('ssr-install').split('\n').map((l) => l.replace(/^#\s*or:\s*/, '')).find((l) => l.startsWith('pnpm add '));
    assert.equal(line, 'pnpm add strong-finish lit @lit-labs/ssr @lit-labs/ssr-client');
    writeFileSync(join(empty, 'package.json'), JSON.stringify({ name: 'ssr-host', private: true, type: 'module' }));
    const args = line.split(' ').slice(2).map((p) => (p === 'strong-finish' ? tarball : `${p}@${lockedVersion(p)}`));
    execFileSync('npx', ['--yes', 'pnpm@9', 'add', ...args, '--reporter=silent'], { cwd: empty, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    writeFileSync(join(empty, 'server.mjs'), docBlock('ssr-server'));
    writeFileSync(join(empty, 'render.mjs'), `import { wrapUpPage } from './server.mjs';
process.stdout.write(wrapUpPage({ name: 'Maya Pnpm' }, { company: 'Northwind', endDate: '2026-12-18' }));\n`);
    const html = execFileSync(process.execPath, ['render.mjs'], { cwd: empty, encoding: 'utf8' });
    assert.match(html, /<internship-wrap-up[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.match(html, /Maya Pnpm/);
    writeFileSync(join(empty, 'csp.mjs'), docBlock('ssr-csp'));
    const { csp } = await import(join(empty, 'csp.mjs'));
    assert.match(csp, /'sha256-/);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});
