// A bounded load test on 127.0.0.1 (the CI-sized version of npm run bench:sync): many interns, two
// devices each, conditional edits at once; zero lost and zero duplicated edits, within a time cap.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDatabase, startServer, loadAdapter } from './helpers.mjs';
import { runLoad, runFanout } from './load.mjs';

let db;
let srv;
let second;
before(async () => {
  db = startDatabase();
  srv = await startServer(db.url);
  second = await startServer(db.url);
});
after(async () => {
  await srv?.stop();
  await second?.stop();
  db?.stop();
});

test('40 interns × 2 devices × 20 edits: every edit stored once, conflicts resolved, under the cap', async (t) => {
  const { createHttpStorage } = await loadAdapter();
  const r = await runLoad({ url: srv.url, databaseUrl: db.url, createHttpStorage, interns: 40, edits: 20, capMs: 40_000, prefix: `ci-${process.pid}` });
  t.diagnostic(`${r.editsConfirmed} edits in ${r.seconds.toFixed(1)} s (${r.throughput.toFixed(0)}/s), p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, ${r.conflicts} conflicts resolved`);
  assert.equal(r.failures, 0);
  assert.equal(r.cappedByTime, false, 'finished within the cap');
  assert.equal(r.editsConfirmed, 800);
  assert.equal(r.lost, 0);
  assert.equal(r.duplicated, 0);
  assert.ok(r.conflicts > 0, 'two devices writing at once did conflict, and the conflicts were resolved');
});

test('stream fan-out over two instances on one database: 30 interns × 2 devices (one on each instance) × 3 keys on one stream each, 12 edits per intern, every edit reaches the other device, p95 under 2 s', async (t) => {
  const { createHttpStorage } = await loadAdapter();
  const r = await runFanout({ urls: [srv.url, second.url], createHttpStorage, interns: 30, edits: 12, keys: 3, prefix: `ci-${process.pid}` });
  t.diagnostic(`${r.streamsPerInstance.join(' + ')} streams (${r.keysPerInstance.join(' + ')} keys) on ${r.instances} instances; ${r.delivered}/${r.edits} edits delivered, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, max ${r.max.toFixed(1)} ms`);
  assert.deepEqual(r.streamsPerInstance, [30, 30], 'one stream per device, whatever the keys');
  assert.deepEqual(r.keysPerInstance, [90, 90]);
  assert.equal(r.missed, 0);
  assert.equal(r.delivered, 360);
  assert.ok(r.p95 < 2000, `p95 ${r.p95} ms`);
});
