// The reference server against real PostgreSQL: the protocol, isolation between users, bad input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest, createServer } from 'node:http';
import { spawn, execFileSync } from 'node:child_process';
import pg from 'pg';
import { startDatabase, startServer, call, freshUser, createToken, auth, reliabilityStrings, ROOT } from './helpers.mjs';

let db;
let srv;
let base;
const MAX_BODY = 65536;
const MAX_DOCS = 5;

before(async () => {
  db = startDatabase();
  srv = await startServer(db.url, { SYNC_MAX_BODY: String(MAX_BODY), SYNC_MAX_DOCS: String(MAX_DOCS) });
  base = srv.url;
});
after(async () => {
  await srv?.stop();
  db?.stop();
});

test('GET is 404 with a JSON error until a first write; PUT If-None-Match: * creates (201 + ETag); GET returns text and ETag', async () => {
  const user = freshUser();
  const missing = await call(base, 'GET', 'strong-finish/internship-checklist', { user });
  assert.equal(missing.status, 404);
  assert.equal(missing.json.error, 'not_found');
  const created = await call(base, 'PUT', 'strong-finish/internship-checklist', { user, headers: { 'If-None-Match': '*' }, body: '{"v":1}' });
  assert.equal(created.status, 201);
  assert.match(created.etag, /^"[\w-]+"$/);
  const read = await call(base, 'GET', 'strong-finish/internship-checklist', { user });
  assert.equal(read.status, 200);
  assert.equal(read.text, '{"v":1}');
  assert.equal(read.etag, created.etag);
});

test('If-Match with the current ETag updates (200, new ETag); a stale If-Match is 412 and changes nothing', async () => {
  const user = freshUser();
  const first = await call(base, 'PUT', 'k', { user, headers: { 'If-None-Match': '*' }, body: 'one' });
  const second = await call(base, 'PUT', 'k', { user, headers: { 'If-Match': first.etag }, body: 'two' });
  assert.equal(second.status, 200);
  assert.notEqual(second.etag, first.etag);
  const stale = await call(base, 'PUT', 'k', { user, headers: { 'If-Match': first.etag }, body: 'three' });
  assert.equal(stale.status, 412);
  assert.equal(stale.json.error, 'conflict');
  const again = await call(base, 'PUT', 'k', { user, headers: { 'If-None-Match': '*' }, body: 'four' });
  assert.equal(again.status, 412, 'If-None-Match: * on an existing document');
  assert.equal((await call(base, 'GET', 'k', { user })).text, 'two');
});

test('twenty concurrent writes from the same version: exactly one wins, nineteen get 412', async () => {
  const user = freshUser();
  const { etag } = await call(base, 'PUT', 'race', { user, headers: { 'If-None-Match': '*' }, body: 'base' });
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) => call(base, 'PUT', 'race', { user, headers: { 'If-Match': etag }, body: `edit ${i}` })),
  );
  const winners = results.filter((r) => r.status === 200);
  assert.equal(winners.length, 1);
  assert.equal(results.filter((r) => r.status === 412).length, 19);
  const stored = await call(base, 'GET', 'race', { user });
  assert.equal(stored.etag, winners[0].etag);
  assert.equal(stored.text, `edit ${results.indexOf(winners[0])}`);
});

test('DELETE is 204 and idempotent; the document is gone', async () => {
  const user = freshUser();
  await call(base, 'PUT', 'gone', { user, headers: { 'If-None-Match': '*' }, body: 'x' });
  assert.equal((await call(base, 'DELETE', 'gone', { user })).status, 204);
  assert.equal((await call(base, 'DELETE', 'gone', { user })).status, 204);
  assert.equal((await call(base, 'GET', 'gone', { user })).status, 404);
});

test("isolation: another user's token neither reads, overwrites, nor deletes a document; same key, separate documents", async () => {
  const maya = freshUser('maya');
  const eve = freshUser('eve');
  const mine = await call(base, 'PUT', 'shared-key', { user: maya, headers: { 'If-None-Match': '*' }, body: 'maya private' });
  assert.equal((await call(base, 'GET', 'shared-key', { user: eve })).status, 404);
  assert.equal((await call(base, 'PUT', 'shared-key', { user: eve, headers: { 'If-Match': mine.etag }, body: 'eve' })).status, 412);
  assert.equal((await call(base, 'DELETE', 'shared-key', { user: eve })).status, 204);
  const evesOwn = await call(base, 'PUT', 'shared-key', { user: eve, headers: { 'If-None-Match': '*' }, body: 'eve own' });
  assert.equal(evesOwn.status, 201);
  const read = await call(base, 'GET', 'shared-key', { user: maya });
  assert.equal(read.text, 'maya private');
  assert.equal(read.etag, mine.etag);
  assert.equal((await call(base, 'GET', 'shared-key', { user: eve })).text, 'eve own');
});

