// Plain HTML, one tag: the tarball's dist/ copied as a "CDN" folder and served on 127.0.0.1, pages built
// from the embed blocks of README.md and docs/job-boards.md as written. In headless Chromium, with no
// console error: the elements render, `sf-*` events reach `document`, an edit persists across a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../node/browser.mjs';
import { consumer, docBlock, gzip, kb, openPage, serve, workspace } from './project.mjs';

let browser;
let server;
let root;
let hold;
before(async () => {
  const { dir, tarball } = await consumer();
  root = workspace(dir, 'html');
  // The "CDN": dist/ exactly as the tarball ships it, at the two paths the docs use.
  execFileSync('tar', ['-xzf', tarball, '-C', root]);
  for (const path of ['assets/strong-finish/0.1.0', 'strong-finish/dist']) {
    mkdirSync(join(root, path), { recursive: true });
    cpSync(join(root, 'package/dist'), join(root, path), { recursive: true });
  }
  server = await serve(root, {
    // While `hold` is set, the one-tag bundle waits: the page shows what it has before any upgrade.
    '/assets/strong-finish/0.1.0/strong-finish.js': async (req, res) => {
      await hold;
      const data = readFileSync(join(root, 'assets/strong-finish/0.1.0/strong-finish.js'));
      server.sent.push({ path: req.url, gzip: gzip(data) });
      res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(data);
    },
  });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>\n${body}\n</body></html>`;

/** Every `sf-*` and `change` event that reaches `document`, recorded before the page's scripts run. */
const RECORD_EVENTS = () => {
  window.__events = [];
  for (const type of ['change', 'sf-step', 'sf-item-toggle', 'sf-export']) document.addEventListener(type, (e) => window.__events.push(`${type}:${e.target.localName}`));
};

/** Ticks the first checklist item (inside the kit's shadow root when `kit`), as a user's click. */
async function tickFirst(tab, kit) {
  return tab.evaluate(async (kit) => {
    const host = kit ? document.querySelector('internship-wrap-up') : document;
    const list = kit ? host.shadowRoot?.querySelector('internship-checklist') : host.querySelector('internship-checklist');
    const box = list.shadowRoot?.querySelector('input[type="checkbox"]');
    box.click();
    await list.updateComplete;
    return box.checked;
  }, kit);
}
const firstChecked = (tab, kit) =>
  tab.waitForFunction((kit) => {
    const list = kit ? document.querySelector('internship-wrap-up')?.shadowRoot?.querySelector('internship-checklist') : document.querySelector('internship-checklist');
    const box = list?.shadowRoot?.querySelector('input[type="checkbox"]');
    return box ? box.checked : false;
  }, { timeout: 15000 }, kit);

test('one tag from docs/job-boards.md: the kit renders, sf-* events reach document, a tick survives a reload', async (t) => {
  // With the brand CSS and the analytics listener of the same doc, as a host pastes them.
  writeFileSync(join(root, 'kit.html'), page(`${docBlock('job-boards-embed')}
<style>${docBlock('job-boards-brand')}</style>
<script>window.dataLayer = [];</script>
<script type="module">${docBlock('job-boards-analytics')}</script>`));
  const { page: tab, errors } = await openPage(browser);
  await tab.evaluateOnNewDocument(RECORD_EVENTS);
  await tab.goto(`${server.url}/kit.html`);
  await tab.waitForFunction(() => document.querySelector('internship-wrap-up')?.shadowRoot?.querySelector('internship-checklist')?.shadowRoot?.querySelector('input[type="checkbox"]'), { timeout: 15000 });
  const shown = await tab.evaluate(() => {
    const kit = document.querySelector('internship-wrap-up');
    return { name: kit.shadowRoot?.textContent.includes('Maya'), tabs: kit.shadowRoot?.querySelectorAll('[role="tab"]').length };
  });
  assert.deepEqual(shown, { name: true, tabs: 6 }, 'the kit shows the profile and its six steps');
  assert.equal(await tickFirst(tab, true), true);
  await tab.evaluate(() => document.querySelector('internship-wrap-up')?.shadowRoot?.querySelectorAll('[role="tab"]')[1].click());
  const events = await tab.evaluate(() => window.__events);
  assert.ok(events.includes('sf-item-toggle:internship-wrap-up') || events.includes('sf-item-toggle:internship-checklist'), `sf-item-toggle reached document: ${events}`);
  assert.ok(events.includes('sf-step:internship-wrap-up'), `sf-step reached document: ${events}`);
  assert.ok(events.some((e) => e.startsWith('change:')), `change reached document: ${events}`);
  const host = await tab.evaluate(() => ({
    accent: getComputedStyle(document.querySelector('internship-wrap-up')).getPropertyValue('--sf-accent').trim(),
    analytics: window.dataLayer.filter((e) => e.event === 'strong_finish_step'),
    tasks: window.dataLayer.filter((e) => e.event === 'strong_finish_task').map((e) => `${e.tag}:${e.step}:${e.source}:${e.done}`),
  }));
  assert.match(host.accent, /#0b5c4b/, 'the brand CSS applies (light-dark(), as docs/job-boards.md writes it)');
  assert.deepEqual(host.analytics, [{ event: 'strong_finish_step', tag: 'internship-wrap-up', step: 'feedback', index: 1 }], 'the analytics listener forwarded sf-step');
  // The tick inside the kit: the element that acted, not the kit the page sees as the target (#29).
  assert.deepEqual(host.tasks, ['internship-checklist:checklist:user:true'], 'the analytics listener forwarded sf-task: the checklist acted inside the kit');

  await tab.reload();
  // The loader upgrades the kit once its chunks arrive: wait for its tabs as a person would.
  await tab.waitForFunction(() => document.querySelector('internship-wrap-up')?.shadowRoot?.querySelector('[role="tab"]'), { timeout: 15000 });
  await tab.evaluate(() => document.querySelector('internship-wrap-up')?.shadowRoot?.querySelector('[role="tab"]').click());
  await firstChecked(tab, true);
  assert.deepEqual(errors, []);
  const bytes = server.sent.filter((s) => s.path.startsWith('/assets/')).reduce((n, s, i, all) => (all.findIndex((x) => x.path === s.path) === i ? n + s.gzip : n), 0);
  t.diagnostic(`one-tag kit page: ${kb(bytes)} gzip of JavaScript (${[...new Set(server.sent.map((s) => s.path))].join(', ')})`);
  await tab.close();
});

test('one tag from README.md from a CDN folder, and one widget from dist/standalone/: both render and keep an edit', async (t) => {
  const origin = server.url;
  writeFileSync(join(root, 'readme.html'), page(`${docBlock('readme-embed').replaceAll('https://your-cdn.example', origin)}\n<style>${docBlock('readme-theme')}</style>`));
  writeFileSync(join(root, 'one.html'), page(`<script type="module" src="/assets/strong-finish/0.1.0/standalone/internship-checklist.js"></script>
<internship-checklist intern-name="Maya Chen" end-date="2026-12-18" storage-key="one"></internship-checklist>`));
  const { page: tab, errors } = await openPage(browser);
  await tab.goto(`${origin}/readme.html`);
  await tab.waitForFunction(() => document.querySelector('internship-wrap-up')?.shadowRoot?.querySelector('[part~="base"]'), { timeout: 15000 });
  assert.equal(await tab.evaluate(() => getComputedStyle(document.querySelector('internship-wrap-up')).getPropertyValue('--sf-radius').trim()), '4px', 'the README theme applies');

  await tab.evaluateOnNewDocument(RECORD_EVENTS);
  const before = server.sent.length;
  await tab.goto(`${origin}/one.html`);
  await tab.waitForFunction(() => document.querySelector('internship-checklist')?.shadowRoot?.querySelector('input[type="checkbox"]'), { timeout: 15000 });
  const bytes = server.sent.slice(before).reduce((n, s) => n + s.gzip, 0);
  assert.equal(await tickFirst(tab, false), true);
  assert.ok((await tab.evaluate(() => window.__events)).includes('sf-item-toggle:internship-checklist'));
  await tab.reload();
  await firstChecked(tab, false);
  assert.deepEqual(errors, []);
  t.diagnostic(`one-widget page (dist/standalone/internship-checklist.js): ${kb(bytes)} gzip of JavaScript`);
  await tab.close();
});

test('one widget only, the kit: dist/standalone/internship-wrap-up.js alone shows every step working', async (t) => {
  writeFileSync(join(root, 'kit-standalone.html'), page(`<script type="module" src="/assets/strong-finish/0.1.0/standalone/internship-wrap-up.js"></script>
<internship-wrap-up intern-name="Maya Chen" company="Northwind" end-date="2026-12-18" storage-key="standalone"></internship-wrap-up>`));
  const { page: tab, errors, warnings } = await openPage(browser);
  const before = server.sent.length;
  try {
    await tab.goto(`${server.url}/kit-standalone.html`);
    await tab.waitForFunction(() => document.querySelector('internship-wrap-up')?.shadowRoot?.querySelectorAll('[role="tab"]').length === 6, { timeout: 15000 });
    const steps = [];
    for (let i = 0; i < 6; i++) {
      await tab.evaluate((i) => document.querySelector('internship-wrap-up')?.shadowRoot?.querySelectorAll('[role="tab"]')[i].click(), i);
      // The step's widget, defined and rendered, in the shown panel; never "This step is not available".
      const step = await tab.waitForFunction(() => {
        const panel = document.querySelector('internship-wrap-up')?.shadowRoot?.querySelector('[part~="panel"]');
        if (!panel) return false;
        if (panel.textContent.includes('not available')) return 'not available';
        const widget = [...panel.querySelectorAll('*')].find((e) => e.localName.includes('-'));
        return widget && customElements.get(widget.localName) && widget.shadowRoot?.querySelector('[part~="base"]') ? widget.localName : false;
      }, { timeout: 15000 }).then((h) => h.jsonValue());
      steps.push(step);
    }
    assert.deepEqual(steps, ['internship-checklist', 'feedback-questions', 'thank-you-composer', 'reflection-journal', 'finish-strong-planner', 'keep-in-touch']);
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings, []);
    const files = server.sent.slice(before);
    t.diagnostic(`standalone kit, every step opened: ${kb(files.reduce((n, s) => n + s.gzip, 0))} gzip of JavaScript in ${files.length} files`);
  } finally {
    await tab.close();
  }
});

test('the kit reservation of README.md and docs/job-boards.md holds the kit\'s height before it upgrades, at 375 px and 1280 px', async (t) => {
  const css = docBlock('readme-kit-reservation');
  assert.equal(docBlock('job-boards-kit-reservation'), css, 'both docs give the same reservation');
  writeFileSync(join(root, 'reserve.html'), page(`<style>${css}</style>\n${docBlock('job-boards-embed')}\n<p id="below">Below the kit</p>`));
  for (const width of [375, 1280]) {
    // A fresh profile: nothing saved by the tests above changes the kit's height.
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    await tab.setViewport({ width, height: 900 });
    let release;
    hold = new Promise((r) => (release = r));
    try {
      const loaded = tab.goto(`${server.url}/reserve.html`);
      await tab.waitForFunction(() => document.getElementById('below'));
      const reserved = await tab.evaluate(() => document.getElementById('below').getBoundingClientRect().top);
      release();
      await loaded;
      await tab.waitForFunction(() => document.querySelector('internship-wrap-up')?.shadowRoot?.querySelector('internship-checklist')?.shadowRoot?.querySelector('input'), { timeout: 15000 });
      await tab.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      const upgraded = await tab.evaluate(() => document.getElementById('below').getBoundingClientRect().top);
      t.diagnostic(`${width} px: content below the kit at ${Math.round(reserved)} px reserved, ${Math.round(upgraded)} px upgraded`);
      assert.ok(Math.abs(upgraded - reserved) <= upgraded * 0.05, `${width} px: the page below moved from ${reserved} to ${upgraded} px`);
    } finally {
      release();
      hold = undefined;
      await context.close();
    }
  }
});
