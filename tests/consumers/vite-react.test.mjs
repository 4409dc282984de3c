// Vite + React 19, production build, in the clean consumer project: the `Finish.tsx` block of docs/react.md
// as written, inside a small app with two routes, built with `vite build` and served on 127.0.0.1. In
// Chromium, with no console error or warning: the wrappers render, typed props reach the elements, the
// `on…` props fire, and a route change that unmounts and remounts the elements keeps their data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { launchChromium } from '../node/browser.mjs';
import { bin, consumer, docBlock, kb, openPage, serve, workspace } from './project.mjs';

let browser;
let app;
let project;
before(async () => {
  project = await consumer();
  app = workspace(project.dir, 'vite-react');
  writeFileSync(join(app, 'Finish.tsx'), docBlock('react-finish'));
  writeFileSync(join(app, 'analytics.js'), 'export const analytics = (...args) => (window.__analytics ??= []).push(args);\n');
  writeFileSync(join(app, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Vite host</title></head>
<body><div id="root"></div><script type="module" src="./main.jsx"></script></body></html>\n`);
  // The host's own app: two routes; the checklist on the first keeps its value in state above the routes.
  // The host's router: route buttons around the doc's App (which holds the checklist's data above the routes).
  writeFileSync(join(app, 'main.jsx'), `import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './Finish.tsx';

function Router() {
  const [route, setRoute] = useState('finish');
  return (
    <>
      <nav>
        <button id="to-finish" onClick={() => setRoute('finish')}>Finish</button>
        <button id="to-contacts" onClick={() => setRoute('contacts')}>Contacts</button>
      </nav>
      <main><App user={{ name: 'Maya Vite' }} job={{ company: 'Northwind', endDate: '2026-12-18' }} route={route} /></main>
    </>
  );
}
createRoot(document.getElementById('root')).render(<Router />);
`);
  writeFileSync(join(app, 'vite.config.js'), `export default { logLevel: 'error', oxc: { jsx: { runtime: 'automatic' } } };\n`);
  bin(project.dir, 'vite', ['build'], app);
  browser = await launchChromium();
});
after(() => browser?.close());

const lists = () => [...document.querySelectorAll('main > internship-checklist'), document.querySelector('internship-wrap-up')?.shadowRoot?.querySelector('internship-checklist')];
/** Whether the first item is ticked in: the doc's checklist (data in App's state), the kit's checklist (its storage). */
const ticks = (tab) => tab.evaluate(`(${lists})().map((l) => l?.shadowRoot?.querySelector('input[type="checkbox"]')?.checked ?? null)`);

test('Vite + React 19 production build: docs/react.md renders, on… props fire, a remount keeps the data', async (t) => {
  const server = await serve(join(app, 'dist'));
  const { page, errors, warnings } = await openPage(browser);
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.accept();
  });
  try {
    await page.goto(server.url + '/');
    await page.waitForFunction(`(${lists})().every((l) => l?.shadowRoot?.querySelector('input[type="checkbox"]'))`, { timeout: 15000 });
    const props = await page.evaluate(() => {
      const kit = document.querySelector('internship-wrap-up');
      return { name: kit.internName, endDate: kit.endDate, theme: kit.theme, storage: document.querySelector('main > internship-checklist').storage };
    });
    assert.deepEqual(props, { name: 'Maya Vite', endDate: '2026-12-18', theme: 'auto', storage: 'none' }, 'typed props reached the elements');

    // Tick the first item of each checklist, as a user: the doc's asks to confirm (onSfItemToggle).
    await page.evaluate(`(${lists})().forEach((l) => l.shadowRoot?.querySelector('input[type="checkbox"]').click())`);
    assert.deepEqual(await ticks(page), [true, true]);
    assert.equal(dialogs.length, 1, 'onSfItemToggle asked once (the doc checklist)');
    await page.evaluate(() => document.querySelector('internship-wrap-up')?.shadowRoot?.querySelectorAll('[role="tab"]')[2].click());
    assert.deepEqual(await page.evaluate(() => window.__analytics), [['step', 'thanks']], 'onSfStep reached analytics');
    await page.evaluate(() => document.querySelector('internship-wrap-up')?.shadowRoot?.querySelectorAll('[role="tab"]')[0].click());

    // Route change: everything unmounts, then mounts again.
    await page.click('#to-contacts');
    await page.waitForFunction(() => document.querySelector('keep-in-touch')?.shadowRoot?.querySelector('[part~="base"]') && !document.querySelector('internship-wrap-up'));
    await page.click('#to-finish');
    await page.waitForFunction(`(${lists})().every((l) => l?.shadowRoot?.querySelector('input[type="checkbox"]'))`, { timeout: 15000 });
    await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
    // Issue #33: the doc keeps the checklist's data in App, above the route; before, it lived in the routed
    // Finish and the tick was lost here.
    assert.deepEqual(await ticks(page), [true, true], 'React state above the route and the kit\'s storage kept their ticks');
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings, [], 'no console warning (e.g. "value: ignored value: expected an object")');
    const bytes = server.sent.reduce((n, s) => n + s.gzip, 0);
    t.diagnostic(`Vite + React 19 app: ${kb(bytes)} gzip of JavaScript in ${server.sent.length} files (React, the kit and two per-element wrappers)`);
  } finally {
    await page.close();
    await server.close();
  }
});

/** A free port on 127.0.0.1 (Vite's dev server wants a number). */
const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

test('Vite dev server (Lit in dev mode): the kit and the React example log no warning while steps open', async () => {
  const port = await freePort();
  const dev = spawn(join(project.dir, 'node_modules/.bin/vite'), ['--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: app, stdio: 'ignore' });
  const { page, errors, warnings } = await openPage(browser);
  page.on('dialog', (d) => void d.accept());
  try {
    const url = `http://127.0.0.1:${port}/`;
    for (let i = 0; ; i++) {
      const ok = await fetch(url).then((r) => r.ok, () => false);
      if (ok) break;
      if (i > 150) throw new Error('vite dev server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    await page.goto(url);
    await page.waitForFunction(`(${lists})().every((l) => l?.shadowRoot?.querySelector('input[type="checkbox"]'))`, { timeout: 30000 });
    // Every step of the kit: each creates its widget, which reads its storage as it connects.
    for (let i = 1; i < 6; i++) {
      await page.evaluate((i) => document.querySelector('internship-wrap-up')?.shadowRoot?.querySelectorAll('[role="tab"]')[i].click(), i);
      await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
    }
    await page.evaluate(`(${lists})()[0].shadowRoot?.querySelector('input[type="checkbox"]').click()`);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings.filter((w) => !/Lit is in dev mode/.test(w)), [], 'no warning but Lit\'s own "dev mode" notice');
  } finally {
    await page.close();
    dev.kill();
  }
});
