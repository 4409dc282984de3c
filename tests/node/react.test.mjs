// strong-finish/react with React 18 and React 19: bundles tests/react/app.js with esbuild against each
// React (18 comes from tests/react/react18, a test-only package; 19 is the project's dev dependency),
// runs it in headless Chromium and checks that every wrapper rendered its element, that props reached
// the element as properties, and that each `on…` handler fires for its event.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { launchChromium, manifestTags } from './browser.mjs';

const root = resolve('.');
const react18 = join(realpathSync('node_modules/strong-finish-react18-harness'), 'node_modules');
const VERSIONS = [
  { major: 18, alias: { react: join(react18, 'react'), 'react-dom': join(react18, 'react-dom') } },
  { major: 19, alias: {} },
];
const TAGS = manifestTags();

let browser;
before(async () => {
  assert.ok(existsSync('dist/react/index.js'), 'run `npm run build` first');
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

async function bundle(alias) {
  const result = await build({
    entryPoints: [join(root, 'tests/react/app.js')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    alias,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

for (const { major, alias } of VERSIONS) {
  test(`React ${major}: every wrapper renders its element, passes props and fires on… handlers`, async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.setContent('<!doctype html><html lang="en"><body><div id="root"></div></body></html>');
    await page.addScriptTag({ content: await bundle(alias) });
    await page.waitForFunction(
      (tags) => tags.every((t) => document.querySelector(t)?.shadowRoot?.querySelector('[part~="base"], .base')),
      { timeout: 15000 },
      TAGS,
    );
    const info = await page.evaluate(() => window.__react);
    assert.equal(info.version.split('.')[0], String(major), `bundled React ${info.version}`);
    assert.deepEqual([...info.wrappers].sort(), TAGS, 'a wrapper for every element in the manifest');

    const state = await page.evaluate((tags) => tags.map((tag) => {
      const el = document.querySelector(tag);
      return { tag, internName: el.internName, storage: el.storage, now: el.now instanceof Date, cls: el.className, upgraded: el instanceof customElements.get(tag) };
    }), TAGS);
    for (const s of state) {
      assert.deepEqual(s, { tag: s.tag, internName: 'Maya React', storage: 'none', now: true, cls: 'wrapped', upgraded: true });
    }
    assert.equal(await page.evaluate(() => window.__refsOk), true, 'refs point at the elements');

    // Every on… prop of every wrapper: dispatch its event from the element and see the handler run.
    const expected = await page.evaluate(() => {
      const out = [];
      for (const el of document.querySelectorAll('main > *')) {
        window.__events.length = 0;
        const names = ['change', 'sf-item-toggle', 'sf-request', 'sf-send', 'sf-bullet', 'sf-milestone', 'sf-contact-logged', 'sf-step', 'sf-export'];
        for (const type of names) {
          const event = type === 'change' ? new Event('change', { bubbles: true }) : new CustomEvent(type, { detail: { probe: type }, bubbles: true, composed: true });
          el.dispatchEvent(event);
        }
        out.push({ tag: el.localName, got: window.__events.map((e) => `${e.prop}:${e.type}`) });
      }
      return out;
    });
    const propOf = (type) => 'on' + type.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
    for (const { tag, got } of expected) {
      assert.ok(got.includes('onChange:change'), `${tag}: onChange fired (${got.join(', ')})`);
      assert.ok(got.includes('onSfExport:sf-export'), `${tag}: onSfExport fired`);
      for (const g of got) assert.equal(g.split(':')[0], propOf(g.split(':')[1]), `${tag}: ${g}`);
    }

    // A real user edit: ticking a checklist item reaches onChange with the element's new value.
    if (TAGS.includes('internship-checklist')) {
      await page.evaluate(() => (window.__events.length = 0));
      await page.evaluate(() => document.querySelector('internship-checklist')?.shadowRoot?.querySelector('input[type="checkbox"]').click());
      await page.waitForFunction(() => window.__events.some((e) => e.prop === 'onChange'), { timeout: 5000 }).catch(() => {});
      const events = await page.evaluate(() => window.__events.map((e) => e.prop));
      assert.ok(events.includes('onSfItemToggle') && events.includes('onChange'), `events after a tick: ${events.join(', ')}`);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
}
