// Bearer tokens for the reference server: `<base64url(JSON {sub, exp})>.<base64url(HMAC-SHA256)>`.
// A job board replaces this with its own session check (see README.md); the server only needs a user id.
// CLI: node examples/sync-server/token.mjs <user> [ttl-seconds] [--role staff]  → prints a token (SYNC_SECRET
// from the env). A staff token (`role: "staff"`) also reads programme summaries (summary.mjs).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { pathToFileURL } from 'node:url';

/** Development default; the server refuses it when NODE_ENV=production. */
export const DEV_SECRET = 'strong-finish-dev-secret-not-for-production';
export const USER_ID = /^[A-Za-z0-9._@+-]{1,128}$/;

export const secretFromEnv = (env = process.env) => env.SYNC_SECRET || DEV_SECRET;

const sign = (payload, secret) => createHmac('sha256', secret).update(payload).digest('base64url');

/** The roles a token may carry besides being a user: `staff` reads programme summaries. */
export const ROLES = ['staff'];

/** A token for `user`, valid for `ttl` seconds, with an optional `role`. */
export function createToken(user, { secret = secretFromEnv(), ttl = 12 * 3600, now = Date.now(), role } = {}) {
  if (!USER_ID.test(user)) throw new Error(`user id must match ${USER_ID}`);
  if (role !== undefined && !ROLES.includes(role)) throw new Error(`role must be one of ${ROLES.join(', ')}`);
  const payload = Buffer.from(JSON.stringify({ sub: user, exp: Math.floor(now / 1000) + ttl, ...(role ? { role } : {}) })).toString('base64url');
  return `${payload}.${sign(payload, secret)}`;
}

/** The user id a token proves, or null (bad signature, expired, malformed). */
export function verifyToken(token, options = {}) {
  return verifyClaims(token, options)?.sub ?? null;
}

/** `{ sub, role? }` a token proves, or null (bad signature, expired, malformed). */
export function verifyClaims(token, { secret = secretFromEnv(), now = Date.now() } = {}) {
  if (typeof token !== 'string' || token.length > 2048) return null;
  const [payload, mac, extra] = token.split('.');
  if (!payload || !mac || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const { sub, exp, role } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof sub !== 'string' || !USER_ID.test(sub) || typeof exp !== 'number' || exp * 1000 < now) return null;
    return ROLES.includes(role) ? { sub, role } : { sub };
  } catch {
    return null;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--role');
  const role = at >= 0 ? args.splice(at, 2)[1] : undefined;
  const [user, ttl] = args;
  if (!user || (at >= 0 && !role)) {
    console.error('usage: node examples/sync-server/token.mjs <user> [ttl-seconds] [--role staff]');
    process.exit(2);
  }
  try {
    console.log(createToken(user, { ...(ttl ? { ttl: Number(ttl) } : {}), ...(role ? { role } : {}) }));
  } catch (error) {
    console.error(`token.mjs: ${error.message}`);
    process.exit(2);
  }
}