test('missing, malformed, forged and expired tokens are 401 with a JSON error and WWW-Authenticate', async () => {
  const user = freshUser();
  const good = createToken(user);
  const [payload, mac] = good.split('.');
  const forgedPayload = Buffer.from(JSON.stringify({ sub: 'someone-else', exp: 9e9 })).toString('base64url');
  const cases = {
    missing: {},
    'not bearer': { headers: { Authorization: `Basic ${good}` } },
    garbage: { token: 'garbage' },
    'forged subject': { token: `${forgedPayload}.${mac}` },
    'wrong key': { token: createToken(user, { secret: 'another secret' }) },
    expired: { token: createToken(user, { ttl: -10 }) },
    'truncated mac': { token: `${payload}.${mac.slice(0, -2)}` },
  };
  for (const [name, options] of Object.entries(cases)) {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const res = await call(base, method, 'k', { ...options, body: method === 'PUT' ? 'x' : undefined });
      assert.equal(res.status, 401, `${name} ${method}`);
      assert.equal(res.json.error, 'unauthenticated', name);
      assert.match(res.headers.get('www-authenticate'), /^Bearer/, name);
    }
  }
});

test('oversized bodies are refused with 413 before being stored; the cap itself is accepted', async () => {
  const user = freshUser();
  const exact = 'a'.repeat(MAX_BODY);
  assert.equal((await call(base, 'PUT', 'big', { user, headers: { 'If-None-Match': '*' }, body: exact })).status, 201);
  const tooBig = await call(base, 'PUT', 'big2', { user, headers: { 'If-None-Match': '*' }, body: 'é'.repeat(MAX_BODY / 2 + 1) });
  assert.equal(tooBig.status, 413);
  assert.equal(tooBig.json.error, 'too_large');
  assert.equal((await call(base, 'GET', 'big2', { user })).status, 404);
});

test('a body over the cap is answered 413 with its JSON error however it is sent (declared length, streamed, Expect: 100-continue), not a reset connection', async () => {
  const user = freshUser();
  const headers = { ...auth(user), 'If-None-Match': '*' };
  const big = 'a'.repeat(2_000_000);
  // Content-Length far over the cap: the server answers before reading it all; the client is still sending.
  const declared = await fetch(`${base}/declared`, { method: 'PUT', headers, body: big });
  assert.equal(declared.status, 413);
  assert.equal((await declared.json()).error, 'too_large');
  // Chunked, no length announced: the cap is found while reading.
  const chunk = new TextEncoder().encode('b'.repeat(64 * 1024));
  const body = new ReadableStream({
    start(controller) {
      for (let i = 0; i < 32; i++) controller.enqueue(chunk);
      controller.close();
    },
  });
  const streamed = await fetch(`${base}/streamed`, { method: 'PUT', headers, body, duplex: 'half' });
  assert.equal(streamed.status, 413);
  assert.equal((await streamed.json()).error, 'too_large');
  // Expect: 100-continue (what curl sends for a large body): refused before the body is sent.
  const early = await new Promise((resolve, reject) => {
    const req = httpRequest(`${base}/continue`, { method: 'PUT', headers: { ...headers, 'Content-Length': String(big.length), Expect: '100-continue' } });
    req.on('continue', () => req.end(big));
    req.on('response', (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode, text }));
    });
    req.on('error', reject);
    req.flushHeaders();
  });
  assert.equal(early.status, 413);
  assert.equal(JSON.parse(early.text).error, 'too_large');
  for (const key of ['declared', 'streamed', 'continue']) assert.equal((await call(base, 'GET', key, { user })).status, 404, key);
  // The server still answers after all that.
  assert.equal((await call(base, 'PUT', 'after', { user, headers: { 'If-None-Match': '*' }, body: 'small' })).status, 201);
});

