// createHttpStorage() (the shipped adapter, compiled from src/) against the real server and database,
// directly and through a proxy that injects 500s, slow answers, dropped replies and a stopped server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { startDatabase, startServer, loadAdapter, faultProxy, auth, freshUser, call, reliabilityStrings } from './helpers.mjs';

let db;
let srv;
let proxy;
let createHttpStorage;
let sql;

before(async () => {
  db = startDatabase();
  srv = await startServer(db.url);
  proxy = await faultProxy(srv.port);
  ({ createHttpStorage } = await loadAdapter());
  sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
});
after(async () => {
  await sql?.end();
  await proxy?.close();
  await srv?.stop();
  db?.stop();
});

const adapterFor = (user, extra = {}) => createHttpStorage({ url: srv.url, headers: auth(user), retryDelay: 20, ...extra });
const viaProxy = (user, extra = {}) => createHttpStorage({ url: proxy.url, headers: auth(user), retryDelay: 20, ...extra });
const rows = async (user, key) => (await sql.query('SELECT convert_from(body, $3) AS text, etag FROM sf_documents WHERE user_id = $1 AND key = $2', [user, key, 'UTF8'])).rows;

test('getItem resolves null only on 404; setItem with expected null creates; the value reads back on another device', async () => {
  const user = freshUser();
  const phone = adapterFor(user);
  const laptop = adapterFor(user);
  assert.equal(await phone.getItem('strong-finish/internship-checklist'), null);
  await phone.setItem('strong-finish/internship-checklist', '{"v":1,"data":[1]}', { expected: null });
  assert.equal(await laptop.getItem('strong-finish/internship-checklist'), '{"v":1,"data":[1]}');
  assert.equal((await rows(user, 'strong-finish/internship-checklist')).length, 1);
});

test('compare-and-set: a device writing from a stale read rejects with ConflictError; after re-reading it succeeds', async () => {
  const user = freshUser();
  const a = adapterFor(user);
  const b = adapterFor(user);
  await a.setItem('k', 'base', { expected: null });
  assert.equal(await b.getItem('k'), 'base');
  await a.setItem('k', 'a1', { expected: 'base' });
  await assert.rejects(b.setItem('k', 'b1', { expected: 'base' }), { name: 'ConflictError' });
  await assert.rejects(b.setItem('k', 'b1', { expected: null }), { name: 'ConflictError' });
  assert.equal(await b.getItem('k'), 'a1');
  await b.setItem('k', 'a1+b1', { expected: 'a1' });
  assert.equal(await a.getItem('k'), 'a1+b1');
  // expected it never read itself (another tab's adapter read it): resolved by asking the server.
  const fresh = adapterFor(user);
  await fresh.setItem('k', 'tab', { expected: 'a1+b1' });
  assert.deepEqual((await rows(user, 'k')).map((r) => r.text), ['tab']);
});

test('without expected (an element without compare-and-set) setItem writes unconditionally; removeItem deletes', async () => {
  const user = freshUser();
  const a = adapterFor(user);
  await a.setItem('plain', 'one');
  await a.setItem('plain', 'two');
  assert.equal(await adapterFor(user).getItem('plain'), 'two');
  await a.removeItem('plain');
  assert.equal(await a.getItem('plain'), null);
});

test('401 and 403 reject with AuthError on read, write and remove (never resolves null: "nothing saved" would be a lie)', async () => {
  const anonymous = createHttpStorage({ url: srv.url, retryDelay: 20 });
  await assert.rejects(anonymous.getItem('k'), { name: 'AuthError' });
  await assert.rejects(anonymous.setItem('k', 'x', { expected: null }), { name: 'AuthError' });
  const expired = createHttpStorage({ url: srv.url, headers: { Authorization: 'Bearer nope' } });
  await assert.rejects(expired.getItem('k'), { name: 'AuthError' });
  // A backend that answers 403 (signed in, but this session may not): the same "sign in again".
  const forbidden = createHttpStorage({ url: srv.url, fetch: async () => new Response('{"error":"forbidden"}', { status: 403 }) });
  await assert.rejects(forbidden.getItem('k'), { name: 'AuthError' });
  await assert.rejects(forbidden.setItem('k', 'x', { expected: null }), { name: 'AuthError' });
  await assert.rejects(forbidden.removeItem('k'), { name: 'AuthError' });
});

