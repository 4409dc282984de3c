// Node server rendering exactly as docs/ssr.md shows it: its `server.mjs` and `hydrate.js` blocks are read
// out of the Markdown and run in the consumer project (not a copy). The page holds declarative shadow roots
// for the elements, and hydration in Chromium keeps the server's nodes, with no console error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../node/browser.mjs';
import { bin, consumer, docBlock, gzip, kb, openPage, serve, workspace } from './project.mjs';

let browser;
let dir;
before(async () => {
  const project = await consumer();
  dir = workspace(project.dir, 'ssr');
  writeFileSync(join(dir, 'server.mjs'), docBlock('ssr-server'));
  writeFileSync(join(dir, 'hydrate.js'), docBlock('ssr-hydrate'));
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

  // "bundled with your usual tool": esbuild from the consumer project.
  mkdirSync(join(dir, 'assets'), { recursive: true });
  bin(dir.replace(/\/cases\/.*$/, ''), 'esbuild', ['hydrate.js', '--bundle', '--format=esm', '--minify', '--outfile=assets/hydrate.js', '--log-level=error'], dir);
  let release;
  const held = new Promise((r) => (release = r));
  const server = await serve(dir, {
    '/': (req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html),
    // Held until the test has noted the server's nodes: nothing of Lit runs before.
    '/assets/hydrate.js': async (req, res) => {
      await held;
      res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(join(dir, 'assets/hydrate.js')));
    },
  });
  const { page, errors } = await openPage(browser);
  try {
    const loaded = page.goto(server.url + '/');
    await page.waitForFunction(() => document.querySelector('internship-wrap-up')?.shadowRoot?.querySelector('[part~="base"]'), { timeout: 15000 });
    const before = await page.evaluate(() => {
      const kit = document.querySelector('internship-wrap-up');
      window.__serverBase = kit.shadowRoot.querySelector('[part~="base"]');
      return { defined: !!customElements.get('internship-wrap-up'), text: kit.shadowRoot.textContent.includes('Maya Server') };
    });
    assert.deepEqual(before, { defined: false, text: true }, 'the server HTML shows the kit before any script');
    release();
    await loaded;
    await page.waitForFunction(async () => {
      const kit = document.querySelector('internship-wrap-up');
      if (!customElements.get('internship-wrap-up') || !kit.hasUpdated) return false;
      await kit.updateComplete;
      return !!kit.shadowRoot.querySelector('[part~="panel"] internship-checklist');
    }, { timeout: 15000 });
    const after = await page.evaluate(() => {
      const kit = document.querySelector('internship-wrap-up');
      return { kept: window.__serverBase.isConnected && kit.shadowRoot.contains(window.__serverBase), name: kit.internName };
    });
    assert.deepEqual(after, { kept: true, name: 'Maya Server' }, 'hydration kept the server nodes');
    assert.deepEqual(errors, []);
    t.diagnostic(`SSR page: ${kb(gzip(readFileSync(join(dir, 'assets/hydrate.js'))))} gzip of JavaScript (hydrate.js bundle), ${kb(gzip(html))} gzip of HTML`);
  } finally {
    await page.close();
    await server.close();
  }
});