test('a write without a precondition is 201 when it creates and 200 when it replaces; If-Match: * replaces any version, and is 412 when nothing is stored', async () => {
  const user = freshUser();
  const created = await call(base, 'PUT', 'plain', { user, body: 'one' });
  assert.equal(created.status, 201);
  const replaced = await call(base, 'PUT', 'plain', { user, body: 'two' });
  assert.equal(replaced.status, 200);
  assert.notEqual(replaced.etag, created.etag);
  const any = await call(base, 'PUT', 'plain', { user, headers: { 'If-Match': '*' }, body: 'three' });
  assert.equal(any.status, 200);
  assert.match(any.etag, /^"[\w-]+"$/);
  assert.equal((await call(base, 'GET', 'plain', { user })).text, 'three');
  const none = await call(base, 'PUT', 'nothing-here', { user, headers: { 'If-Match': '*' }, body: 'x' });
  assert.equal(none.status, 412);
  assert.equal(none.json.error, 'conflict');
  assert.equal((await call(base, 'GET', 'nothing-here', { user })).status, 404);
});

test('malformed keys are 400 with a JSON error; nothing stored', async () => {
  const user = freshUser();
  const bad = ['', '%', '%zz', '-leading-dash', '.hidden', 'with space', 'tab%09', 'new%0Aline', '%00', 'x'.repeat(201), 'ümlaut', '<script>', 'a%3Fb', 'a%23b'];
  for (const key of bad) {
    const res = await call(base, 'PUT', key, { user, rawKey: true, headers: { 'If-None-Match': '*' }, body: 'x' });
    assert.equal(res.status, 400, `key ${JSON.stringify(key)}`);
    assert.ok(res.json?.error, `JSON error for ${JSON.stringify(key)}`);
  }
  // Percent-encoded slashes are one segment; an unencoded extra segment is not a key.
  assert.equal((await call(base, 'GET', 'a/b/c', { user, rawKey: true })).status, 404);
  assert.equal((await call(base, 'PUT', 'strong-finish/keep-in-touch/2026', { user, headers: { 'If-None-Match': '*' }, body: 'ok' })).status, 201);
});

test('per-user document cap: the next new key is 409 document_limit; updates still work; other users unaffected', async () => {
  const user = freshUser();
  const etags = [];
  for (let i = 0; i < MAX_DOCS; i++) etags.push((await call(base, 'PUT', `doc-${i}`, { user, headers: { 'If-None-Match': '*' }, body: 'x' })).etag);
  const over = await call(base, 'PUT', 'one-too-many', { user, headers: { 'If-None-Match': '*' }, body: 'x' });
  assert.equal(over.status, 409);
  assert.equal(over.json.error, 'document_limit');
  assert.equal((await call(base, 'PUT', 'one-too-many', { user, body: 'x' })).status, 409, 'unconditional PUT too');
  assert.equal((await call(base, 'PUT', 'doc-0', { user, headers: { 'If-Match': etags[0] }, body: 'y' })).status, 200);
  assert.equal((await call(base, 'PUT', 'doc-0', { user, body: 'z' })).status, 200, 'unconditional update of an existing key');
  assert.equal((await call(base, 'PUT', 'doc-0', { user: freshUser(), headers: { 'If-None-Match': '*' }, body: 'x' })).status, 201);
});

test("hostile strings (the reliability suite's list) are stored and read back byte for byte, raw and in the element's envelope", async () => {
  const user = freshUser();
  const list = await reliabilityStrings();
  // Raw: the UTF-8 bytes of each string (a lone surrogate has none: any UTF-8 encoder sends U+FFFD for it).
  // In the envelope the element stores (JSON), every string, lone surrogates included, is exact.
  const strings = [...list, ...list.map((s) => JSON.stringify({ v: 1, savedAt: '2026-11-30T00:00:00.000Z', data: { text: s } })), JSON.stringify({ v: 1, data: list })];
  const mismatches = [];
  // One key per string, in batches, so the per-key round trip is what is checked.
  for (let i = 0; i < strings.length; i += 20) {
    await Promise.all(
      strings.slice(i, i + 20).map(async (text, j) => {
        const owner = `${user}-${Math.floor((i + j) / MAX_DOCS)}`; // the 5-document cap: many users
        const key = `s${i + j}`;
        const bytes = Buffer.from(text, 'utf8');
        const put = await call(base, 'PUT', key, { user: owner, headers: { 'If-None-Match': '*', 'Content-Type': 'text/plain; charset=utf-8' }, body: bytes });
        assert.equal(put.status, 201, `string ${i + j}`);
        const got = await fetch(`${base}/${key}`, { headers: auth(owner) });
        if (!Buffer.from(await got.arrayBuffer()).equals(bytes)) mismatches.push(i + j);
        else if (i + j >= list.length && (await call(base, 'GET', key, { user: owner })).text !== text) mismatches.push(i + j);
      }),
    );
  }
  assert.deepEqual(mismatches, []);
  assert.ok(list.length > 540, `${list.length} strings`);
  assert.ok(list.some((s) => /[\ud800-\udfff]/.test(s) && !s.isWellFormed()), 'the list has lone surrogates');
});

