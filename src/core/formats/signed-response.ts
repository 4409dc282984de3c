/**
 * Signed supervisor responses (#31): what a board's server sends back when the supervisor answered
 * through it, and how the kit checks it. The server signs two JSON texts with Ed25519:
 * - the **statement** (for the intern's kit only): the answers, the quote, the reference, who and when;
 * - the **attestation** (public, behind the `verify` URL): the same without the answers, for a résumé.
 * The kit verifies the exact bytes it received (no re-serialising) with WebCrypto, against the public
 * key the host's own server publishes (`GET {url}/responses/keys`), so only that server could have
 * written them; the intern cannot change a word without the check failing.
 */
import { bool, list, num, obj, text, type Rule } from '../schema.js';
import type { SupervisorResponse } from './feedback-link.js';

/** A public key as the server lists it. */
export interface ResponseKey {
  kid: string;
  alg: 'Ed25519';
  /** `{ kty: 'OKP', crv: 'Ed25519', x }` */
  jwk: { kty: string; crv: string; x: string };
}

/** What the server answers the intern once the supervisor replied. */
export interface SignedResponse {
  /** The statement, a JSON text, exactly as signed. */
  statement: string;
  signature: string;
  /** The public attestation, a JSON text, exactly as signed. */
  attestation: string;
  attestationSignature: string;
  kid: string;
}

/** What the kit keeps of a verified response: enough for anyone to check it again, without the answers. */
export interface ResponseVerification {
  /** The board that signed it ("Jobs Example"). */
  issuer: string;
  /** When the supervisor sent it (ISO date-time, from the signed text). */
  at: string;
  /** A public URL the board's server answers with the attestation and its signature. */
  url: string;
  kid: string;
  attestation: string;
  signature: string;
}

/** The stored shape's rule (for elements that keep a verification). */
export const verificationRule = obj({ issuer: text(300), at: text(40), url: text(2000), kid: text(200), attestation: text(8000), signature: text(200) }) as unknown as Rule<ResponseVerification>;

/** Why a signed response was refused. */
export class VerificationError extends Error {
  override name = 'VerificationError';
}

function bytes(base64url: string): Uint8Array {
  const binary = atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Whether `signature` (base64url) is `key`'s Ed25519 signature of the UTF-8 bytes of `message`. */
export async function verifyEd25519(key: ResponseKey, message: string, signature: string): Promise<boolean> {
  try {
    const subtle = globalThis.crypto.subtle;
    const k = await subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: key.jwk.x }, { name: 'Ed25519' }, false, ['verify']);
    return await subtle.verify({ name: 'Ed25519' }, k, bytes(signature) as BufferSource, new TextEncoder().encode(message) as BufferSource);
  } catch {
    return false;
  }
}

const statementRule = obj(
  { v: num(1, 1), typ: text(40), iss: text(300), kid: text(200), id: text(200), to: text(300), from: text(300), at: text(40), verify: text(2000), answers: list(obj({ id: text(200), text: text(2000), answer: text(20_000) }), 40) },
  { quote: text(2000), ref: bool() },
);
type Statement = { typ: string; iss: string; kid: string; id: string; to: string; from: string; at: string; verify: string; answers: { id: string; text: string; answer: string }[]; quote?: string; ref?: boolean };
type Attestation = { typ: string; iss: string; kid: string; to: string; from: string; at: string; verify: string; quote?: string; ref?: boolean };

function parse<T>(json: string, typ: string): T {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new VerificationError('not JSON');
  }
  const v = value as { typ?: unknown; v?: unknown };
  if (!v || typeof v !== 'object' || v.typ !== typ || v.v !== 1) throw new VerificationError(`not a ${typ}`);
  return value as T;
}

/**
 * Checks both signatures of a response for the link `id` against the server's keys and returns the
 * response (from the signed text only) and what to keep. Throws {@link VerificationError}.
 */
export async function openSignedResponse(signed: SignedResponse, id: string, keys: readonly ResponseKey[]): Promise<{ response: SupervisorResponse; verification: ResponseVerification }> {
  const key = keys.find((k) => k.kid === signed.kid && k.alg === 'Ed25519');
  if (!key) throw new VerificationError('unknown key');
  const [a, b] = await Promise.all([verifyEd25519(key, signed.statement, signed.signature), verifyEd25519(key, signed.attestation, signed.attestationSignature)]);
  if (!a || !b) throw new VerificationError('bad signature');
  const s = parse<Statement>(signed.statement, 'sf-response');
  const att = parse<Attestation>(signed.attestation, 'sf-reference');
  const issues: string[] = [];
  statementRule(s, '$', issues);
  if (issues.length || s.id !== id || s.kid !== key.kid) throw new VerificationError('not this request');
  if (att.from !== s.from || att.to !== s.to || att.quote !== s.quote || att.ref !== s.ref || att.at !== s.at || att.verify !== s.verify || att.iss !== s.iss) {
    throw new VerificationError('the attestation differs from the statement');
  }
  const response: SupervisorResponse = { to: s.to, from: s.from, answers: s.answers.map((x) => ({ id: x.id, text: x.text, answer: x.answer })), date: s.at.slice(0, 10) };
  if (s.quote) response.quote = s.quote;
  if (typeof s.ref === 'boolean') response.reference = s.ref;
  return { response, verification: { issuer: s.iss, at: s.at, url: s.verify, kid: key.kid, attestation: signed.attestation, signature: signed.attestationSignature } };
}

/**
 * Checks a kept verification again: its signature, and that the words shown (who, the quote, the
 * reference) are the signed ones. False when anything was changed after it arrived.
 */
export async function checkVerification(v: ResponseVerification, shown: { from: string; quote?: string; reference?: boolean }, keys: readonly ResponseKey[]): Promise<boolean> {
  const key = keys.find((k) => k.kid === v.kid && k.alg === 'Ed25519');
  if (!key || !(await verifyEd25519(key, v.attestation, v.signature))) return false;
  try {
    const a = parse<Attestation>(v.attestation, 'sf-reference');
    return a.from === shown.from && (a.quote ?? '') === (shown.quote ?? '') && a.ref === shown.reference && a.iss === v.issuer && a.at === v.at && a.verify === v.url;
  } catch {
    return false;
  }
}