test('headers as a function are called per request (a host refreshing its session token)', async () => {
  const user = freshUser();
  let calls = 0;
  const storage = createHttpStorage({ url: srv.url, headers: () => (calls++, auth(user)) });
  await storage.setItem('fn', 'x', { expected: null });
  assert.equal(await storage.getItem('fn'), 'x');
  assert.ok(calls >= 2);
});

test('500s are retried with backoff and the write lands once', async () => {
  const user = freshUser();
  const storage = viaProxy(user);
  proxy.log.length = 0;
  proxy.plan.push('error500', 'error500', 'error500');
  await storage.setItem('retry', 'after 500s', { expected: null });
  assert.deepEqual(proxy.log, ['PUT error500', 'PUT error500', 'PUT error500', 'PUT pass']);
  assert.deepEqual((await rows(user, 'retry')).map((r) => r.text), ['after 500s']);
  proxy.plan.push('error500', 'refuse');
  assert.equal(await storage.getItem('retry'), 'after 500s');
});

test('retries are bounded: a server that keeps failing rejects (not null, not ConflictError)', async () => {
  const user = freshUser();
  const storage = viaProxy(user, { retries: 2 });
  proxy.mode = 'error500';
  const started = Date.now();
  try {
    await assert.rejects(storage.getItem('k'), (error) => error.name !== 'ConflictError' && /500/.test(error.message));
    await assert.rejects(storage.setItem('k', 'x', { expected: null }), /500/);
  } finally {
    proxy.mode = 'pass';
  }
  assert.ok(Date.now() - started < 3000);
  assert.equal((await rows(user, 'k')).length, 0);
});

test('a write the server refuses for good (413 too large, 400 bad key) rejects at once: not queued, not retried in the background', async () => {
  const user = freshUser();
  const puts = [];
  const counting = (input, init) => (init?.method === 'PUT' && puts.push(String(input)), fetch(input, init));
  const storage = adapterFor(user, { fetch: counting });
  await assert.rejects(storage.setItem('too-big', 'x'.repeat(300 * 1024), { expected: null }), (error) => /413/.test(error.message) && error.name !== 'ConflictError');
  await assert.rejects(storage.setItem('bad key', 'x', { expected: null }), /400/);
  // Background retries would start within 160 ms (retryDelay 20 × 8) and double from there.
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(puts.length, 2, puts.join(', '));
  assert.equal((await rows(user, 'too-big')).length, 0);
});

test('429 Too Many Requests is retried like a 5xx', async () => {
  const user = freshUser();
  const storage = viaProxy(user);
  proxy.log.length = 0;
  proxy.plan.push('busy', 'busy');
  await storage.setItem('busy', 'after 429s', { expected: null });
  assert.deepEqual(proxy.log, ['PUT busy', 'PUT busy', 'PUT pass']);
  assert.deepEqual((await rows(user, 'busy')).map((r) => r.text), ['after 429s']);
});

test('connection dropped after the write, before the reply: the retry neither duplicates nor reports a false conflict', async () => {
  const user = freshUser();
  const storage = viaProxy(user);
  proxy.plan.push('drop-after-write');
  await storage.setItem('drop', 'first', { expected: null }); // If-None-Match: * replayed → 412 → it is ours
  proxy.plan.push('drop-after-write');
  await storage.setItem('drop', 'second', { expected: 'first' }); // If-Match replayed → 412 → it is ours
  assert.deepEqual((await rows(user, 'drop')).map((r) => r.text), ['second']);
  // And the next edit still knows the right ETag.
  await storage.setItem('drop', 'third', { expected: 'second' });
  assert.equal(await adapterFor(user).getItem('drop'), 'third');
});

