/**
 * The storage-adapter contract, shared by the persistence controller (which calls it) and
 * `createHttpStorage()` (which implements it). A plain `localStorage` satisfies it as it is.
 */

/** The optional third argument of `setItem`: compare-and-set. */
export interface SetItemOptions {
  /**
   * The exact text the element last read for this key (`null` when nothing was stored). An adapter that
   * supports compare-and-set rejects with a {@link ConflictError} when the stored text is no longer this.
   */
  expected: string | null;
}

/** Called with the new stored text (or `null` when it was removed) when it changed elsewhere. */
export type StorageListener = (text: string | null) => void;

/**
 * The shape of `localStorage`; a host's own adapter may return promises instead of values.
 * - `getItem` resolves `null` only when nothing is stored, and rejects on any failure.
 * - `setItem` may honour `options.expected` (compare-and-set) and reject with `ConflictError`.
 * - `setItem` rejects with a {@link QueuedError} (or any error with `queued: true`) when it could not store
 *   the text yet but kept it and sends it by itself; the element then says "Not saved yet — retrying".
 * - `subscribe`, when present, pushes changes made elsewhere; it returns an unsubscribe function.
 * - `label`, when present, names where data is saved ("Saved to your Jobs Section account").
 */
export interface StorageLike {
  getItem(key: string): string | null | Promise<string | null>;
  setItem(key: string, value: string, options?: SetItemOptions): void | Promise<void>;
  removeItem(key: string): void | Promise<void>;
  subscribe?(key: string, listener: StorageListener): () => void;
  label?: string;
}

/** The stored text changed since it was read: re-read, merge and write again. */
export class ConflictError extends Error {
  override name = 'ConflictError';
  constructor(message = 'The stored data changed since it was read') {
    super(message);
  }
}

/** The host's session ended (HTTP 401/403): the intern must sign in again; nothing was written. */
export class AuthError extends Error {
  override name = 'AuthError';
  constructor(message = 'Sign in again to save') {
    super(message);
  }
}

/**
 * The browser is offline: the adapter kept the text and sends it when the connection is back. The
 * element shows "Not saved yet: offline" and saves again on the `online` event.
 */
export class OfflineError extends Error {
  override name = 'OfflineError';
  constructor(message = 'Offline: not saved yet') {
    super(message);
  }
}

/**
 * The text was not stored yet, but the adapter kept it and sends it by itself (a queue retried in the
 * background): the element says "Not saved yet — retrying" (politely, not as an alert) and keeps the
 * edit. `sent`, when given, settles with that text: it resolves once the text is stored, and rejects when
 * the adapter gives up on it (refused for good, signed out), so the element can say the edit is not
 * saved. Without `sent`, the adapter should push the stored text to `subscribe` listeners once it lands.
 * Matched by `name`, or by `queued: true` on any error.
 */
export class QueuedError extends Error {
  override name = 'QueuedError';
  readonly queued = true;
  constructor(
    message = 'Not saved yet: kept and retrying',
    readonly sent?: Promise<void>,
  ) {
    super(message);
  }
}

/** Errors are matched by `name`, so adapters written without this module (or across realms) work too. */
export const isErrorNamed = (error: unknown, name: 'ConflictError' | 'AuthError' | 'OfflineError' | 'QueuedError'): boolean =>
  (error as { name?: unknown } | null)?.name === name;

/** The adapter kept the text and will send it itself: a `QueuedError`, or any error with `queued: true`. */
export const isQueued = (error: unknown): boolean => isErrorNamed(error, 'QueuedError') || (error as { queued?: unknown } | null)?.queued === true;
