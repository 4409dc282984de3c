// The reference sync server for Strong Finish: the protocol of docs/job-boards.md ("Sync protocol") on
// node:http + PostgreSQL. A job board can run it as it is or port it; README.md says what to change.
//   PORT=8787 DATABASE_URL=postgres://… node examples/sync-server/server.mjs
// Environment: PORT (0 = any free port), HOST (127.0.0.1), DATABASE_URL, SYNC_SECRET (token key),
// SYNC_MAX_BODY (bytes, 262144), SYNC_MAX_DOCS (per user, 200), SYNC_CORS_ORIGIN (`*`), SYNC_POOL (20).
import { createServer as createHttpServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { DEV_SECRET, USER_ID, createToken, secretFromEnv, verifyToken } from './token.mjs';
import { setupResponses } from './responses.mjs';
import { setupSummary } from './summary.mjs';

/** One path segment, percent-decoded: letters, digits and `._~:@/+=-`, up to 200 characters. */
export const KEY = /^[A-Za-z0-9][A-Za-z0-9._~:@/+=-]{0,199}$/;

/** Schema versions, applied in order, each once (recorded in sf_schema); safe to run on every start. */
const MIGRATIONS = [
  `CREATE TABLE sf_documents (
     user_id    text        NOT NULL,
     key        text        NOT NULL,
     body       bytea       NOT NULL,  -- bytes exactly as sent: any text round-trips, NUL included
     etag       text        NOT NULL,
     updated_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (user_id, key)        -- also serves the per-user count and the per-user listing
   )`,
  // Live-update event ids (docs/sync.md, "Live updates"): a per-user counter bumped by every write, so a
  // stream that dropped resumes with Last-Event-ID and is sent what changed after it; removals leave a
  // tombstone with their number. The counter's row lock orders one user's writes: numbers rise in commit order.
  `CREATE TABLE sf_users (user_id text PRIMARY KEY, seq bigint NOT NULL);
   ALTER TABLE sf_documents ADD COLUMN seq bigint NOT NULL DEFAULT 0;
   CREATE TABLE sf_removed (user_id text NOT NULL, key text NOT NULL, seq bigint NOT NULL, PRIMARY KEY (user_id, key))`,
];

/** Creates or migrates the schema; concurrent starts serialize on an advisory lock. */
export async function migrate(pool) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT pg_advisory_xact_lock(hashtext('strong-finish-sync-schema'))");
    await client.query('CREATE TABLE IF NOT EXISTS sf_schema (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const { rows } = await client.query('SELECT coalesce(max(version), 0) AS v FROM sf_schema');
    for (let v = rows[0].v; v < MIGRATIONS.length; v++) {
      await client.query(MIGRATIONS[v]);
      await client.query('INSERT INTO sf_schema (version) VALUES ($1)', [v + 1]);
    }
    await client.query('COMMIT');
    return MIGRATIONS.length;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

// Every write is one statement: the database decides the compare-and-set, the document cap, the event
// number and the notification (delivered on commit, so listeners never see a write that did not happen).
const SEQ = `s AS (INSERT INTO sf_users (user_id, seq) VALUES ($1, 1)
      ON CONFLICT (user_id) DO UPDATE SET seq = sf_users.seq + 1 RETURNING seq)`;
const NOTIFY = `pg_notify('sf_changes', json_build_object('u', $1::text, 'k', $2::text, 's', seq)::text)`;
const SQL = {
  get: 'SELECT body, etag, seq FROM sf_documents WHERE user_id = $1 AND key = $2',
  // If-None-Match: * — only when nothing is stored, and only under the user's document cap.
  create: `WITH ${SEQ}, w AS (
      INSERT INTO sf_documents (user_id, key, body, etag, seq)
      SELECT $1, $2, $3, $4, (SELECT seq FROM s) WHERE (SELECT count(*) FROM sf_documents WHERE user_id = $1) < $5
      ON CONFLICT (user_id, key) DO NOTHING RETURNING etag, seq)
    SELECT etag, ${NOTIFY} FROM w`,
  // If-Match: <etag> — only when the stored document is still that version.
  update: `WITH ${SEQ}, w AS (
      UPDATE sf_documents SET body = $3, etag = $4, updated_at = now(), seq = (SELECT seq FROM s)
      WHERE user_id = $1 AND key = $2 AND etag = $5 RETURNING etag, seq)
    SELECT etag, ${NOTIFY} FROM w`,
  // If-Match: * — only when a document exists, whatever its version.
  replace: `WITH ${SEQ}, w AS (
      UPDATE sf_documents SET body = $3, etag = $4, updated_at = now(), seq = (SELECT seq FROM s)
      WHERE user_id = $1 AND key = $2 RETURNING etag, seq)
    SELECT etag, ${NOTIFY} FROM w`,
  // No precondition (an adapter without compare-and-set): last writer wins, cap still applies.
  upsert: `WITH ${SEQ}, w AS (
      INSERT INTO sf_documents (user_id, key, body, etag, seq)
      SELECT $1, $2, $3, $4, (SELECT seq FROM s) WHERE (SELECT count(*) FROM sf_documents WHERE user_id = $1) < $5
        OR EXISTS (SELECT 1 FROM sf_documents WHERE user_id = $1 AND key = $2)
      ON CONFLICT (user_id, key) DO UPDATE SET body = EXCLUDED.body, etag = EXCLUDED.etag, updated_at = now(), seq = EXCLUDED.seq
      RETURNING etag, seq, xmax = 0 AS created)
    SELECT etag, created, ${NOTIFY} FROM w`,
  remove: `WITH ${SEQ}, w AS (DELETE FROM sf_documents WHERE user_id = $1 AND key = $2 AND ($3::text IS NULL OR etag = $3) RETURNING (SELECT seq FROM s) AS seq),
      t AS (INSERT INTO sf_removed (user_id, key, seq) SELECT $1, $2, seq FROM w
        ON CONFLICT (user_id, key) DO UPDATE SET seq = EXCLUDED.seq)
    SELECT ${NOTIFY} FROM w`,
  exists: 'SELECT 1 FROM sf_documents WHERE user_id = $1 AND key = $2',
  removed: 'SELECT seq FROM sf_removed WHERE user_id = $1 AND key = $2',
  latest: 'SELECT seq FROM sf_users WHERE user_id = $1',
  // What changed for these keys after event number $3, in order: documents, and removals not since re-created.
  since: `SELECT key, body, etag, seq FROM sf_documents WHERE user_id = $1 AND key = ANY($2) AND seq > $3
    UNION ALL
    SELECT r.key, NULL, NULL, r.seq FROM sf_removed r WHERE r.user_id = $1 AND r.key = ANY($2) AND r.seq > $3
      AND NOT EXISTS (SELECT 1 FROM sf_documents d WHERE d.user_id = r.user_id AND d.key = r.key)
    ORDER BY seq`,
};

class HttpError extends Error {
  constructor(status, code, message, headers = {}) {
    super(message);
    Object.assign(this, { status, code, headers });
  }
}

const newEtag = () => `"${randomBytes(12).toString('base64url')}"`;

/**
 * Reads the request body, refusing more than `max` bytes (413) without buffering them. Over the cap the
 * rest is read and discarded (for at most `drainMs`) before the 413 goes out: a client still sending its
 * body would otherwise see the connection reset instead of the answer.
 */
function readBody(req, max, drainMs = 5000) {
  return new Promise((resolve, reject) => {
    const tooLarge = () => new HttpError(413, 'too_large', `The body is larger than ${max} bytes`, { Connection: 'close' });
    const chunks = [];
    let size = 0;
    let drain;
    const overflow = () => {
      chunks.length = 0;
      drain ??= setTimeout(() => reject(tooLarge()), drainMs);
    };
    if (Number(req.headers['content-length']) > max) overflow();
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > max) overflow();
      else if (!drain) chunks.push(chunk);
    });
    req.on('end', () => {
      clearTimeout(drain);
      if (drain) reject(tooLarge());
      else resolve(Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      clearTimeout(drain);
      reject(error);
    });
  });
}

