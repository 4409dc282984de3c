// Real pages in headless Chromium (puppeteer-core + Debian's chromium): a host with a strict
// Content-Security-Policy and Trusted Types, and a host with hostile CSS and two copies of the bundle.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { startServer } from '../../scripts/serve.mjs';
import { launchChromium } from './browser.mjs';

const TAGS = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/define.ts`) && existsSync(`src/${d.name}/${d.name}.ts`))
  .map((d) => d.name);
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

let browser, strict, plain;
before(async () => {
  assert.ok(existsSync('dist/strong-finish.js'), 'run `npm run build` first');
  strict = await startServer({ port: 0, headers: { 'Content-Security-Policy': CSP } });
  plain = await startServer({ port: 0 });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  strict?.close();
  plain?.close();
});

const url = (server, path) => `http://127.0.0.1:${server.address().port}/${path}?tags=${TAGS.join(',')}`;

test('every element renders under a strict CSP with Trusted Types, with 0 violations', { skip: TAGS.length === 0 && 'no elements yet' }, async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url(strict, 'tests/pages/strict.html'));
  await page.waitForFunction('window.__ready === true', { timeout: 15000 });
  const result = await page.evaluate((tags) => ({
    violations: window.__violations,
    rendered: tags.map((t) => [t, document.querySelector(t)?.shadowRoot?.querySelectorAll('*').length ?? 0]),
  }), TAGS);
  assert.deepEqual(errors, []);
  assert.deepEqual(result.violations, []);
  for (const [tag, count] of result.rendered) assert.ok(count > 3, `${tag} rendered ${count} nodes`);
  await page.close();
});

test('hostile host CSS does not hide controls, and two bundle copies give no error and one warning', { skip: TAGS.length === 0 && 'no elements yet' }, async () => {
  const page = await browser.newPage();
  const warnings = [];
  const errors = [];
  page.on('console', (m) => m.type() === 'warn' && warnings.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url(plain, 'tests/pages/hostile.html'));
  await page.waitForFunction('window.__ready === true', { timeout: 15000 });
  const state = await page.evaluate((tags) => {
    return tags.map((tag) => {
      const root = document.querySelector(tag)?.shadowRoot;
      const controls = [...root.querySelectorAll('button, input, textarea, select')];
      const hidden = controls.filter((c) => getComputedStyle(c).display === 'none' && !c.closest('[hidden]') && !c.hidden);
      const base = root.querySelector('.base');
      const style = base ? getComputedStyle(base) : null;
      return { tag, controls: controls.length, hidden: hidden.length, transform: style?.textTransform, size: parseFloat(style?.fontSize ?? '0') };
    });
  }, TAGS);
  assert.deepEqual(errors, []);
  const ours = warnings.filter((w) => w.includes('already defined'));
  assert.equal(ours.length, 1, `warnings: ${warnings.join(' | ')}`);
  for (const s of state) {
    assert.ok(s.controls > 0, `${s.tag} has controls`);
    assert.equal(s.hidden, 0, `${s.tag}: host CSS hid ${s.hidden} controls`);
    assert.equal(s.transform, 'none', `${s.tag}: host text-transform leaked in`);
    assert.ok(s.size >= 12, `${s.tag}: font size ${s.size}px`);
  }
  // our styles never leak out
  const outside = await page.evaluate(() => getComputedStyle(document.getElementById('outside')).textTransform);
  assert.equal(outside, 'uppercase');
  await page.close();
});
