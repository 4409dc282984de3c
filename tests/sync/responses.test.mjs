// The response API of the reference server (#31) against real PostgreSQL: register, load by the opaque
// id, answer once, signed answers the kit's own verifier accepts, expiry, revocation, isolation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createPublicKey, verify } from 'node:crypto';
import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import pg from 'pg';
import { startDatabase, startServer, freshUser, auth, ROOT } from './helpers.mjs';

let db;
let srv;
let sql;
let kit; // the shipped client modules, compiled for Node

before(async () => {
  db = startDatabase();
  srv = await startServer(db.url, { SYNC_ISSUER: 'Jobs Example', SYNC_MAX_REQUESTS: '3' });
  sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
  const entry = join(mkdtempSync(join(tmpdir(), 'sf-responses-')), 'entry.ts');
  writeFileSync(entry, `export * from '${ROOT}src/core/storage/http-responses.ts';\nexport * from '${ROOT}src/core/formats/signed-response.ts';\n`);
  const out = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
  const file = entry.replace(/\.ts$/, '.mjs');
  writeFileSync(file, out.outputFiles[0].text);
  kit = await import(pathToFileURL(file).href);
});
after(async () => {
  await sql?.end();
  await srv?.stop();
  db?.stop();
});

const REQUEST = {
  name: 'Lama Haddad',
  questions: [
    { id: 'q1', text: 'What should I keep doing?' },
    { id: 'q2', text: 'Where can I improve?' },
  ],
  lang: 'ar',
  register: 'formal',
  replyTo: 'lama@example.com',
};

const intern = (user) => kit.createHttpResponses({ url: srv.url, headers: auth(user) });
const supervisor = () => kit.createHttpResponses({ url: srv.url });
const api = (method, path, { user, body, headers = {} } = {}) =>
  fetch(`${srv.url}/responses${path}`, { method, headers: { ...headers, ...(user ? auth(user) : {}), ...(body ? { 'Content-Type': 'application/json' } : {}) }, body: body && JSON.stringify(body) });

test('register → the link id alone loads the questions, language, register and reply address; the answers come back signed and verify', async () => {
  const user = freshUser('lama');
  const { id, expiresAt } = await intern(user).register(REQUEST);
  assert.match(id, /^[A-Za-z0-9_-]{24}$/, 'an opaque id: nothing of the request in it');
  assert.ok(Date.parse(expiresAt) > Date.now() + 29 * 86400_000);
  const { rows } = await sql.query('SELECT id_hash FROM sf_responses WHERE user_id = $1', [user]);
  assert.notEqual(rows[0].id_hash, id, 'the database keeps a hash of the id, not the id');

  const page = supervisor();
  const request = await page.request(id);
  assert.deepEqual({ ...request, expiresAt: undefined }, { id, ...REQUEST, expiresAt: undefined, answered: false });
  assert.equal((await intern(user).status(id)).status, 'waiting');

  await page.answer(id, { from: 'Dr. Sara Ali', answers: [{ id: 'q1', answer: 'Your careful SQL reviews' }, { id: 'zz', answer: 'not a question of hers' }], quote: 'Lama is thorough.', reference: true });
  const status = await intern(user).status(id);
  assert.equal(status.status, 'answered');
  const opened = await kit.openSignedResponse(status.signed, id, await intern(user).keys());
  assert.deepEqual(opened.response.answers, [
    { id: 'q1', text: 'What should I keep doing?', answer: 'Your careful SQL reviews' },
    { id: 'q2', text: 'Where can I improve?', answer: '' },
  ]);
  assert.equal(opened.response.quote, 'Lama is thorough.');
  assert.equal(opened.response.reference, true);
  assert.equal(opened.verification.issuer, 'Jobs Example');

  // The verification URL answers anyone, with the public part only, and its signature checks with node:crypto too.
  const verification = await fetch(opened.verification.url);
  assert.equal(verification.status, 200);
  const v = await verification.json();
  assert.equal(v.valid, true);
  assert.equal(v.attestation, opened.verification.attestation);
  assert.doesNotMatch(v.attestation, /SQL reviews|improve/, 'no answers in the public attestation');
  const key = createPublicKey({ key: v.key.jwk, format: 'jwk' });
  assert.ok(verify(null, Buffer.from(v.attestation), key, Buffer.from(v.signature, 'base64url')));
  assert.deepEqual(JSON.parse(v.attestation), { v: 1, typ: 'sf-reference', iss: 'Jobs Example', kid: v.kid, to: 'Lama Haddad', from: 'Dr. Sara Ali', quote: 'Lama is thorough.', ref: true, at: JSON.parse(v.attestation).at, verify: opened.verification.url });
});

