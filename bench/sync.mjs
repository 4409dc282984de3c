// npm run bench:sync — the sync server under load on 127.0.0.1: simulated interns, two devices each,
// conditional edits through the shipped adapter, against a real PostgreSQL (db.sh unless DATABASE_URL).
// Writes its own section of docs/PERFORMANCE.md (between the sync-load markers; bench/report.mjs keeps it).
// SF_SYNC_INTERNS (200), SF_SYNC_EDITS per intern (50), SF_SYNC_CAP_S (120) change the size; then stream
// fan-out on TWO server instances on one database: SF_SYNC_FAN_INTERNS (100) × 2 devices, one on each
// instance, each device one stream carrying 3 keys, SF_SYNC_FAN_EDITS (20) edits per intern.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem, loadavg } from 'node:os';
import { execSync } from 'node:child_process';
import { startDatabase, startServer, loadAdapter } from '../tests/sync/helpers.mjs';
import { runLoad, runFanout } from '../tests/sync/load.mjs';

const interns = Number(process.env.SF_SYNC_INTERNS ?? 200);
const edits = Number(process.env.SF_SYNC_EDITS ?? 50);
const capMs = Number(process.env.SF_SYNC_CAP_S ?? 120) * 1000;
const fanInterns = Number(process.env.SF_SYNC_FAN_INTERNS ?? 100);
const fanEdits = Number(process.env.SF_SYNC_FAN_EDITS ?? 20);
const FILE = 'docs/PERFORMANCE.md';
export const START = '<!-- sync-load:start (written by npm run bench:sync) -->';
export const END = '<!-- sync-load:end -->';

const db = startDatabase();
const srv = await startServer(db.url);
const second = await startServer(db.url);
const { createHttpStorage } = await loadAdapter();
const load0 = loadavg()[0];
let r;
let f;
let loadFan;
try {
  r = await runLoad({ url: srv.url, databaseUrl: db.url, createHttpStorage, interns, edits, capMs, prefix: `bench-${Date.now()}` });
  loadFan = loadavg()[0];
  f = await runFanout({ urls: [srv.url, second.url], createHttpStorage, interns: fanInterns, edits: fanEdits, keys: 3, prefix: `bench-${Date.now()}` });
} finally {
  await srv.stop();
  await second.stop();
  db.stop();
}
const commit = (() => {
  try {
    return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
const ms = (x) => `${x.toFixed(1)} ms`;
const section = [
  START,
  '## Sync server under load (issue 19)',
  '',
  `- **Command**: \`npm run bench:sync\` · **date**: ${new Date().toISOString()} · commit ${commit}`,
  `- **Machine**: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${process.version}; load average ${load0.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end. One server process (pool of 20 connections), PostgreSQL 15 (fsync off: a throwaway cluster) and the clients on the same machine, over 127.0.0.1.`,
  `- **Model**: ${r.interns} interns × 2 devices on one account each, ${r.editsPlanned / r.interns} conditional edits per intern (${r.editsPlanned} in all), all at once, through \`createHttpStorage()\`; on \`ConflictError\` a device re-reads, merges and writes again, as the element does. Duration cap ${capMs / 1000} s.`,
  '',
  '| measure | value |',
  '|---|---:|',
  `| edits confirmed | ${r.editsConfirmed} of ${r.editsPlanned}${r.cappedByTime ? ' (stopped by the duration cap)' : ''} |`,
  `| wall time | ${r.seconds.toFixed(1)} s |`,
  `| throughput (confirmed edits) | ${r.throughput.toFixed(0)} /s |`,
  `| HTTP requests | ${r.requests} (${(r.requests / r.seconds).toFixed(0)} /s), of which ${r.retried} failed at the network level or with a 5xx and were retried |`,
  `| latency per edit, p50 / p95 / p99 (write + any conflict rounds) | ${ms(r.p50)} / ${ms(r.p95)} / ${ms(r.p99)} |`,
  `| conflicts resolved (412 → re-read → merge → write) | ${r.conflicts} (at most ${r.maxRounds} rounds for one edit) |`,
  `| failed writes | ${r.failures} |`,
  `| **edits lost** (missing in the database at the end) | **${r.lost}** |`,
  `| edits duplicated | ${r.duplicated} |`,
  '',
  'CI runs a smaller version of the same model (tests/sync/load.test.mjs: 40 interns × 20 edits, 40 s cap) and fails on any lost edit.',
  '',
  '### Live updates: stream fan-out over two instances (issue 29)',
  '',
  `- **Model**: ${f.interns} interns × 2 devices, one device on each of **two server instances sharing one database** (a write on one reaches the other's streams through PostgreSQL \`NOTIFY\`); each device is one adapter with one event stream carrying ${f.keysPerStream} keys (\`GET {url}/events?keys=…\`). The devices of an intern take turns editing one key after another, ${f.edits / f.interns} edits per intern, all interns at once; latency is from the start of the write on one device to the change arriving on the other (write + commit + NOTIFY + read + event). Load average ${loadFan.toFixed(1)} at its start.`,
  '',
  '| measure | value |',
  '|---|---:|',
  `| event streams (subscribers) per instance | ${f.streamsPerInstance.join(' / ')} (${f.keysPerInstance.join(' / ')} keys) |`,
  `| events sent per instance | ${f.eventsSentPerInstance.join(' / ')} |`,
  `| edits delivered to the other device | ${f.delivered} of ${f.edits} (missed: ${f.missed}) in ${f.seconds.toFixed(1)} s |`,
  `| event latency p50 / p95 / max | ${ms(f.p50)} / ${ms(f.p95)} / ${ms(f.max)} |`,
  '',
  'CI runs a smaller version (tests/sync/load.test.mjs: 30 interns, 12 edits each, two instances) and fails on any missed event or a p95 over 2 s.',
  END,
].join('\n');
const before = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '# Performance\n';
const at = before.indexOf(START);
const next = at >= 0 ? before.slice(0, at) + section + before.slice(before.indexOf(END) + END.length) : `${before.trimEnd()}\n\n${section}\n`;
writeFileSync(FILE, next);
console.log(section);
if (r.lost || r.failures || f.missed) process.exit(1);
