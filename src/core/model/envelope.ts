/**
 * The stored shape of one element's data under one key: `{ v, savedAt, pack?, data }`. `v` is the shape
 * of `data` (it rises whenever the shape changes, with a migration from every earlier `v`); `pack` names
 * the programme pack the data was merged with. Fields of the envelope this build does not know are kept
 * when it writes again (a newer build may have put them there).
 */
export interface Envelope {
  v: number;
  /** ISO time of the write. */
  savedAt: string;
  /** The programme pack the data follows, if any (issue #30). */
  pack?: { id: string; version: string | number };
  data: unknown;
  [extra: string]: unknown;
}

/** `migrations[n]` turns version `n` data into version `n + 1`. A missing step means "nothing to change". */
export type Migrations = Readonly<Record<number, (data: unknown) => unknown>>;

/** What reading stored text found. */
export type ReadResult =
  /** Nothing is stored. */
  | { kind: 'none' }
  /** Not JSON, or not an envelope: leave it untouched. */
  | { kind: 'corrupt' }
  /**
   * Written by a newer build (`v` above this build's): `data` is as stored (not migrated). Show what can
   * be shown, never write over it.
   */
  | { kind: 'newer'; v: number; data: unknown; savedAt?: Date; envelope: Envelope }
  /** Readable: `data` migrated to this build's version; `from` is the stored version. */
  | { kind: 'ok'; from: number; data: unknown; savedAt?: Date; envelope: Envelope };

/** Runs `migrations` on `data` from version `from` up to `to`. */
export function migrate(data: unknown, from: number, to: number, migrations: Migrations = {}): unknown {
  let out = data;
  for (let v = from; v < to; v++) {
    const step = migrations[v];
    if (step) out = step(out);
  }
  return out;
}

const dateOf = (iso: unknown): Date | undefined => {
  if (typeof iso !== 'string' || !iso) return undefined;
  const d = new Date(iso);
  return Number.isNaN(d.valueOf()) ? undefined : d;
};

/** Parses stored text: nothing, corrupt, newer than `version`, or migrated data. Never throws. */
export function readEnvelope(text: string | null | undefined, version: number, migrations?: Migrations): ReadResult {
  if (text === null || text === undefined) return { kind: 'none' };
  let envelope: Envelope;
  try {
    envelope = JSON.parse(text) as Envelope;
  } catch {
    return { kind: 'corrupt' };
  }
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope) || typeof envelope.v !== 'number' || !Number.isInteger(envelope.v) || envelope.v < 0) return { kind: 'corrupt' };
  const savedAt = dateOf(envelope.savedAt);
  if (envelope.v > version) return { kind: 'newer', v: envelope.v, data: envelope.data, savedAt, envelope };
  let data: unknown;
  try {
    data = migrate(envelope.data, envelope.v, version, migrations);
  } catch {
    return { kind: 'corrupt' };
  }
  return { kind: 'ok', from: envelope.v, data, savedAt, envelope };
}

/**
 * The envelope to store: this build's version and data, the previous envelope's other fields (`pack`,
 * and any a newer build added) kept.
 */
export function writeEnvelope(version: number, data: unknown, savedAt: Date, previous?: Envelope): Envelope {
  const { v: _v, savedAt: _s, data: _d, ...rest } = previous ?? ({} as Envelope);
  return { ...rest, v: version, savedAt: savedAt.toISOString(), data };
}