test('answers are the supervisor’s alone: sent once (409 after), and a changed word fails the kit’s check', async () => {
  const user = freshUser('lama');
  const { id } = await intern(user).register(REQUEST);
  await supervisor().answer(id, { from: 'Sara', answers: [{ id: 'q1', answer: 'Good' }], reference: false });
  await assert.rejects(supervisor().answer(id, { from: 'Sara', answers: [{ id: 'q1', answer: 'Changed' }], reference: true }), (e) => e.problem === 'answered');
  assert.equal((await supervisor().request(id)).answered, true);
  const { signed } = await intern(user).status(id);
  const keys = await intern(user).keys();
  const forged = { ...signed, statement: signed.statement.replace('Good', 'Outstanding') };
  await assert.rejects(kit.openSignedResponse(forged, id, keys), /bad signature/);
  const flipped = { ...signed, attestation: signed.attestation.replace('"ref":false', '"ref":true') };
  await assert.rejects(kit.openSignedResponse(flipped, id, keys), /bad signature/);
  await assert.rejects(kit.openSignedResponse(signed, 'another-id-0123456789ab', keys), /not this request/);
});

test('links expire (410 for the supervisor, "expired" for the intern) and can be revoked, which also withdraws the verification URL', async () => {
  const user = freshUser('lama');
  const first = await intern(user).register(REQUEST);
  await sql.query("UPDATE sf_responses SET expires_at = now() - interval '1 second' WHERE user_id = $1", [user]);
  await assert.rejects(supervisor().request(first.id), (e) => e.problem === 'gone');
  await assert.rejects(supervisor().answer(first.id, { from: 'x', answers: [] }), (e) => e.problem === 'gone');
  assert.equal((await intern(user).status(first.id)).status, 'expired');

  const second = await intern(user).register(REQUEST);
  await intern(user).revoke(second.id);
  await assert.rejects(supervisor().request(second.id), (e) => e.problem === 'gone');
  assert.equal((await intern(user).status(second.id)).status, 'revoked');

  const third = await intern(user).register(REQUEST);
  await supervisor().answer(third.id, { from: 'Sara', answers: [{ id: 'q1', answer: 'Fine' }], quote: 'Good work', reference: true });
  const { signed } = await intern(user).status(third.id);
  const url = JSON.parse(signed.attestation).verify;
  assert.equal((await fetch(url)).status, 200);
  await intern(user).revoke(third.id);
  assert.equal((await fetch(url)).status, 410, 'withdrawn: the URL on her résumé no longer vouches');
});

test('isolation and bad input: another user neither reads nor revokes; made-up ids are 404; bad bodies 400; no token 401; a cap on open requests', async () => {
  const lama = freshUser('lama');
  const eve = freshUser('eve');
  const { id } = await intern(lama).register(REQUEST);
  assert.equal((await api('GET', `/${id}`, { user: eve })).status, 404);
  assert.equal((await api('DELETE', `/${id}`, { user: eve })).status, 204);
  assert.equal((await intern(lama).status(id)).status, 'waiting', 'eve’s DELETE did nothing');
  assert.equal((await api('GET', '/AAAAAAAAAAAAAAAAAAAAAAAA/request')).status, 404);
  assert.equal((await api('GET', '/x/request')).status, 404);
  assert.equal((await api('POST', '', { body: REQUEST })).status, 401);
  for (const body of [{ ...REQUEST, questions: [] }, { ...REQUEST, name: 42 }, { ...REQUEST, register: 'casual' }, { ...REQUEST, lang: 'not a tag!' }, { ...REQUEST, questions: [{ id: 'q', text: 'x'.repeat(2001) }] }]) {
    assert.equal((await api('POST', '', { user: lama, body })).status, 400, JSON.stringify(body).slice(0, 80));
  }
  assert.equal((await api('PUT', `/${id}/answer`, { body: { from: 'x', answers: 'no' } })).status, 400);
  assert.equal((await api('PUT', `/${id}/answer`, { body: { from: 'x', answers: [], reference: 'yes' } })).status, 400);
  // SYNC_MAX_REQUESTS=3 for this server: a fourth open request is refused until one is answered or revoked.
  await intern(lama).register(REQUEST);
  await intern(lama).register(REQUEST);
  const over = await api('POST', '', { user: lama, body: REQUEST });
  assert.equal(over.status, 409);
  assert.equal((await over.json()).error, 'request_limit');
  await intern(lama).revoke(id);
  assert.equal((await api('POST', '', { user: lama, body: REQUEST })).status, 201);
});

test('the storage protocol is untouched: a document under the key "responses" still reads and writes, with its events', async () => {
  const user = freshUser();
  const put = await fetch(`${srv.url}/responses`, { method: 'PUT', headers: { ...auth(user), 'If-None-Match': '*' }, body: 'mine' });
  assert.equal(put.status, 201);
  const got = await fetch(`${srv.url}/responses`, { headers: auth(user) });
  assert.equal(await got.text(), 'mine');
  const preflight = await fetch(`${srv.url}/responses`, { method: 'OPTIONS' });
  assert.match(preflight.headers.get('access-control-allow-methods'), /POST/);
});