test('a reply lost after the write, and the other device saves on top of it before the retry: the retry is told to merge (412 → ConflictError), and nothing is lost or written twice', async () => {
  const user = freshUser();
  const laptop = adapterFor(user);
  await laptop.setItem('interleaved', 'base', { expected: null });
  let dropped = false;
  const flaky = async (input, init) => {
    const response = await fetch(input, init);
    if (init?.method === 'PUT' && !dropped) {
      dropped = true;
      // The phone's write landed; before it retries, the laptop reads it and saves on top of it.
      assert.equal(await laptop.getItem('interleaved'), 'base + phone');
      await laptop.setItem('interleaved', 'base + phone + laptop', { expected: 'base + phone' });
      throw new TypeError('fetch failed'); // the reply never reaches the phone
    }
    return response;
  };
  const phone = adapterFor(user, { fetch: flaky });
  assert.equal(await phone.getItem('interleaved'), 'base');
  await assert.rejects(phone.setItem('interleaved', 'base + phone', { expected: 'base' }), { name: 'ConflictError' });
  // The element re-reads and finds its edit already inside the laptop's: it merges to that, nothing more to write.
  assert.equal(await phone.getItem('interleaved'), 'base + phone + laptop');
  assert.deepEqual((await rows(user, 'interleaved')).map((r) => r.text), ['base + phone + laptop']);
});

test('answers slower than the request timeout are abandoned and retried; the result is the one write', async () => {
  const user = freshUser();
  const storage = viaProxy(user, { requestTimeout: 300 });
  proxy.delay = 600;
  proxy.plan.push('slow');
  await storage.setItem('slow', 'patient', { expected: null });
  assert.deepEqual((await rows(user, 'slow')).map((r) => r.text), ['patient']);
  proxy.plan.push('slow');
  assert.equal(await storage.getItem('slow'), 'patient');
});

test('server stopped mid-edit and restarted on the same port: the pending save lands, nothing lost', async () => {
  const user = freshUser();
  const own = await startServer(db.url);
  const port = own.port;
  const storage = createHttpStorage({ url: own.url, headers: auth(user), retries: 8, retryDelay: 100, maxDelay: 800 });
  await storage.setItem('restart', 'v1', { expected: null });
  await own.stop();
  const pending = storage.setItem('restart', 'v2 typed while the server was down', { expected: 'v1' });
  await new Promise((r) => setTimeout(r, 300));
  const again = await startServer(db.url, { PORT: String(port) });
  try {
    await pending;
    assert.deepEqual((await rows(user, 'restart')).map((r) => r.text), ['v2 typed while the server was down']);
    await storage.setItem('restart', 'v3', { expected: 'v2 typed while the server was down' });
    assert.equal(await adapterFor(user).getItem('restart'), 'v3');
  } finally {
    await again.stop();
  }
});

test('server down for longer than the retries: setItem rejects (honest), the text is kept and lands when the server is back, with no further edit', async () => {
  const user = freshUser();
  const own = await startServer(db.url);
  const port = own.port;
  const storage = createHttpStorage({ url: own.url, headers: auth(user), retries: 1, retryDelay: 50 });
  await storage.setItem('outage', 'before', { expected: null });
  await own.stop();
  await assert.rejects(storage.setItem('outage', 'typed during the outage', { expected: 'before' }), (error) => !['ConflictError', 'AuthError'].includes(error.name));
  const again = await startServer(db.url, { PORT: String(port) });
  try {
    let text;
    for (let i = 0; i < 60 && text !== 'typed during the outage'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      text = (await rows(user, 'outage'))[0]?.text;
    }
    assert.equal(text, 'typed during the outage');
    // The next edit from the element (still based on "before") is told to merge, and can.
    await assert.rejects(storage.setItem('outage', 'next', { expected: 'before' }), { name: 'ConflictError' });
    await storage.setItem('outage', 'next', { expected: 'typed during the outage' });
    assert.deepEqual((await rows(user, 'outage')).map((r) => r.text), ['next']);
  } finally {
    await again.stop();
  }
});

