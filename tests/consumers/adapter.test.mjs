// The storage-adapter sample of docs/job-boards.md, run as written (the block is read from the Markdown) in a
// one-tag page, against a small local HTTP server that plays the host's API. Generic on purpose: it runs
// whatever the block does with `el.storageAdapter`, and checks what a host would notice: an edit reaches
// the server and comes back after a reload; a 404 is "nothing saved yet"; a 500 on load is an error, and
// the server's data is never replaced by the next edit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../node/browser.mjs';
import { consumer, docBlock, openPage, serve, workspace } from './project.mjs';

const PREFIX = '/api/me/strong-finish/';
let browser;
let server;
/** The host's API: what it stores, what it received, and the status it answers GETs with (null: normal). */
const api = { store: new Map(), puts: [], failGet: null };

before(async () => {
  const { dir, tarball } = await consumer();
  const root = workspace(dir, 'adapter');
  execFileSync('tar', ['-xzf', tarball, '-C', root]);
  writeFileSync(join(root, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Signed-in host</title>
<script type="module" src="/package/dist/strong-finish.js"></script></head><body>
<internship-checklist intern-name="Maya" end-date="2026-12-18" storage-key="adapter"></internship-checklist>
<script type="module">
${docBlock('job-boards-adapter')}
</script></body></html>\n`);
  server = await serve(root, {
    [`${PREFIX}*`]: (req, res, body, url) => {
      const key = decodeURIComponent(url.pathname.slice(PREFIX.length));
      if (req.method === 'GET') {
        if (api.failGet) return res.writeHead(api.failGet).end('server error');
        return api.store.has(key) ? res.writeHead(200, { 'Content-Type': 'application/json' }).end(api.store.get(key)) : res.writeHead(404).end();
      }
      if (req.method === 'PUT') {
        api.puts.push(key);
        api.store.set(key, body);
        return res.writeHead(204).end();
      }
      if (req.method === 'DELETE') {
        api.store.delete(key);
        return res.writeHead(204).end();
      }
      res.writeHead(405).end();
    },
  });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const KEY = 'strong-finish/internship-checklist/adapter';
const boxChecked = (page) => page.evaluate(() => document.querySelector('internship-checklist').shadowRoot.querySelector('input[type="checkbox"]').checked);
async function load(page) {
  await page.goto(server.url + '/');
  await page.waitForFunction(() => {
    const el = document.querySelector('internship-checklist');
    return el?.storageAdapter && el.shadowRoot?.querySelector('input[type="checkbox"]') && el.persistence?.status !== 'loading';
  }, { timeout: 15000 });
}
/** The browser's own network log ("Failed to load resource: … 404") is not the page's error. */
const pageErrors = (errors) => errors.filter((e) => !/Failed to load resource/.test(e));

test('docs/job-boards.md adapter: 404 is nothing saved; an edit is PUT and comes back after a reload', async () => {
  const { page, errors } = await openPage(browser);
  try {
    await load(page);
    assert.equal(await boxChecked(page), false, 'defaults when nothing is saved (404)');
    await page.evaluate(() => document.querySelector('internship-checklist').shadowRoot.querySelector('input[type="checkbox"]').click());
    await page.waitForFunction(() => document.querySelector('internship-checklist').persistence.status === 'saved', { timeout: 10000 });
    assert.ok(api.store.has(KEY), 'the edit reached the server');
    await load(page);
    assert.equal(await boxChecked(page), true, 'the server copy came back');
    assert.deepEqual(pageErrors(errors), []);
  } finally {
    await page.close();
  }
});

test('docs/job-boards.md adapter: a 500 on load is an error, and the next edit does not replace the server data', async () => {
  const saved = api.store.get(KEY);
  assert.ok(saved, 'the previous test saved something');
  api.puts.length = 0;
  api.failGet = 500;
  const { page } = await openPage(browser);
  try {
    await load(page);
    const state = await page.evaluate(() => {
      const el = document.querySelector('internship-checklist');
      const notice = el.shadowRoot.querySelector('[part~="notice"]');
      return { status: el.persistence.status, notice: !!notice && notice.textContent.trim().length > 0 };
    });
    assert.notEqual(state.status, 'saved', 'a failed load is not "saved"');
    assert.equal(state.notice, true, 'the user is told');
    // The user edits anyway: nothing may be written over data the page could not read.
    await page.evaluate(() => document.querySelector('internship-checklist').shadowRoot.querySelectorAll('input[type="checkbox"]')[1].click());
    await page.evaluate(() => new Promise((r) => setTimeout(r, 800)));
    assert.deepEqual(api.puts, [], 'no PUT after a failed load');
    assert.equal(api.store.get(KEY), saved, 'the server data is intact');
  } finally {
    api.failGet = null;
    await page.close();
  }
});
