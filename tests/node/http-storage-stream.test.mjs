// createHttpStorage's live stream when the server can't be reached at all (no database needed: a fetch
// that always fails). It must back off between attempts, never spin: a loop of immediate reconnects
// froze the page at 100% CPU (Firefox and WebKit hung in CI; an intern's tab would too).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadAdapter } from '../sync/helpers.mjs';

const { createHttpStorage } = await loadAdapter();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

test('server unreachable: the event stream retries with backoff (a handful of attempts in a second), and the page stays responsive', async () => {
  let attempts = 0;
  const down = async (input) => {
    if (String(input).includes('/events')) attempts++;
    throw new TypeError('Failed to fetch');
  };
  const adapter = createHttpStorage({ url: 'https://sync.test/v1', fetch: down, retries: 0, retryDelay: 20, maxDelay: 40 });
  const stop = adapter.subscribe('strong-finish/reflection-journal', () => undefined);
  // A timer firing on time proves the event loop is not starved by a microtask loop.
  const started = Date.now();
  await sleep(1000);
  const late = Date.now() - started - 1000;
  stop();
  assert.ok(late < 500, `a timer ran ${late} ms late: the stream loop starves the page`);
  assert.ok(attempts >= 2, `retried (${attempts} attempts)`);
  assert.ok(attempts < 60, `${attempts} attempts in one second: no backoff`);
});

test('a stream that opened and dropped, then cannot reconnect: still backs off', async () => {
  let attempts = 0;
  let up = true;
  const fetchImpl = async (input) => {
    if (!String(input).includes('/events')) throw new TypeError('Failed to fetch');
    attempts++;
    if (!up) throw new TypeError('Failed to fetch');
    up = false;
    return new Response(new ReadableStream({ start: (c) => c.close() }), { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
  };
  const adapter = createHttpStorage({ url: 'https://sync.test/v1', fetch: fetchImpl, retries: 0, retryDelay: 20, maxDelay: 40 });
  const stop = adapter.subscribe('k', () => undefined);
  await sleep(1000);
  stop();
  assert.ok(attempts >= 2 && attempts < 60, `${attempts} attempts in one second`);
});
