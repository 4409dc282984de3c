// Bearer tokens for the reference server: `<base64url(JSON {sub, exp})>.<base64url(HMAC-SHA256)>`.
// A job board replaces this with its own session check (see README.md); the server only needs a user id.
// CLI: node examples/sync-server/token.mjs <user> [ttl-seconds]  → prints a token (SYNC_SECRET from the env).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { pathToFileURL } from 'node:url';

/** Development default; the server refuses it when NODE_ENV=production. */
export const DEV_SECRET = 'strong-finish-dev-secret-not-for-production';
export const USER_ID = /^[A-Za-z0-9._@+-]{1,128}$/;

export const secretFromEnv = (env = process.env) => env.SYNC_SECRET || DEV_SECRET;

const sign = (payload, secret) => createHmac('sha256', secret).update(payload).digest('base64url');

/** A token for `user`, valid for `ttl` seconds. */
export function createToken(user, { secret = secretFromEnv(), ttl = 12 * 3600, now = Date.now() } = {}) {
  if (!USER_ID.test(user)) throw new Error(`user id must match ${USER_ID}`);
  const payload = Buffer.from(JSON.stringify({ sub: user, exp: Math.floor(now / 1000) + ttl })).toString('base64url');
  return `${payload}.${sign(payload, secret)}`;
}

/** The user id a token proves, or null (bad signature, expired, malformed). */
export function verifyToken(token, { secret = secretFromEnv(), now = Date.now() } = {}) {
  if (typeof token !== 'string' || token.length > 2048) return null;
  const [payload, mac, extra] = token.split('.');
  if (!payload || !mac || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const { sub, exp } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof sub !== 'string' || !USER_ID.test(sub) || typeof exp !== 'number' || exp * 1000 < now) return null;
    return sub;
  } catch {
    return null;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [user, ttl] = process.argv.slice(2);
  if (!user) {
    console.error('usage: node examples/sync-server/token.mjs <user> [ttl-seconds]');
    process.exit(2);
  }
  try {
    console.log(createToken(user, ttl ? { ttl: Number(ttl) } : {}));
  } catch (error) {
    console.error(`token.mjs: ${error.message}`);
    process.exit(2);
  }
}