test('errors are JSON for unknown routes and methods', async () => {
  const user = freshUser();
  const route = await fetch(base.replace('/v1', '/v2/k'));
  assert.equal(route.status, 404);
  assert.equal((await route.json()).error, 'not_found');
  const method = await call(base, 'PATCH', 'k', { user, body: 'x' });
  assert.equal(method.status, 405);
  assert.equal(method.json.error, 'method_not_allowed');
  const both = await call(base, 'PUT', 'k', { user, headers: { 'If-Match': '"a"', 'If-None-Match': '*' }, body: 'x' });
  assert.equal(both.status, 400);
});

test('CORS preflight allows the protocol headers and exposes ETag', async () => {
  const res = await fetch(`${base}/k`, { method: 'OPTIONS', headers: { Origin: 'https://jobs.example', 'Access-Control-Request-Method': 'PUT' } });
  assert.equal(res.status, 204);
  assert.match(res.headers.get('access-control-allow-headers'), /If-Match/);
  assert.match(res.headers.get('access-control-expose-headers'), /ETag/);
});

test('the schema is created once and migrating again (a second instance starting) is a no-op', async () => {
  const second = await startServer(db.url);
  const third = await startServer(db.url);
  try {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query('SELECT version FROM sf_schema ORDER BY version');
    await client.end();
    assert.deepEqual(rows.map((r) => r.version), [1, 2]);
    // A write through one instance is read through another: they share nothing but the database.
    const user = freshUser();
    await call(second.url, 'PUT', 'k', { user, headers: { 'If-None-Match': '*' }, body: 'from second' });
    assert.equal((await call(third.url, 'GET', 'k', { user })).text, 'from second');
  } finally {
    await second.stop();
    await third.stop();
  }
});

test('Server-Sent Events: a write through another instance reaches a subscriber with its text and ETag', async () => {
  const other = await startServer(db.url);
  const user = freshUser();
  const abort = new AbortController();
  try {
    const res = await fetch(`${base}/live/events`, { headers: { Authorization: `Bearer ${createToken(user)}` }, signal: abort.signal });
    assert.equal(res.headers.get('content-type'), 'text/event-stream');
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    await reader.read(); // ": subscribed"
    const put = await call(other.url, 'PUT', 'live', { user, headers: { 'If-None-Match': '*' }, body: 'line 1\nline 2' });
    let buffer = '';
    while (!buffer.includes('\n\n') || !buffer.includes('data:')) buffer += (await reader.read()).value;
    const data = JSON.parse(/data: (.*)/.exec(buffer)[1]);
    assert.deepEqual(data, { key: 'live', etag: put.etag, text: 'line 1\nline 2' });
    // Another user's write to the same key is not seen.
    await call(other.url, 'PUT', 'live', { user: freshUser(), headers: { 'If-None-Match': '*' }, body: 'not yours' });
    const next = await Promise.race([reader.read(), new Promise((r) => setTimeout(() => r('quiet'), 500))]);
    assert.equal(next, 'quiet');
    const events401 = await fetch(`${base}/live/events`);
    assert.equal(events401.status, 401);
  } finally {
    abort.abort();
    await other.stop();
  }
});

/** Reads SSE events (id and parsed data) until `count` change events (with `count` 0: one event of any kind) arrived or `ms` passed. */
async function readEvents(reader, count, ms = 3000, state = { buffer: '' }) {
  const events = [];
  const until = Date.now() + ms;
  while ((count ? events.filter((e) => e.data).length < count : !events.length) && Date.now() < until) {
    const next = await Promise.race([reader.read(), new Promise((r) => setTimeout(() => r({ quiet: true }), until - Date.now()))]);
    if (next.quiet || next.done) break;
    state.buffer += next.value;
    let end;
    while ((end = state.buffer.indexOf('\n\n')) >= 0) {
      const block = state.buffer.slice(0, end);
      state.buffer = state.buffer.slice(end + 2);
      const id = /^id: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (id || data) events.push({ id, data: data && JSON.parse(data) });
    }
  }
  return events;
}

