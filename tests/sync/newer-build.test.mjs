// Issue #28, through the sync adapter: data a newer build of the page wrote (fields this build doesn't
// know, at the top level, inside list items and on the envelope) survives this build's edits; data a
// newer build wrote under a higher version is shown and never written over. The built checklist
// (dist/, npm run build) with the shipped createHttpStorage, the reference server on PostgreSQL.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { startStack, call, createToken, freshUser, launchBrowser } from './helpers.mjs';

let stack;
let sql;
let browser;
const KEY = 'strong-finish/internship-checklist/sync';

before(async () => {
  stack = await startStack();
  sql = new pg.Client({ connectionString: stack.db.url });
  await sql.connect();
  browser = await launchBrowser('chromium');
});
after(async () => {
  await browser?.close();
  await sql?.end();
  await stack?.stop();
});

async function storedText(user) {
  const { rows } = await sql.query("SELECT convert_from(body, 'UTF8') AS text FROM sf_documents WHERE user_id = $1 AND key = $2", [user, KEY]);
  return rows[0]?.text;
}

async function waitFor(what, check, ms = 15_000) {
  const until = Date.now() + ms;
  let last;
  while (Date.now() < until) {
    last = await check();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

/** One device: the built checklist saved through createHttpStorage (tests/sync/pages/device.html). */
async function open(context, user) {
  const page = await context.newPage();
  await page.goto(`${stack.origin}/tests/sync/pages/device.html?api=${encodeURIComponent(stack.srv.url)}&token=${createToken(user)}`);
  await page.waitForFunction(() => document.querySelector('internship-checklist')?.shadowRoot?.querySelector('li[data-id]'));
  await waitFor('the saved data to load', () => page.evaluate(() => !/Loading/.test(document.querySelector('internship-checklist')?.shadowRoot?.querySelector('[part~="notice"]')?.textContent ?? '')));
  return page;
}

const tickFirst = (page) => page.evaluate(() => document.querySelector('internship-checklist')?.shadowRoot?.querySelector('li[data-id] input[data-c="check"]').click());

describe('a newer build\'s data through the sync adapter', () => {
  test('fields a newer build added (top level, inside items, on the envelope) survive this build\'s edit', async () => {
    const user = freshUser();
    const context = await browser.createBrowserContext();
    try {
      let page = await open(context, user);
      const { value, v } = await page.evaluate(() => {
        const el = document.querySelector('internship-checklist');
        return { value: el.value, v: el.constructor.schemaVersion };
      });
      assert.equal(await storedText(user), undefined, 'opening the page wrote nothing');
      // What a newer build (same shape version, one more field here and there) saved from another device.
      const data = { ...value, streakGoal: 3, items: value.items.map((i, n) => ({ ...i, priority: n === 0 ? 'high' : 'normal', reminder: { at: '09:00' } })) };
      const newer = { v, savedAt: '2026-12-06T18:00:00.000Z', device: 'newer-build', data };
      const put = await call(stack.srv.url, 'PUT', KEY, { user, headers: { 'If-None-Match': '*' }, body: JSON.stringify(newer) });
      assert.equal(put.status, 201);
      await page.close();

      page = await open(context, user);
      await tickFirst(page);
      const after = JSON.parse(await waitFor('the tick in the database', async () => {
        const text = await storedText(user);
        return text && JSON.parse(text).data.items[0].done === true && text;
      }));
      assert.equal(after.data.streakGoal, 3, 'a top-level field kept');
      assert.equal(after.data.items[0].priority, 'high', 'a field inside an item kept');
      assert.deepEqual(after.data.items[1].reminder, { at: '09:00' }, 'a nested field inside an item kept');
      assert.equal(after.device, 'newer-build', 'an envelope field kept');
      assert.equal(after.data.items.length, data.items.length);
    } finally {
      await context.close();
    }
  });

  test('data saved under a higher version is shown, never written over, and the page says to reload', async () => {
    const user = freshUser();
    const context = await browser.createBrowserContext();
    try {
      let page = await open(context, user);
      const { value, v } = await page.evaluate(() => {
        const el = document.querySelector('internship-checklist');
        return { value: el.value, v: el.constructor.schemaVersion };
      });
      const text = JSON.stringify({ v: v + 1, savedAt: '2026-12-06T18:00:00.000Z', data: { ...value, items: value.items.map((i) => ({ ...i, done: true, certainty: 0.9 })), journal: ['new'] } });
      assert.equal((await call(stack.srv.url, 'PUT', KEY, { user, headers: { 'If-None-Match': '*' }, body: text })).status, 201);
      await page.close();

      page = await open(context, user);
      const notice = await waitFor('the newer-version notice', () =>
        page.evaluate(() => document.querySelector('internship-checklist')?.shadowRoot?.querySelector('[part~="notice"]')?.textContent.trim()),
      );
      assert.match(notice, /Saved by a newer version of this page — reload/);
      const shown = await page.evaluate(() => document.querySelector('internship-checklist').value.items.every((i) => i.done));
      assert.equal(shown, true, 'what it can read is shown');
      await tickFirst(page);
      await new Promise((r) => setTimeout(r, 1500));
      assert.equal(await storedText(user), text, 'never written over');
      const kept = await page.evaluate(() => document.querySelector('internship-checklist').value.items[0].done);
      assert.equal(kept, false, 'her edit is kept on the page');
    } finally {
      await context.close();
    }
  });
});
