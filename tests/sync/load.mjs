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