test('one stream for many keys (GET /v1/events?keys=a,b): each change of those keys arrives with a rising id, through any instance; other keys and other users are not sent', async () => {
  const other = await startServer(db.url);
  const user = freshUser();
  const abort = new AbortController();
  try {
    const res = await fetch(`${base}/events?keys=${['multi/a', 'multi+b='].map(encodeURIComponent).join(',')}`, { headers: auth(user), signal: abort.signal });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/event-stream');
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    const state = { buffer: '' };
    const [first] = await readEvents(reader, 0, 500, state);
    assert.deepEqual(first, { id: '0', data: undefined }, 'the user\'s latest event number, to resume from');
    const a = await call(other.url, 'PUT', 'multi/a', { user, headers: { 'If-None-Match': '*' }, body: 'to a' });
    await call(other.url, 'PUT', 'multi-c', { user, headers: { 'If-None-Match': '*' }, body: 'not carried' });
    const b = await call(base, 'PUT', 'multi+b=', { user, headers: { 'If-None-Match': '*' }, body: 'to b' });
    await call(other.url, 'PUT', 'multi/a', { user: freshUser(), headers: { 'If-None-Match': '*' }, body: 'another user' });
    await call(other.url, 'DELETE', 'multi/a', { user });
    const events = await readEvents(reader, 3, 3000, state);
    assert.deepEqual(
      events.map((e) => e.data),
      [
        { key: 'multi/a', etag: a.etag, text: 'to a' },
        { key: 'multi+b=', etag: b.etag, text: 'to b' },
        { key: 'multi/a', etag: null, text: null },
      ],
    );
    const ids = events.map((e) => Number(e.id));
    assert.ok(ids[0] < ids[1] && ids[1] < ids[2], `ids rise: ${ids}`);
    assert.deepEqual(await readEvents(reader, 1, 400, state), [], 'nothing else');
    // Without keys=, /v1/events is the document "events" (the key scheme allows it): not a stream.
    assert.equal((await call(base, 'GET', 'events', { user })).status, 404);
    assert.equal((await call(base, 'PUT', 'events', { user, headers: { 'If-None-Match': '*' }, body: 'a document' })).status, 201);
    assert.equal((await call(base, 'GET', 'events', { user })).text, 'a document');
    // Bad keys are refused; no token is 401.
    assert.equal((await fetch(`${base}/events?keys=a,%2e%2e`, { headers: auth(user) })).status, 400);
    assert.equal((await fetch(`${base}/events?keys=`, { headers: auth(user) })).status, 400);
    assert.equal((await fetch(`${base}/events?keys=a`)).status, 401);
  } finally {
    abort.abort();
    await other.stop();
  }
});

