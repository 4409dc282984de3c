// The response API of the reference server (#31, docs/sync.md "Verified answers"): the intern's kit
// registers a feedback request and gets an opaque link id; the supervisor's page loads the questions by
// that id and sends the answers once; the server signs them (Ed25519) so the kit, and anyone holding the
// public verification URL, can tell they came through this board unchanged.
//   POST   /v1/responses                  (intern)  register → 201 { id, expiresAt }
//   GET    /v1/responses/{id}             (intern)  { status, expiresAt, signed? }
//   DELETE /v1/responses/{id}             (intern)  revoke → 204
//   GET    /v1/responses/{id}/request     (anyone with the id)  the questions → 200 | 404 | 410
//   PUT    /v1/responses/{id}/answer      (anyone with the id)  the answers, once → 201 | 409 | 410
//   GET    /v1/responses/keys             the public keys
//   GET    /v1/responses/verified/{vid}   the public attestation → 200 | 410 (revoked)
// Environment: SYNC_SIGNING_KEY (Ed25519 private key, PKCS#8 PEM; else one is made and kept in the
// database), SYNC_ISSUER (the board's name in "Verified by …"), SYNC_PUBLIC_URL (the public base, `…/v1`,
// for verification URLs; else from the Host header), SYNC_RESPONSE_DAYS (link lifetime, 30),
// SYNC_MAX_REQUESTS (open requests per user, 50).
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign } from 'node:crypto';

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS sf_signing_keys (
     kid         text        PRIMARY KEY,
     private_pem text        NOT NULL,   -- development convenience: set SYNC_SIGNING_KEY in production
     created_at  timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE TABLE IF NOT EXISTS sf_responses (
     id_hash     text        PRIMARY KEY,  -- sha256 of the link id: a copy of the table opens no link
     verify_id   text        NOT NULL UNIQUE,
     user_id     text        NOT NULL,
     request     jsonb       NOT NULL,     -- name, questions, lang, register, replyTo
     created_at  timestamptz NOT NULL DEFAULT now(),
     expires_at  timestamptz NOT NULL,
     revoked_at  timestamptz,
     answered_at timestamptz,
     signed      jsonb                     -- { statement, signature, attestation, attestationSignature, kid }
   )`,
  'CREATE INDEX IF NOT EXISTS sf_responses_user ON sf_responses (user_id)',
];

const hash = (id) => createHash('sha256').update(id).digest('base64url');
const ID = /^[A-Za-z0-9_-]{16,64}$/;
const kidOf = (publicKey) => hash(publicKey.export({ format: 'der', type: 'spki' })).slice(0, 16);

/** Field checks for what a page sends: strings of a bounded length, nothing else. */
function str(value, max, name, HttpError, { optional = false } = {}) {
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string' || value.length > max) throw new HttpError(400, 'bad_request', `${name} must be a string of at most ${max} characters`);
  return value;
}

/**
 * Creates the tables, loads or makes the signing key; returns `handle(req, res, ctx)`, which answers the
 * routes above and returns true, or returns false for any other request.
 */
export async function setupResponses(pool, options = {}) {
  const env = process.env;
  const {
    issuer = env.SYNC_ISSUER || 'Strong Finish reference server',
    publicUrl = env.SYNC_PUBLIC_URL,
    days = Number(env.SYNC_RESPONSE_DAYS ?? 30),
    maxOpen = Number(env.SYNC_MAX_REQUESTS ?? 50),
    signingKey = env.SYNC_SIGNING_KEY,
  } = options;
  const client = await pool.connect();
  let privateKey;
  try {
    await client.query('BEGIN');
    await client.query("SELECT pg_advisory_xact_lock(hashtext('strong-finish-responses-schema'))");
    for (const statement of SCHEMA) await client.query(statement);
    if (signingKey) privateKey = createPrivateKey(signingKey);
    else {
      const { rows } = await client.query('SELECT private_pem FROM sf_signing_keys ORDER BY created_at DESC LIMIT 1');
      if (rows[0]) privateKey = createPrivateKey(rows[0].private_pem);
      else {
        privateKey = generateKeyPairSync('ed25519').privateKey;
        await client.query('INSERT INTO sf_signing_keys (kid, private_pem) VALUES ($1, $2)', [kidOf(createPublicKey(privateKey)), privateKey.export({ format: 'pem', type: 'pkcs8' })]);
      }
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('SYNC_SIGNING_KEY must be an Ed25519 private key (PKCS#8 PEM)');
  const publicKey = createPublicKey(privateKey);
  const kid = kidOf(publicKey);
  const { x } = publicKey.export({ format: 'jwk' });
  const key = { kid, alg: 'Ed25519', jwk: { kty: 'OKP', crv: 'Ed25519', x } };
  const signText = (text) => sign(null, Buffer.from(text, 'utf8'), privateKey).toString('base64url');

  return async function handle(req, res, { send, authenticate, readBody, HttpError }) {
    const path = (req.url ?? '/').split('?')[0];
    const parts = path.split('/');
    if (parts[1] !== 'v1' || parts[2] !== 'responses') return false;
    // `/v1/responses` and `/v1/responses/events` are also a document key's URLs: only POST is ours there.
    if (parts.length === 3 && req.method !== 'POST') return false;
    if (parts.length === 4 && parts[3] === 'events') return false;
    if (parts.length > 5) return false;
    const [, , , seg, sub] = parts;
    const json = async () => {
      try {
        return JSON.parse((await readBody(req)).toString('utf8'));
      } catch (error) {
        if (error instanceof HttpError) throw error;
        throw new HttpError(400, 'bad_request', 'The body must be JSON');
      }
    };

    if (parts.length === 3) {
      const user = authenticate(req);
      const body = await json();
      if (!body || typeof body !== 'object') throw new HttpError(400, 'bad_request', 'The body must be a JSON object');
      const questions = body.questions;
      if (!Array.isArray(questions) || !questions.length || questions.length > 40) throw new HttpError(400, 'bad_request', 'questions must hold 1 to 40 questions');
      const request = {
        name: str(body.name, 300, 'name', HttpError),
        questions: questions.map((q, i) => ({ id: str(q?.id, 200, `questions[${i}].id`, HttpError), text: str(q?.text, 2000, `questions[${i}].text`, HttpError) })),
        lang: str(body.lang, 35, 'lang', HttpError, { optional: true }),
        register: body.register === undefined ? undefined : ['formal', 'familiar'].includes(body.register) ? body.register : str(undefined, 0, 'register (formal or familiar)', HttpError),
        replyTo: str(body.replyTo, 320, 'replyTo', HttpError, { optional: true }),
      };
      if (request.lang !== undefined && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(request.lang)) throw new HttpError(400, 'bad_request', 'lang must be a language tag');
      const id = randomBytes(18).toString('base64url');
      // One statement: the cap on open requests and the insert decide together.
      const { rows } = await pool.query(
        `INSERT INTO sf_responses (id_hash, verify_id, user_id, request, expires_at)
         SELECT $1, $2, $3, $4, now() + make_interval(secs => $5)
         WHERE (SELECT count(*) FROM sf_responses WHERE user_id = $3 AND answered_at IS NULL AND revoked_at IS NULL AND expires_at > now()) < $6
         RETURNING expires_at`,
        [hash(id), randomBytes(18).toString('base64url'), user, JSON.stringify(request), days * 86400, maxOpen],
      );
      if (!rows[0]) return send(res, 409, { error: 'request_limit', message: `${maxOpen} requests are already waiting for an answer` }), true;
      send(res, 201, { id, expiresAt: rows[0].expires_at.toISOString() });
      return true;
    }

    if (seg === 'keys' && parts.length === 4) {
      if (req.method !== 'GET') throw new HttpError(405, 'method_not_allowed', 'Use GET', { Allow: 'GET' });
      send(res, 200, { issuer, keys: [key] }, { 'Cache-Control': 'public, max-age=3600' });
      return true;
    }

    if (seg === 'verified' && parts.length === 5) {
      if (req.method !== 'GET') throw new HttpError(405, 'method_not_allowed', 'Use GET', { Allow: 'GET' });
      const { rows } = await pool.query('SELECT revoked_at, signed FROM sf_responses WHERE verify_id = $1 AND signed IS NOT NULL', [sub]);
      if (!rows[0]) return send(res, 404, { error: 'not_found', message: 'No verified response has this address' }), true;
      if (rows[0].revoked_at) return send(res, 410, { error: 'revoked', message: 'The intern withdrew this response' }), true;
      const s = rows[0].signed;
      send(res, 200, { valid: true, issuer, attestation: s.attestation, signature: s.attestationSignature, kid: s.kid, key });
      return true;
    }

    let id;
    try {
      id = decodeURIComponent(seg);
    } catch {
      id = '';
    }
    if (!ID.test(id)) throw new HttpError(404, 'not_found', 'No such request');

    if (parts.length === 4) {
      const user = authenticate(req);
      if (req.method === 'DELETE') {
        await pool.query('UPDATE sf_responses SET revoked_at = coalesce(revoked_at, now()) WHERE id_hash = $1 AND user_id = $2', [hash(id), user]);
        send(res, 204);
        return true;
      }
      if (req.method !== 'GET') throw new HttpError(405, 'method_not_allowed', 'Use GET or DELETE', { Allow: 'GET, DELETE' });
      const { rows } = await pool.query('SELECT expires_at, revoked_at, answered_at, signed, expires_at <= now() AS expired FROM sf_responses WHERE id_hash = $1 AND user_id = $2', [hash(id), user]);
      // Someone else's request is as unknown as a made-up id.
      if (!rows[0]) throw new HttpError(404, 'not_found', 'No such request');
      const r = rows[0];
      const status = r.revoked_at ? 'revoked' : r.answered_at ? 'answered' : r.expired ? 'expired' : 'waiting';
      const body = { status, expiresAt: r.expires_at.toISOString() };
      if (status === 'answered') body.signed = r.signed;
      send(res, 200, body);
      return true;
    }

    // The supervisor's side: no account, the id is the capability.
    const gone = (r) => (r.revoked_at ? 'The intern withdrew this link' : r.expired ? 'This link has expired' : '');
    if (sub === 'request') {
      if (req.method !== 'GET') throw new HttpError(405, 'method_not_allowed', 'Use GET', { Allow: 'GET' });
      const { rows } = await pool.query('SELECT request, expires_at, revoked_at, answered_at, expires_at <= now() AS expired FROM sf_responses WHERE id_hash = $1', [hash(id)]);
      if (!rows[0]) throw new HttpError(404, 'not_found', 'No such request');
      if (gone(rows[0])) throw new HttpError(410, 'gone', gone(rows[0]));
      send(res, 200, { id, ...rows[0].request, expiresAt: rows[0].expires_at.toISOString(), answered: !!rows[0].answered_at }, { 'Referrer-Policy': 'no-referrer' });
      return true;
    }

    if (sub === 'answer') {
      if (req.method !== 'PUT') throw new HttpError(405, 'method_not_allowed', 'Use PUT', { Allow: 'PUT' });
      const body = await json();
      if (!body || typeof body !== 'object' || !Array.isArray(body.answers) || body.answers.length > 40) throw new HttpError(400, 'bad_request', 'answers must be a list');
      const from = str(body.from, 300, 'from', HttpError);
      const said = new Map(body.answers.map((a, i) => [str(a?.id, 200, `answers[${i}].id`, HttpError), str(a?.answer, 20_000, `answers[${i}].answer`, HttpError)]));
      const quote = str(body.quote, 2000, 'quote', HttpError, { optional: true }) || undefined;
      if (body.reference !== undefined && typeof body.reference !== 'boolean') throw new HttpError(400, 'bad_request', 'reference must be true or false');
      const { rows } = await pool.query('SELECT request, verify_id, revoked_at, answered_at, expires_at <= now() AS expired FROM sf_responses WHERE id_hash = $1', [hash(id)]);
      if (!rows[0]) throw new HttpError(404, 'not_found', 'No such request');
      if (gone(rows[0])) throw new HttpError(410, 'gone', gone(rows[0]));
      if (rows[0].answered_at) throw new HttpError(409, 'answered', 'These questions were already answered');
      const { request, verify_id: vid } = rows[0];
      const base = (publicUrl || `http://${req.headers.host}/v1`).replace(/\/+$/, '');
      const at = new Date().toISOString();
      const common = { iss: issuer, kid, to: request.name, from, ...(quote ? { quote } : {}), ...(body.reference === undefined ? {} : { ref: body.reference }), at, verify: `${base}/responses/verified/${vid}` };
      // Only the registered questions are answered, with their registered wording.
      const answers = request.questions.map((q) => ({ id: q.id, text: q.text, answer: said.get(q.id) ?? '' }));
      const statement = JSON.stringify({ v: 1, typ: 'sf-response', id, ...common, answers });
      const attestation = JSON.stringify({ v: 1, typ: 'sf-reference', ...common });
      const signed = { statement, signature: signText(statement), attestation, attestationSignature: signText(attestation), kid };
      // Once: the row is answered only if nobody answered, revoked or let it expire meanwhile.
      const { rowCount } = await pool.query(
        'UPDATE sf_responses SET answered_at = now(), signed = $2 WHERE id_hash = $1 AND answered_at IS NULL AND revoked_at IS NULL AND expires_at > now()',
        [hash(id), JSON.stringify(signed)],
      );
      if (!rowCount) throw new HttpError(409, 'answered', 'These questions were already answered');
      send(res, 201, { at });
      return true;
    }
    throw new HttpError(404, 'not_found', 'No such endpoint');
  };
}
