// The storage-adapter sample of docs/job-boards.md, run as written (the block is read from the Markdown) in a
// one-tag page, against a small local HTTP server that plays the host's API. Generic on purpose: it runs
// whatever the block does with `el.storageAdapter`, and checks what a host would notice: an edit reaches
// the server and comes back after a reload; a 404 is "nothing saved yet"; a 500 on load is an error, and
// the server's data is never replaced by the next edit; a 500 on save is not "saved". The server is the one
// the doc's sample is written for: it answers ETags and honours If-Match / If-None-Match: * with 412, so
// a change made elsewhere is merged, not overwritten.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../node/browser.mjs';
import { consumer, docBlock, kb, openPage, serve, workspace } from './project.mjs';

const PREFIX = '/api/me/strong-finish/';
let browser;
let server;
/** The host's API: what it stores, what it received, and the status it answers GETs or PUTs with (null: normal). */
const api = { store: new Map(), puts: [], conflicts: 0, failGet: null, failPut: null };
const etag = (text) => `"${createHash('sha256').update(text).digest('hex').slice(0, 16)}"`;

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
        return api.store.has(key) ? res.writeHead(200, { 'Content-Type': 'application/json', ETag: etag(api.store.get(key)) }).end(api.store.get(key)) : res.writeHead(404).end();
      }
      if (req.method === 'PUT') {
        api.puts.push(key);
        if (api.failPut) return res.writeHead(api.failPut).end('server error');
        const current = api.store.has(key) ? etag(api.store.get(key)) : null;
        const ifMatch = req.headers['if-match'];
        if ((req.headers['if-none-match'] === '*' && current) || (ifMatch && ifMatch !== current)) {
          api.conflicts++;
          return res.writeHead(412).end();
        }
        api.store.set(key, body);
        return res.writeHead(204, { ETag: etag(body) }).end();
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
const boxChecked = (page) => page.evaluate(() => document.querySelector('internship-checklist')?.shadowRoot?.querySelector('input[type="checkbox"]').checked);
async function load(page) {
  await page.goto(server.url + '/');
  await page.waitForFunction(() => {
    const el = document.querySelector('internship-checklist');
    return el?.storageAdapter && el.shadowRoot?.querySelector('input[type="checkbox"]') && el.persistence?.status !== 'loading';
  }, { timeout: 15000 });
}
/** The browser's own network log ("Failed to load resource: … 404") is not the page's error. */
const pageErrors = (errors) => errors.filter((e) => !/Failed to load resource/.test(e));

test('docs/job-boards.md adapter: 404 is nothing saved; an edit is PUT and comes back after a reload', async (t) => {
  const { page, errors } = await openPage(browser);
  try {
    await load(page);
    const files = [...new Map(server.sent.map((f) => [f.path, f.gzip]))];
    t.diagnostic(`adapter page (one-tag loader, <internship-checklist>): ${kb(files.reduce((n, [, g]) => n + g, 0))} gzip of JavaScript in ${files.length} files`);
    assert.equal(await boxChecked(page), false, 'defaults when nothing is saved (404)');
    await page.evaluate(() => document.querySelector('internship-checklist')?.shadowRoot?.querySelector('input[type="checkbox"]').click());
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
      const notice = el.shadowRoot?.querySelector('[part~="notice"]');
      return { status: el.persistence.status, notice: !!notice && notice.textContent.trim().length > 0 };
    });
    assert.notEqual(state.status, 'saved', 'a failed load is not "saved"');
    assert.equal(state.notice, true, 'the user is told');
    // The user edits anyway: nothing may be written over data the page could not read.
    await page.evaluate(() => document.querySelector('internship-checklist')?.shadowRoot?.querySelectorAll('input[type="checkbox"]')[1].click());
    await page.evaluate(() => new Promise((r) => setTimeout(r, 800)));
    assert.deepEqual(api.puts, [], 'no PUT after a failed load');
    assert.equal(api.store.get(KEY), saved, 'the server data is intact');
  } finally {
    api.failGet = null;
    await page.close();
  }
});

const tick = (page, i) => page.evaluate((i) => document.querySelector('internship-checklist')?.shadowRoot?.querySelectorAll('input[type="checkbox"]')[i].click(), i);
const done = (text) => JSON.parse(text).data.items.filter((item) => item.done).map((item) => item.id);

test('docs/job-boards.md adapter: a change saved elsewhere meanwhile is merged (412, ConflictError), not overwritten', async () => {
  const { page, errors } = await openPage(browser);
  try {
    await load(page);
    // Another device ticks an item the page does not know about yet.
    const envelope = JSON.parse(api.store.get(KEY));
    const elsewhere = envelope.data.items.find((item) => !item.done);
    elsewhere.done = true;
    envelope.savedAt = new Date().toISOString();
    api.store.set(KEY, JSON.stringify(envelope));
    const before = done(api.store.get(KEY));
    const conflicts = api.conflicts;
    // This page ticks another one: its If-Match names the text it read, which is no longer stored.
    const mine = await page.evaluate((other) => [...document.querySelector('internship-checklist')?.shadowRoot?.querySelectorAll('li[data-id]')].find((li) => li.dataset.id !== other && li.querySelector('input[type="checkbox"]')?.checked === false).dataset.id, elsewhere.id);
    assert.ok(!before.includes(mine));
    await page.evaluate((id) => document.querySelector('internship-checklist')?.shadowRoot?.querySelector(`li[data-id="${id}"] input[type="checkbox"]`).click(), mine);
    await page.waitForFunction(() => document.querySelector('internship-checklist').persistence.status === 'saved', { timeout: 10000 });
    await page.waitForFunction((id) => document.querySelector('internship-checklist')?.shadowRoot?.querySelector(`li[data-id="${id}"] input[type="checkbox"]`)?.checked, { timeout: 10000 }, elsewhere.id);
    assert.ok(api.conflicts > conflicts, 'the server answered 412 to the stale If-Match');
    const after = done(api.store.get(KEY));
    assert.deepEqual([...before, mine].sort(), [...after].sort(), 'both ticks are stored: the other device\'s and this page\'s');
    assert.deepEqual(pageErrors(errors), []);
  } finally {
    await page.close();
  }
});

test('docs/job-boards.md adapter: a 500 on save rejects, so the element does not say "saved"', async () => {
  const saved = api.store.get(KEY);
  const { page } = await openPage(browser);
  try {
    await load(page);
    api.failPut = 500;
    const puts = api.puts.length;
    await tick(page, 1);
    await page.waitForFunction(() => !['pending', 'saved'].includes(document.querySelector('internship-checklist').persistence.status), { timeout: 10000 });
    assert.ok(api.puts.length > puts, 'the save was tried');
    const state = await page.evaluate(() => {
      const el = document.querySelector('internship-checklist');
      const notice = el.shadowRoot?.querySelector('[part~="notice"]');
      return { status: el.persistence.status, notice: !!notice && notice.textContent.trim().length > 0 };
    });
    assert.equal(state.status, 'failed');
    assert.equal(state.notice, true, 'the user is told');
    assert.equal(api.store.get(KEY), saved, 'nothing was stored');
  } finally {
    api.failPut = null;
    await page.close();
  }
});
