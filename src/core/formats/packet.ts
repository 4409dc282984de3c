/**
 * Packets: JSON that people carry by hand, in a URL fragment or pasted from an e-mail. A packet is
 * `<version>.<base64url of UTF-8 JSON>.<CRC-32 in hex>`: ASCII only, so no mail client, URL parser or
 * reflowing editor changes it, and any string (lone surrogates, NUL, bidi controls) round-trips exactly
 * because JSON.stringify escapes what UTF-8 can't carry. The checksum catches cut, edited or mistyped
 * text; it is not a signature (anyone can make a valid packet), so the content is still untrusted.
 */

/** The packet format this code writes; readers refuse newer ones with a clear message. */
export const PACKET_VERSION = 1;

/** Why a packet was refused. */
export type PacketProblem = 'missing' | 'truncated' | 'tampered' | 'version' | 'invalid' | 'too-long';

export class PacketError extends Error {
  override name = 'PacketError';
  constructor(
    readonly problem: PacketProblem,
    message: string,
  ) {
    super(message);
  }
}

let table: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3, the one zip and PNG use). */
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: String.fromCharCode(...bytes) overflows the stack on large inputs.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

const hex = (n: number) => n.toString(16).padStart(8, '0');

/** Encodes any JSON value as a packet. */
export function encodePacket(data: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(data));
  // The version is inside the checksum, so "2." pasted onto a version-1 body doesn't pass.
  const body = toBase64Url(bytes);
  return `${PACKET_VERSION}.${body}.${hex(crc32(new TextEncoder().encode(`${PACKET_VERSION}.${body}`)))}`;
}

/**
 * Decodes a packet (whitespace and e-mail quote marks inside it are ignored). Throws a
 * {@link PacketError} saying whether it was cut off, changed, from a newer version or not a packet.
 */
export function decodePacket(token: string, maxLength = 200_000): unknown {
  const clean = token.replace(/[\s>]+/g, '');
  if (!clean) throw new PacketError('missing', 'empty');
  if (clean.length > maxLength) throw new PacketError('too-long', `longer than ${maxLength} characters`);
  const parts = clean.split('.');
  const version = Number(parts[0]);
  if (!/^\d+$/.test(parts[0])) throw new PacketError('invalid', 'no version');
  if (version > PACKET_VERSION) throw new PacketError('version', `version ${version} is newer than ${PACKET_VERSION}`);
  if (version < 1) throw new PacketError('invalid', `version ${version}`);
  // The checksum comes last: without it, the end of the text was lost.
  if (parts.length < 3 || !/^[0-9a-f]{8}$/i.test(parts[2])) throw new PacketError('truncated', 'no checksum at the end');
  if (parts.length > 3) throw new PacketError('tampered', 'extra parts');
  const sum = crc32(new TextEncoder().encode(`${parts[0]}.${parts[1]}`));
  if (hex(sum) !== parts[2].toLowerCase()) throw new PacketError('tampered', 'checksum does not match');
  const bytes = fromBase64Url(parts[1]);
  if (!bytes) throw new PacketError('tampered', 'not base64url');
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    throw new PacketError('invalid', 'not JSON');
  }
}

const BEGIN = '-----BEGIN STRONG FINISH RESPONSE-----';
const END = '-----END STRONG FINISH RESPONSE-----';

/** A packet as lines a person can paste: a BEGIN line, the packet in 64-character lines, an END line. */
export function packetBlock(data: unknown): string {
  const token = encodePacket(data);
  const lines = token.match(/.{1,64}/g) ?? [];
  return [BEGIN, ...lines, END].join('\n');
}

/**
 * Finds the block in pasted text (a whole e-mail, a reply with "> " quotes, extra spaces) and decodes it.
 * Throws a {@link PacketError}: `missing` when there is no block, `truncated` when its end is missing.
 */
export function readPacketBlock(text: string): unknown {
  const flat = text.replace(/\r\n?/g, '\n');
  const marker = (m: string) => new RegExp(m.replace(/-+/g, '-+').replace(/ /g, '\\s+'), 'i');
  const begin = marker(BEGIN).exec(flat);
  if (!begin) throw new PacketError('missing', 'no BEGIN line');
  const rest = flat.slice(begin.index + begin[0].length);
  const end = marker(END).exec(rest);
  if (!end) throw new PacketError('truncated', 'no END line');
  return decodePacket(rest.slice(0, end.index));
}