test('a queued save that meets a newer document is merged three ways, as the element would: both devices\' edits kept', async () => {
  const user = freshUser();
  const env = (items) => JSON.stringify({ v: 1, savedAt: new Date().toISOString(), data: { items } });
  const base = env([{ id: 'a', done: false }, { id: 'b', done: false }]);
  const phone = viaProxy(user, { retries: 0 });
  const laptop = adapterFor(user);
  await phone.setItem('queued', base, { expected: null });
  proxy.mode = 'refuse';
  try {
    // The phone ticks "a" but can't reach the server: kept in its queue (sessionStorage in a browser).
    await assert.rejects(phone.setItem('queued', env([{ id: 'a', done: true }, { id: 'b', done: false }]), { expected: base }));
    // Meanwhile the laptop ticks "b" and adds "c".
    assert.equal(await laptop.getItem('queued'), base);
    await laptop.setItem('queued', env([{ id: 'a', done: false }, { id: 'b', done: true }, { id: 'c', done: false }]), { expected: base });
  } finally {
    proxy.mode = 'pass';
  }
  // The phone's page loads again: the queued text meets the laptop's and is merged, not dropped.
  const text = await phone.getItem('queued');
  const items = JSON.parse(text).data.items;
  assert.deepEqual(items.map((i) => [i.id, i.done]).sort(), [['a', true], ['b', true], ['c', false]]);
  assert.equal((await rows(user, 'queued'))[0].text, text);
});

test("hostile strings (the reliability suite's list) go through the adapter and come back byte for byte, BOM included", async () => {
  const user = freshUser();
  const storage = adapterFor(user);
  const reader = adapterFor(user);
  const list = await reliabilityStrings();
  let previous = null;
  const mismatches = [];
  for (const [i, s] of list.entries()) {
    // As the element stores it (a JSON envelope: exact, lone surrogates included), then the raw text
    // (exact where it is well-formed; a lone surrogate has no UTF-8 form and comes back as U+FFFD).
    for (const text of [JSON.stringify({ v: 1, savedAt: new Date().toISOString(), data: { text: s } }), s]) {
      await storage.setItem('hostile', text, { expected: previous });
      if ((await reader.getItem('hostile')) !== text.toWellFormed()) mismatches.push(i);
      previous = text.toWellFormed();
    }
  }
  assert.deepEqual(mismatches, []);
  assert.ok(list.some((s) => s.charCodeAt(0) === 0xfeff), 'the list has a leading byte-order mark');
  assert.ok(list.some((s) => !s.isWellFormed()), 'and lone surrogates');
});