/**
 * Starts the server. Resolves with `{ url, server, close }`; `url` is the protocol's base (`…/v1`).
 * @param {{ databaseUrl?: string, port?: number, host?: string, secret?: string, maxBody?: number,
 *   maxDocs?: number, corsOrigin?: string, poolSize?: number, log?: (line: string) => void }} [options]
 */
export async function startSyncServer(options = {}) {
  const env = process.env;
  const {
    databaseUrl = env.DATABASE_URL,
    port = Number(env.PORT ?? 8787),
    host = env.HOST ?? '127.0.0.1',
    secret = secretFromEnv(env),
    maxBody = Number(env.SYNC_MAX_BODY ?? 256 * 1024),
    maxDocs = Number(env.SYNC_MAX_DOCS ?? 200),
    corsOrigin = env.SYNC_CORS_ORIGIN ?? '*',
    poolSize = Number(env.SYNC_POOL ?? 20),
    log = (line) => console.error(line),
  } = options;
  if (!databaseUrl) throw new Error('DATABASE_URL is not set; for a throwaway database: bash examples/sync-server/db.sh run npm run sync-server (from npm: bash node_modules/strong-finish/examples/sync-server/db.sh run npx strong-finish-sync-server)');
  if (secret === DEV_SECRET && env.NODE_ENV === 'production') throw new Error('Set SYNC_SECRET in production');

  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  pool.on('error', (error) => log(`sync-server: idle database connection failed: ${error.message}`));
  await migrate(pool);
  // Routes of their own modules (#31): the response API and the programme summary.
  const extraRoutes = [await setupResponses(pool, options.responses), await setupSummary(pool, { secret })];

  // Live updates: one LISTEN connection per instance, so any instance's write reaches every instance's
  // subscribers (stateless app servers behind a load balancer). A stream carries any number of one
  // user's keys; events are numbered per user (sf_users.seq) and sent in that order.
  const subscribers = new Map(); // user → Set<{ res, keys: Set<string> }>
  const stats = { streams: 0, keys: 0, events: 0 };
  /** Sends one change to every stream of the user that carries its key. */
  const event = (key, row) =>
    `id: ${row.seq}\nevent: change\ndata: ${JSON.stringify(row.etag ? { key, etag: row.etag, text: row.body.toString('utf8') } : { key, etag: null, text: null })}\n\n`;
  const deliver = (user, key, row) => {
    const text = event(key, row);
    for (const sub of subscribers.get(user) ?? []) {
      if (!sub.keys.has(key) || !sub.ready) continue;
      // Already sent (by the replay, or with a later notification of the same key): a notification can
      // arrive after the replay that carried its change (a slow LISTEN connection), and is not sent twice.
      if (Number(row.seq) <= Math.max(sub.floor, sub.sent.get(key) ?? 0)) continue;
      sub.sent.set(key, Number(row.seq));
      sub.res.write(text);
      stats.events++;
    }
  };
  /** What is stored now under the key: the document, or its removal. */
  const current = async (user, key) => {
    const { rows } = await pool.query(SQL.get, [user, key]);
    if (rows[0]) return rows[0];
    const removed = await pool.query(SQL.removed, [user, key]);
    return { etag: null, seq: removed.rows[0]?.seq ?? 0 };
  };
  // One chain per user: a user's notifications (and replays) are read and sent in the order they were committed.
  const chains = new Map();
  const enqueue = (user, job) => {
    const chain = (chains.get(user) ?? Promise.resolve()).then(job);
    const settled = chain.catch(() => {});
    chains.set(user, settled);
    settled.then(() => chains.get(user) === settled && chains.delete(user));
    return chain;
  };
  let listener;
  let closing = false;
  const listen = async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    client.on('error', () => {});
    client.on('end', () => {
      if (!closing) setTimeout(() => listen().catch(() => {}), 1000);
    });
    client.on('notification', (message) => {
      let note;
      try {
        note = JSON.parse(message.payload);
      } catch {
        return;
      }
      if (![...(subscribers.get(note.u) ?? [])].some((sub) => sub.keys.has(note.k))) return;
      enqueue(note.u, async () => deliver(note.u, note.k, await current(note.u, note.k)));
    });
    await client.connect();
    await client.query('LISTEN sf_changes');
    listener = client;
  };
  await listen();

  /**
   * An event stream for `keys` of `user`. With `lastEventId`, first what changed after that event (in
   * order), then live changes; a change already sent by the replay is not sent again.
   */
  const stream = (res, user, keys, lastEventId) => {
    res.writeHead(200, { ...cors, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' });
    res.write(': subscribed\n\n');
    // Registered at once (so changes committed from now on are not missed), sent to once it is caught up.
    // `floor`: the Last-Event-ID it resumes from (the client has every change up to it); `sent`: per key,
    // the last change sent. (Without Last-Event-ID nothing is skipped: a change made as the stream opens is sent.)
    const sub = { res, keys: new Set(keys), ready: false, floor: 0, sent: new Map() };
    if (!subscribers.has(user)) subscribers.set(user, new Set());
    subscribers.get(user).add(sub);
    stats.streams++;
    stats.keys += sub.keys.size;
    const ping = setInterval(() => res.write(': ping\n\n'), 25_000);
    res.on('close', () => {
      clearInterval(ping);
      stats.streams--;
      stats.keys -= sub.keys.size;
      subscribers.get(user)?.delete(sub);
      if (!subscribers.get(user)?.size) subscribers.delete(user);
    });
    // In the user's chain, so the live changes queued after it are sent after it: with Last-Event-ID, what
    // changed since (in order); without, the number of the user's latest change, to resume from later.
    enqueue(user, async () => {
      if (lastEventId === undefined) {
        const { rows } = await pool.query(SQL.latest, [user]);
        res.write(`id: ${rows[0]?.seq ?? 0}\n\n`);
      } else {
        const { rows } = await pool.query(SQL.since, [user, [...sub.keys], lastEventId]);
        sub.floor = Number(lastEventId) || 0;
        for (const row of rows) {
          sub.sent.set(row.key, Number(row.seq));
          res.write(event(row.key, row));
        }
      }
      sub.ready = true;
    }).catch(() => res.destroy()); // the database is unreachable: the client reconnects and asks again
  };

  const cors = {
    'Access-Control-Allow-Origin': corsOrigin,
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-Match, If-None-Match, Last-Event-ID',
    'Access-Control-Allow-Methods': 'GET, PUT, POST, DELETE, OPTIONS',
    'Access-Control-Expose-Headers': 'ETag',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
  const send = (res, status, body, headers = {}) => {
    if (res.headersSent) return res.destroy();
    const json = body === undefined ? undefined : JSON.stringify(body);
    res.writeHead(status, {
      ...cors,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...(json ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
      ...headers,
    });
    res.end(json);
  };

  const authenticate = (req) => {
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(req.headers.authorization ?? '');
    if (!match) throw new HttpError(401, 'unauthenticated', 'Sign in again: no bearer token', { 'WWW-Authenticate': 'Bearer' });
    // A job board swaps this line for its own session lookup; everything below only needs the user id.
    const user = verifyToken(match[1], { secret });
    if (!user) throw new HttpError(401, 'unauthenticated', 'Sign in again: the token is invalid or expired', { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
    return user;
  };

  /**
   * `/v1/<key>`, `/v1/<key>/events` (one key's stream, as older adapters open it) or `/v1/events?keys=a,b`
   * (one stream for many keys; without the `keys` parameter `/v1/events` is the document "events").
   * Keys are percent-encoded, each as one segment.
   */
  const route = (req) => {
    const [path, query = ''] = (req.url ?? '/').split('?');
    const parts = path.split('/');
    const decode = (raw) => {
      let key;
      try {
        key = decodeURIComponent(raw);
      } catch {
        throw new HttpError(400, 'bad_key', 'The key is not valid percent-encoding');
      }
      if (!KEY.test(key)) throw new HttpError(400, 'bad_key', `The key must match ${KEY}`);
      return key;
    };
    const keysParam = query.split('&').find((p) => p.startsWith('keys='));
    if (parts.length === 3 && parts[1] === 'v1' && parts[2] === 'events' && keysParam !== undefined) {
      const keys = [...new Set(keysParam.slice(5).split(',').filter(Boolean).map(decode))];
      if (!keys.length || keys.length > maxDocs) throw new HttpError(400, 'bad_keys', `keys= takes 1 to ${maxDocs} comma-separated keys`);
      return { keys, events: true };
    }
    if (parts[1] !== 'v1' || parts.length < 3 || parts.length > 4 || (parts.length === 4 && parts[3] !== 'events')) {
      throw new HttpError(404, 'not_found', 'No such endpoint: the protocol lives at /v1/<key>');
    }
    const key = decode(parts[2]);
    return { key, keys: [key], events: parts.length === 4 };
  };

  const handle = async (req, res) => {
    if (req.method === 'OPTIONS') return send(res, 204);
    if (req.url === '/healthz') {
      await pool.query('SELECT 1');
      // Open event streams on this instance, the keys they carry, and the events sent since it started.
      return send(res, 200, { ok: true, ...stats });
    }
    // Development only (the public dev secret lets anyone mint tokens anyway): a token for the demo page.
    if (secret === DEV_SECRET && req.method === 'GET' && req.url?.startsWith('/dev/token?')) {
      const user = new URL(req.url, 'http://x').searchParams.get('user') ?? '';
      if (!USER_ID.test(user)) throw new HttpError(400, 'bad_user', `user must match ${USER_ID}`);
      return send(res, 200, { token: createToken(user, { secret }) });
    }
    for (const extra of extraRoutes) if (await extra(req, res, { send, authenticate, readBody: (r) => readBody(r, maxBody), HttpError })) return;
    const { key, keys, events } = route(req);
    const user = authenticate(req);

    if (events) {
      if (req.method !== 'GET') throw new HttpError(405, 'method_not_allowed', 'Use GET for events', { Allow: 'GET' });
      const last = req.headers['last-event-id']?.trim();
      return stream(res, user, keys, last && /^\d{1,18}$/.test(last) ? last : undefined);
    }

    if (req.method === 'GET') {
      const { rows } = await pool.query(SQL.get, [user, key]);
      if (!rows[0]) return send(res, 404, { error: 'not_found', message: 'Nothing is stored under this key' });
      res.writeHead(200, { ...cors, 'Content-Type': 'text/plain; charset=utf-8', ETag: rows[0].etag, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      return res.end(rows[0].body);
    }

    if (req.method === 'PUT') {
      const body = await readBody(req, maxBody);
      const ifMatch = req.headers['if-match']?.trim();
      const ifNoneMatch = req.headers['if-none-match']?.trim();
      if (ifMatch && ifNoneMatch) throw new HttpError(400, 'bad_precondition', 'Send If-Match or If-None-Match, not both');
      if (ifNoneMatch && ifNoneMatch !== '*') throw new HttpError(400, 'bad_precondition', 'If-None-Match must be *');
      const etag = newEtag();
      let result;
      if (ifMatch === '*') result = await pool.query(SQL.replace, [user, key, body, etag]);
      else if (ifMatch) result = await pool.query(SQL.update, [user, key, body, etag, ifMatch]);
      else result = await pool.query(ifNoneMatch ? SQL.create : SQL.upsert, [user, key, body, etag, maxDocs]);
      // 201 when the document was created, 200 when an existing one was replaced.
      const created = ifMatch ? false : ifNoneMatch ? true : result.rows[0]?.created;
      if (result.rows[0]) return send(res, created ? 201 : 200, { etag }, { ETag: etag });
      // Nothing written: say why (this read only explains the refusal; it decides nothing).
      const exists = (await pool.query(SQL.exists, [user, key])).rowCount > 0;
      if (ifMatch || (ifNoneMatch && exists)) {
        return send(res, 412, { error: 'conflict', message: 'The stored document changed: read it again, merge and retry' });
      }
      return send(res, 409, { error: 'document_limit', message: `This account already stores ${maxDocs} documents` });
    }

    if (req.method === 'DELETE') {
      const given = req.headers['if-match']?.trim();
      const ifMatch = given && given !== '*' ? given : null;
      const { rowCount } = await pool.query(SQL.remove, [user, key, ifMatch]);
      if (!rowCount && ifMatch && (await pool.query(SQL.exists, [user, key])).rowCount) {
        return send(res, 412, { error: 'conflict', message: 'The stored document changed' });
      }
      return send(res, 204);
    }

    throw new HttpError(405, 'method_not_allowed', `${req.method} is not part of the protocol`, { Allow: 'GET, PUT, DELETE' });
  };

  const onRequest = (req, res) => {
    handle(req, res).catch((error) => {
      if (error instanceof HttpError) return send(res, error.status, { error: error.code, message: error.message }, error.headers);
      // The database is down or overloaded: a 503 the adapter retries with backoff.
      log(`sync-server: ${req.method} failed: ${error.message}`);
      send(res, 503, { error: 'unavailable', message: 'The store is unavailable; try again shortly' }, { 'Retry-After': '1' });
    });
  };
  const server = createHttpServer(onRequest);
  // `Expect: 100-continue` (curl with a large body): a body declared over the cap is refused before it is sent.
  server.on('checkContinue', (req, res) => {
    if (Number(req.headers['content-length']) > maxBody) {
      return send(res, 413, { error: 'too_large', message: `The body is larger than ${maxBody} bytes` }, { Connection: 'close' });
    }
    res.writeContinue();
    onRequest(req, res);
  });
  server.keepAliveTimeout = 5000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const url = `http://${host}:${server.address().port}/v1`;

  const close = async () => {
    closing = true;
    for (const set of subscribers.values()) for (const sub of set) sub.res.end();
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(() => resolve()));
    await listener?.end().catch(() => {});
    await pool.end().catch(() => {});
  };
  return { url, server, close, pool };
}

/** Starts the server from a command line (`npm run sync-server`, the package's bin); `name` prefixes errors. */
export async function serveFromCommandLine(name = 'sync-server') {
  try {
    const { url, close } = await startSyncServer();
    console.log(`Strong Finish sync server: ${url}`);
    if (secretFromEnv() === DEV_SECRET) console.log('Development secret in use (set SYNC_SECRET): /dev/token?user=<id> hands out tokens for the demo.');
    for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => close().then(() => process.exit(0)));
  } catch (error) {
    console.error(`${name}: ${error.message}`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await serveFromCommandLine();
