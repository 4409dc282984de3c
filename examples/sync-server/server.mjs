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

// Every write is one statement: the database decides the compare-and-set, the document cap and the
// notification (delivered on commit, so listeners never see a write that did not happen).
const NOTIFY = `pg_notify('sf_changes', json_build_object('u', $1::text, 'k', $2::text)::text)`;
const SQL = {
  get: 'SELECT body, etag FROM sf_documents WHERE user_id = $1 AND key = $2',
  // If-None-Match: * — only when nothing is stored, and only under the user's document cap.
  create: `WITH w AS (
      INSERT INTO sf_documents (user_id, key, body, etag)
      SELECT $1, $2, $3, $4 WHERE (SELECT count(*) FROM sf_documents WHERE user_id = $1) < $5
      ON CONFLICT (user_id, key) DO NOTHING RETURNING etag)
    SELECT etag, ${NOTIFY} FROM w`,
  // If-Match: <etag> — only when the stored document is still that version.
  update: `WITH w AS (
      UPDATE sf_documents SET body = $3, etag = $4, updated_at = now()
      WHERE user_id = $1 AND key = $2 AND etag = $5 RETURNING etag)
    SELECT etag, ${NOTIFY} FROM w`,
  // If-Match: * — only when a document exists, whatever its version.
  replace: `WITH w AS (
      UPDATE sf_documents SET body = $3, etag = $4, updated_at = now()
      WHERE user_id = $1 AND key = $2 RETURNING etag)
    SELECT etag, ${NOTIFY} FROM w`,
  // No precondition (an adapter without compare-and-set): last writer wins, cap still applies.
  upsert: `WITH w AS (
      INSERT INTO sf_documents (user_id, key, body, etag)
      SELECT $1, $2, $3, $4 WHERE (SELECT count(*) FROM sf_documents WHERE user_id = $1) < $5
        OR EXISTS (SELECT 1 FROM sf_documents WHERE user_id = $1 AND key = $2)
      ON CONFLICT (user_id, key) DO UPDATE SET body = EXCLUDED.body, etag = EXCLUDED.etag, updated_at = now()
      RETURNING etag, xmax = 0 AS created)
    SELECT etag, created, ${NOTIFY} FROM w`,
  remove: `WITH w AS (DELETE FROM sf_documents WHERE user_id = $1 AND key = $2 AND ($3::text IS NULL OR etag = $3) RETURNING 1)
    SELECT ${NOTIFY} FROM w`,
  exists: 'SELECT 1 FROM sf_documents WHERE user_id = $1 AND key = $2',
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
  if (!databaseUrl) throw new Error('DATABASE_URL is not set; for a throwaway database: bash examples/sync-server/db.sh run npm run sync-server');
  if (secret === DEV_SECRET && env.NODE_ENV === 'production') throw new Error('Set SYNC_SECRET in production');

  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  pool.on('error', (error) => log(`sync-server: idle database connection failed: ${error.message}`));
  await migrate(pool);
  // Routes of their own modules (#31): the response API and the programme summary.
  const extraRoutes = [await setupResponses(pool, options.responses), await setupSummary(pool, { secret })];

  // Live updates: one LISTEN connection per instance, so any instance's write reaches every instance's
  // subscribers (stateless app servers behind a load balancer).
  const subscribers = new Map(); // `${user}\n${key}` → Set<ServerResponse>
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
      const set = subscribers.get(`${note.u}\n${note.k}`);
      if (!set?.size) return;
      pool.query(SQL.get, [note.u, note.k]).then(({ rows }) => {
        const data = JSON.stringify(rows[0] ? { etag: rows[0].etag, text: rows[0].body.toString('utf8') } : { etag: null, text: null });
        for (const res of set) res.write(`event: change\ndata: ${data}\n\n`);
      }, () => {});
    });
    await client.connect();
    await client.query('LISTEN sf_changes');
    listener = client;
  };
  await listen();

  const cors = {
    'Access-Control-Allow-Origin': corsOrigin,
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-Match, If-None-Match',
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

  /** `/v1/<key>` or `/v1/<key>/events`, the key percent-encoded as one segment. */
  const route = (req) => {
    const path = (req.url ?? '/').split('?')[0];
    const parts = path.split('/');
    if (parts[1] !== 'v1' || parts.length < 3 || parts.length > 4 || (parts.length === 4 && parts[3] !== 'events')) {
      throw new HttpError(404, 'not_found', 'No such endpoint: the protocol lives at /v1/<key>');
    }
    let key;
    try {
      key = decodeURIComponent(parts[2]);
    } catch {
      throw new HttpError(400, 'bad_key', 'The key is not valid percent-encoding');
    }
    if (!KEY.test(key)) throw new HttpError(400, 'bad_key', `The key must match ${KEY}`);
    return { key, events: parts.length === 4 };
  };

  const handle = async (req, res) => {
    if (req.method === 'OPTIONS') return send(res, 204);
    if (req.url === '/healthz') {
      await pool.query('SELECT 1');
      return send(res, 200, { ok: true });
    }
    // Development only (the public dev secret lets anyone mint tokens anyway): a token for the demo page.
    if (secret === DEV_SECRET && req.method === 'GET' && req.url?.startsWith('/dev/token?')) {
      const user = new URL(req.url, 'http://x').searchParams.get('user') ?? '';
      if (!USER_ID.test(user)) throw new HttpError(400, 'bad_user', `user must match ${USER_ID}`);
      return send(res, 200, { token: createToken(user, { secret }) });
    }
    for (const extra of extraRoutes) if (await extra(req, res, { send, authenticate, readBody: (r) => readBody(r, maxBody), HttpError })) return;
    const { key, events } = route(req);
    const user = authenticate(req);

    if (events) {
      if (req.method !== 'GET') throw new HttpError(405, 'method_not_allowed', 'Use GET for events', { Allow: 'GET' });
      res.writeHead(200, { ...cors, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' });
      res.write(': subscribed\n\n');
      const id = `${user}\n${key}`;
      if (!subscribers.has(id)) subscribers.set(id, new Set());
      subscribers.get(id).add(res);
      const ping = setInterval(() => res.write(': ping\n\n'), 25_000);
      res.on('close', () => {
        clearInterval(ping);
        subscribers.get(id)?.delete(res);
        if (!subscribers.get(id)?.size) subscribers.delete(id);
      });
      return;
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
    for (const set of subscribers.values()) for (const res of set) res.end();
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(() => resolve()));
    await listener?.end().catch(() => {});
    await pool.end().catch(() => {});
  };
  return { url, server, close, pool };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const { url, close } = await startSyncServer();
    console.log(`Strong Finish sync server: ${url}`);
    if (secretFromEnv() === DEV_SECRET) console.log('Development secret in use (set SYNC_SECRET): /dev/token?user=<id> hands out tokens for the demo.');
    for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => close().then(() => process.exit(0)));
  } catch (error) {
    console.error(`sync-server: ${error.message}`);
    process.exit(1);
  }
}