test('subscribe: a change saved on another device arrives with its text; the next write from it is not a conflict', async () => {
  const user = freshUser();
  const a = adapterFor(user);
  const b = adapterFor(user);
  await a.setItem('live', 'v1', { expected: null });
  assert.equal(await b.getItem('live'), 'v1');
  const seen = [];
  const stop = b.subscribe('live', (text) => seen.push(text));
  try {
    await new Promise((r) => setTimeout(r, 300)); // the stream is open
    await a.setItem('live', 'v2 from a', { expected: 'v1' });
    for (let i = 0; i < 50 && !seen.length; i++) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(seen, ['v2 from a']);
    await b.setItem('live', 'v3 from b', { expected: 'v2 from a' });
    await a.removeItem('live');
    for (let i = 0; i < 50 && seen.length < 2; i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(seen.at(-1), null);
  } finally {
    stop();
  }
});

test('subscribe survives a server restart: the stream reconnects and the next change still arrives', async () => {
  const user = freshUser();
  const own = await startServer(db.url);
  const port = own.port;
  const b = createHttpStorage({ url: own.url, headers: auth(user), retryDelay: 50, maxDelay: 200 });
  const seen = [];
  const stop = b.subscribe('live-restart', (text) => seen.push(text));
  let again;
  try {
    await new Promise((r) => setTimeout(r, 300));
    await own.stop();
    again = await startServer(db.url, { PORT: String(port) });
    await new Promise((r) => setTimeout(r, 1500)); // reconnected
    await adapterFor(user).setItem('live-restart', 'after the restart', { expected: null });
    for (let i = 0; i < 60 && !seen.length; i++) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(seen, ['after the restart']);
  } finally {
    stop();
    await again?.stop();
  }
});

test('a change made while the stream was down (its server restarting) reaches the subscriber when it reconnects', async () => {
  const user = freshUser();
  const own = await startServer(db.url);
  const port = own.port;
  const b = createHttpStorage({ url: own.url, headers: auth(user), retryDelay: 50, maxDelay: 200 });
  await b.setItem('missed', 'v1', { expected: null });
  const seen = [];
  const stop = b.subscribe('missed', (text) => seen.push(text));
  let again;
  try {
    await new Promise((r) => setTimeout(r, 300));
    await own.stop();
    // Another instance (same database) takes the write while this one is down: no event can carry it.
    await adapterFor(user).setItem('missed', 'v2 while the stream was down', { expected: 'v1' });
    again = await startServer(db.url, { PORT: String(port) });
    for (let i = 0; i < 80 && !seen.length; i++) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(seen, ['v2 while the stream was down']);
    // And the next write from it is not a conflict: it knows the version.
    await b.setItem('missed', 'v3', { expected: 'v2 while the stream was down' });
  } finally {
    stop();
    await again?.stop();
  }
});

test('one stream per adapter, however many keys and listeners: GET {url}/events?keys=…; a key added reopens it once (debounced) without missing a change; none left closes it', async () => {
  const user = freshUser();
  const opened = [];
  const counting = (input, init) => (/\/events(\?|$)/.test(String(input)) && opened.push(decodeURIComponent(String(input).split('?')[1] ?? '')), fetch(input, init));
  const storage = adapterFor(user, { fetch: counting });
  const seen = { a: [], b: [], b2: [], c: [] };
  // Three elements subscribe at once (two of them to the same key): one stream.
  const stops = [storage.subscribe('multi-a', (text) => seen.a.push(text)), storage.subscribe('multi-b', (text) => seen.b.push(text)), storage.subscribe('multi-b', (text) => seen.b2.push(text))];
  try {
    await new Promise((r) => setTimeout(r, 400));
    assert.deepEqual(opened, ['keys=multi-a,multi-b'], 'one stream for both keys');
    const writer = adapterFor(user);
    await writer.setItem('multi-a', 'to a', { expected: null });
    await writer.setItem('multi-b', 'to b', { expected: null });
    for (let i = 0; i < 40 && !(seen.a.length && seen.b2.length); i++) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(seen, { a: ['to a'], b: ['to b'], b2: ['to b'], c: [] });
    // A key added later: the stream is reopened for all three, resuming after the last event.
    stops.push(storage.subscribe('multi-c', (text) => seen.c.push(text)));
    await writer.setItem('multi-a', 'to a again', { expected: 'to a' }); // while it reopens
    await new Promise((r) => setTimeout(r, 400));
    assert.deepEqual(opened, ['keys=multi-a,multi-b', 'keys=multi-a,multi-b,multi-c']);
    await writer.setItem('multi-c', 'to c', { expected: null });
    for (let i = 0; i < 40 && !(seen.c.length && seen.a.length > 1); i++) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(seen.a, ['to a', 'to a again'], 'the change made while reopening arrives once');
    assert.deepEqual(seen.c, ['to c']);
  } finally {
    for (const stop of stops) stop();
  }
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(opened.length, 2, 'nothing left to carry: closed, not reopened');
});

test('at most maxStreams streams per origin across a page\'s adapters (HTTP/1.1 browsers have 6 connections per host for everything); a waiting adapter opens when one closes', async () => {
  const user = freshUser();
  const opened = [];
  const counting = (input, init) => (/\/events(\?|$)/.test(String(input)) && opened.push(String(input)), fetch(input, init));
  const adapters = [0, 1, 2].map(() => adapterFor(user, { fetch: counting }));
  const seen = [[], [], []];
  const stops = adapters.map((storage, i) => storage.subscribe(`cap-${i}`, (text) => seen[i].push(text)));
  try {
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(opened.length, 2, 'two streams open, the third adapter waits');
    stops[0]();
    for (let i = 0; i < 40 && opened.length < 3; i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(opened.length, 3, 'the third opens once one closed');
    await new Promise((r) => setTimeout(r, 300));
    await adapterFor(user).setItem('cap-2', 'to 2', { expected: null });
    for (let i = 0; i < 40 && !seen[2].length; i++) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(seen[2], ['to 2']);
  } finally {
    for (const stop of stops) stop();
  }
});

test('in a page: the stream closes while the page is hidden, a change made meanwhile arrives when it is shown, and the queue is sent on visibilitychange', async () => {
  const user = freshUser();
  const page = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  globalThis.document = page;
  const show = (state) => {
    page.visibilityState = state;
    page.dispatchEvent(new Event('visibilitychange'));
  };
  let stop;
  try {
    const opened = [];
    const counting = (input, init) => (/\/events(\?|$)/.test(String(input)) && opened.push(String(input)), fetch(input, init));
    // retryDelay 5 s: the background retry would wait at least 20 s, so only visibilitychange can send in time.
    const storage = viaProxy(user, { fetch: counting, retries: 0, retryDelay: 5000 });
    await storage.setItem('shown', 'v1', { expected: null });
    const seen = [];
    stop = storage.subscribe('shown', (text) => seen.push(text));
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(opened.length, 1);
    show('hidden');
    await adapterFor(user).setItem('shown', 'v2 while hidden', { expected: 'v1' });
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(seen, [], 'no stream while hidden');
    show('visible');
    for (let i = 0; i < 60 && !seen.length; i++) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(seen, ['v2 while hidden']);
    assert.equal(opened.length, 2, 'reopened once');

    // Unreachable: the save is queued; the intern leaves the tab and comes back once the server is reachable.
    proxy.mode = 'refuse';
    await assert.rejects(storage.setItem('shown', 'v3 queued', { expected: 'v2 while hidden' }));
    proxy.mode = 'pass';
    show('hidden');
    show('visible');
    let stored;
    for (let i = 0; i < 60 && stored !== 'v3 queued'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      stored = (await rows(user, 'shown'))[0]?.text;
    }
    assert.equal(stored, 'v3 queued');
  } finally {
    proxy.mode = 'pass';
    stop?.();
    delete globalThis.document;
  }
});

test('a shared computer: text one account queued in the tab is never sent with the next account\'s credentials (scope)', async () => {
  const maya = freshUser('maya');
  const eve = freshUser('eve');
  const items = new Map();
  // Envelopes, as the element stores them (so a queued text that meets another document is merged).
  const env = (notes) => JSON.stringify({ v: 1, savedAt: new Date().toISOString(), data: { notes } });
  const base = env(['maya base']);
  const typed = env(['maya base', 'maya private, typed offline']);
  globalThis.sessionStorage = {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, String(v)),
    removeItem: (k) => void items.delete(k),
    key: (i) => [...items.keys()][i] ?? null,
    get length() {
      return items.size;
    },
  };
  try {
    // retryDelay 5 s: no background retry within the test.
    const mine = viaProxy(maya, { scope: maya, retries: 0, retryDelay: 5000 });
    await mine.setItem('shared-tab', base, { expected: null });
    proxy.mode = 'refuse';
    await assert.rejects(mine.setItem('shared-tab', typed, { expected: base }));
    proxy.mode = 'pass';
    assert.equal(items.size, 1, 'queued in the tab');
    // Maya signs out; Eve signs in in the same tab, and the page makes its adapter and loads.
    const hers = viaProxy(eve, { scope: eve });
    const before = await hers.getItem('shared-tab');
    assert.deepEqual(await rows(eve, 'shared-tab'), [], "nothing of Maya's in Eve's account");
    assert.equal(before, null);
    assert.equal(items.size, 1, "still queued for Maya's account");
    // Maya back in this tab: her text is sent to her account.
    assert.equal(await viaProxy(maya, { scope: maya }).getItem('shared-tab'), typed);
    assert.equal(items.size, 0);
  } finally {
    proxy.mode = 'pass';
    delete globalThis.sessionStorage;
  }
});

test('label is passed through for the element status', () => {
  assert.equal(createHttpStorage({ url: srv.url, label: 'Saved to your Jobs Section account' }).label, 'Saved to your Jobs Section account');
  assert.equal('label' in createHttpStorage({ url: srv.url }), false);
});

test('keys are percent-encoded as one path segment', async () => {
  const user = freshUser();
  await adapterFor(user).setItem('strong-finish/keep-in-touch/2026', 'x', { expected: null });
  assert.equal((await call(srv.url, 'GET', 'strong-finish%2Fkeep-in-touch%2F2026', { user, rawKey: true })).text, 'x');
});
