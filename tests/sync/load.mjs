// The sync load model, shared by tests/sync/load.test.mjs (small, in CI) and bench/sync.mjs (full size).
// Each simulated intern has two devices (two adapters, one account, one document) that add edits
// concurrently: read, add, conditional write; on ConflictError re-read, merge and write again, as the
// element does. At the end every edit must be in the database: lost = edits missing there.
import pg from 'pg';
import { auth } from './helpers.mjs';

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

/**
 * @param {{ url: string, databaseUrl: string, createHttpStorage: Function, interns: number, edits: number,
 *   devices?: number, capMs: number, prefix: string }} options  `edits` per intern, split over its devices.
 */
export async function runLoad({ url, databaseUrl, createHttpStorage, interns, edits, devices = 2, capMs, prefix }) {
  const key = 'strong-finish/internship-wrap-up';
  const latencies = [];
  let conflicts = 0;
  let requests = 0;
  let failures = 0;
  let done = 0;
  const deadline = Date.now() + capMs;
  let maxRounds = 0; // the most conflict rounds one edit needed (starvation would show here)
  let retried = 0; // answers that made the adapter retry: 5xx, network errors, its own timeout
  const countingFetch = async (input, init) => {
    requests++;
    try {
      const response = await fetch(input, init);
      if (response.status >= 500) retried++;
      return response;
    } catch (error) {
      retried++;
      throw error;
    }
  };

  const device = async (user, deviceIndex, count) => {
    const storage = createHttpStorage({ url, headers: auth(user), fetch: countingFetch, retryDelay: 50 });
    let text = await storage.getItem(key);
    for (let i = 0; i < count && Date.now() < deadline; i++) {
      const edit = `${deviceIndex}:${i}`;
      const started = performance.now();
      let rounds = 0;
      for (;;) {
        const current = text === null ? [] : JSON.parse(text).edits;
        const next = JSON.stringify({ edits: [...current, edit] });
        try {
          await storage.setItem(key, next, { expected: text });
          text = next;
          break;
        } catch (error) {
          if (error.name !== 'ConflictError') {
            failures++; // counted and reported; this device stops
            return;
          }
          // The element's path: re-read theirs and merge. Every write is conditional on a text that
          // held all confirmed edits, so theirs already has this device's earlier ones; add the new one.
          conflicts++;
          rounds++;
          text = await storage.getItem(key);
        }
      }
      latencies.push(performance.now() - started);
      maxRounds = Math.max(maxRounds, rounds);
      done++;
    }
  };

  const started = performance.now();
  const users = Array.from({ length: interns }, (_, i) => `${prefix}-${i}`);
  const perDevice = Math.ceil(edits / devices);
  await Promise.all(users.flatMap((user) => Array.from({ length: devices }, (_, d) => device(user, d, perDevice))));
  const seconds = (performance.now() - started) / 1000;

  // Verify against the database itself, not through the server.
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query("SELECT user_id, convert_from(body, 'UTF8') AS text FROM sf_documents WHERE user_id LIKE $1 || '-%' AND key = $2", [prefix, key]);
  await client.end();
  const stored = new Map(rows.map((r) => [r.user_id, new Set(JSON.parse(r.text).edits)]));
  let lost = 0;
  let duplicated = 0;
  for (const user of users) {
    const set = stored.get(user) ?? new Set();
    const list = rows.find((r) => r.user_id === user) ? JSON.parse(rows.find((r) => r.user_id === user).text).edits : [];
    duplicated += list.length - set.size;
    for (let d = 0; d < devices; d++) {
      for (let i = 0; i < perDevice; i++) if (!set.has(`${d}:${i}`)) lost++;
    }
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    interns,
    devices,
    editsPlanned: interns * devices * perDevice,
    editsConfirmed: done,
    seconds,
    throughput: done / seconds,
    requests,
    retried,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    conflicts,
    maxRounds,
    failures,
    lost,
    duplicated,
    cappedByTime: done < interns * devices * perDevice,
  };
}

/** An instance's /healthz (its stream counts); tried again when a kept-alive connection was closed under it. */
async function healthz(url) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await (await fetch(url.replace(/\/v1$/, '/healthz'))).json();
    } catch (error) {
      if (attempt >= 3) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * Stream fan-out across instances: each intern has two devices on DIFFERENT server instances (one
 * database, NOTIFY between them), each device one adapter subscribed to `keys` keys (one stream carrying
 * them). The devices take turns editing one key after another; each edit must reach the other device.
 * Latency = from the start of the write on one device to the change arriving on the other.
 * @param {{ urls: string[], createHttpStorage: Function, interns: number, edits: number, keys?: number,
 *   prefix: string, timeoutMs?: number }} options  `edits` per intern.
 */
export async function runFanout({ urls, createHttpStorage, interns, edits, keys = 3, prefix, timeoutMs = 10_000 }) {
  const latencies = [];
  let missed = 0;
  const keyNames = Array.from({ length: keys }, (_, k) => `strong-finish/fanout-${k}`);
  const users = Array.from({ length: interns }, (_, i) => `${prefix}-fan-${i}`);
  const devices = users.map((user, i) =>
    [0, 1].map((d) => {
      // Each simulated device is its own browser: no page-wide cap on streams here.
      const storage = createHttpStorage({ url: urls[(i + d) % urls.length], headers: auth(user), retryDelay: 50, maxStreams: Infinity });
      const waiting = new Map(); // `${key}\n${text}` → resolve
      const stops = keyNames.map((key) =>
        storage.subscribe(key, (text) => {
          waiting.get(`${key}\n${text}`)?.();
        }),
      );
      return { storage, waiting, stops, texts: new Map() };
    }),
  );
  // Every stream open before the first edit (the first event each stream gets is the server's id line).
  await new Promise((r) => setTimeout(r, 1500));
  const health = await Promise.all(urls.map(healthz));
  const started = performance.now();
  await Promise.all(
    devices.map(async (pair) => {
      for (let n = 0; n < edits; n++) {
        const from = pair[n % 2];
        const to = pair[(n + 1) % 2];
        const key = keyNames[n % keys];
        const text = JSON.stringify({ v: 1, data: { n } });
        const arrived = new Promise((resolve) => to.waiting.set(`${key}\n${text}`, resolve));
        const t0 = performance.now();
        const expected = from.texts.get(key) ?? null;
        await from.storage.setItem(key, text, { expected });
        pair[0].texts.set(key, text);
        pair[1].texts.set(key, text);
        const timedOut = await Promise.race([arrived.then(() => false), new Promise((r) => setTimeout(() => r(true), timeoutMs))]);
        to.waiting.delete(`${key}\n${text}`);
        if (timedOut) missed++;
        else latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const after = await Promise.all(urls.map(healthz));
  for (const pair of devices) for (const device of pair) for (const stop of device.stops) stop();
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    instances: urls.length,
    interns,
    devices: interns * 2,
    keysPerStream: keys,
    streamsPerInstance: health.map((h) => h.streams),
    keysPerInstance: health.map((h) => h.keys),
    eventsSentPerInstance: after.map((h, i) => h.events - health[i].events),
    edits: interns * edits,
    delivered: latencies.length,
    missed,
    seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? NaN,
  };
}