test('Last-Event-ID: a stream that reopens is sent, in order, what changed after that event (documents and removals), never what came before', async () => {
  const user = freshUser();
  const keys = ['replay-a', 'replay-b', 'replay-c'];
  const put = (key, body, headers = { 'If-None-Match': '*' }) => call(base, 'PUT', key, { user, headers, body });
  const open = async (lastEventId) => {
    const abort = new AbortController();
    const res = await fetch(`${base}/events?keys=${keys.join(',')}`, { headers: { ...auth(user), ...(lastEventId ? { 'Last-Event-ID': lastEventId } : {}) }, signal: abort.signal });
    return { reader: res.body.pipeThrough(new TextDecoderStream()).getReader(), abort, state: { buffer: '' } };
  };
  const first = await open();
  await put('replay-a', 'a1');
  const [seen] = await readEvents(first.reader, 1, 3000, first.state).then((e) => e.filter((x) => x.data));
  assert.equal(seen.data.text, 'a1');
  first.abort.abort(); // the connection drops
  // Meanwhile: b created, a changed twice, c created then removed, and a key not carried.
  const b = await put('replay-b', 'b1');
  const a1 = await call(base, 'GET', 'replay-a', { user });
  await put('replay-a', 'a2', { 'If-Match': a1.etag });
  const a2 = await call(base, 'GET', 'replay-a', { user });
  await put('replay-a', 'a3', { 'If-Match': a2.etag });
  await put('replay-c', 'c1');
  await call(base, 'DELETE', 'replay-c', { user });
  await put('replay-other', 'not carried');
  const again = await open(seen.id);
  const replayed = (await readEvents(again.reader, 3, 3000, again.state)).filter((e) => e.data);
  assert.deepEqual(
    replayed.map((e) => [e.data.key, e.data.text]),
    [
      ['replay-b', 'b1'],
      ['replay-a', 'a3'],
      ['replay-c', null],
    ],
    'the latest state of each changed key, in the order of their last change',
  );
  assert.equal(replayed[0].data.etag, b.etag);
  const ids = replayed.map((e) => Number(e.id));
  assert.ok(ids.every((id, i) => id > Number(seen.id) && (i === 0 || id > ids[i - 1])), `ids rise after ${seen.id}: ${ids}`);
  // Live again after the replay.
  await put('replay-b', 'b2', { 'If-Match': b.etag });
  const [live] = (await readEvents(again.reader, 1, 3000, again.state)).filter((e) => e.data);
  assert.deepEqual([live.data.key, live.data.text], ['replay-b', 'b2']);
  assert.ok(Number(live.id) > ids.at(-1));
  again.abort.abort();
  // Resuming from the latest id: nothing to replay.
  const caughtUp = await open(live.id);
  assert.deepEqual((await readEvents(caughtUp.reader, 1, 500, caughtUp.state)).filter((e) => e.data), []);
  caughtUp.abort.abort();
});

test('the single-key stream of older adapters (GET /v1/<key>/events) still works, with ids', async () => {
  const user = freshUser();
  const abort = new AbortController();
  try {
    const res = await fetch(`${base}/old-client/events`, { headers: auth(user), signal: abort.signal });
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    const state = { buffer: '' };
    await readEvents(reader, 0, 300, state);
    const put = await call(base, 'PUT', 'old-client', { user, headers: { 'If-None-Match': '*' }, body: 'old' });
    const [event] = (await readEvents(reader, 1, 3000, state)).filter((e) => e.data);
    assert.equal(event.data.etag, put.etag);
    assert.equal(event.data.text, 'old');
    assert.match(event.id, /^\d+$/);
  } finally {
    abort.abort();
  }
});

test('/dev/token exists only with the public development secret; with SYNC_SECRET set it is 404 and dev tokens are refused', async () => {
  const dev = await fetch(base.replace('/v1', '/dev/token?user=demo'));
  assert.equal(dev.status, 200);
  const { token } = await dev.json();
  assert.equal((await call(base, 'GET', 'k', { token })).status, 404, 'a valid token for "demo"');
  const prod = await startServer(db.url, { SYNC_SECRET: 'a real secret' });
  try {
    assert.equal((await fetch(prod.url.replace('/v1', '/dev/token?user=demo'))).status, 404);
    assert.equal((await call(prod.url, 'GET', 'k', { token })).status, 401);
  } finally {
    await prod.stop();
  }
});

test('`npm run sync-server` honours PORT and DATABASE_URL and prints its URL; a token from `node examples/sync-server/token.mjs <user>` works against it', async () => {
  const port = await new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(free));
    });
  });
  const child = spawn('npm', ['run', 'sync-server'], { cwd: ROOT, env: { ...process.env, PORT: String(port), DATABASE_URL: db.url }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  try {
    const url = await new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        const match = /sync server: (http:\/\/\S+)/.exec(out);
        if (match) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    assert.equal(url, `http://127.0.0.1:${port}/v1`);
    const user = freshUser('cli');
    const token = execFileSync(process.execPath, [`${ROOT}examples/sync-server/token.mjs`, user], { encoding: 'utf8' }).trim();
    assert.equal((await call(url, 'GET', 'k', { token })).status, 404, 'a valid token: nothing stored yet, not 401');
    assert.equal((await call(url, 'PUT', 'k', { token, headers: { 'If-None-Match': '*' }, body: 'from the CLI token' })).status, 201);
    assert.equal((await call(url, 'GET', 'k', { user })).text, 'from the CLI token', 'the same user as createToken()');
    assert.equal((await call(url, 'GET', 'k', { token: `${token}x` })).status, 401);
  } finally {
    try {
      process.kill(-child.pid, 'SIGTERM'); // npm, its shell and the server
    } catch {
      /* already gone */
    }
  }
});
