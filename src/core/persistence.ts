import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describeElement, warnOnce } from './warn.js';
import { isErrorNamed, isQueued, type StorageLike } from './storage/contract.js';
import { jsonEqual, merge3 } from './storage/merge.js';
import { join, publish, type Peer } from './storage/bus.js';
import { readEnvelope, writeEnvelope, type Envelope, type Migrations } from './model/envelope.js';

export type { StorageLike, SetItemOptions, StorageListener } from './storage/contract.js';

export type StorageMode = 'local' | 'session' | 'none';

/**
 * Where saving stands, for the widget's notice:
 * - `saved` / `pending`: all is well;
 * - `loading`: saved data is being read; editing waits (nothing may be saved over data not yet read);
 * - `timeout`: the read has not answered in time; nothing is saved until it does (the user may retry);
 * - `memory`: the host chose `storage="none"`;
 * - `unavailable`: storage is blocked (sandboxed iframe, privacy mode);
 * - `full`: quota exceeded;
 * - `failed`: the host adapter rejected or hung (a failed read can be retried);
 * - `auth`: the adapter says the intern must sign in again;
 * - `offline`: the adapter is offline; saving again when the browser is back online;
 * - `retrying`: the adapter could not store the edit yet but keeps it and sends it itself (`QueuedError`);
 * - `unreadable`: stored data is corrupt; it is left untouched;
 * - `newer`: stored data was saved by a newer version of the page: shown as far as this build can, never
 *   written over; edits stay in memory until the page is reloaded.
 */
export type SaveStatus = 'saved' | 'pending' | 'loading' | 'timeout' | 'memory' | 'unavailable' | 'full' | 'failed' | 'auth' | 'offline' | 'retrying' | 'unreadable' | 'newer';

export const TROUBLE: ReadonlySet<SaveStatus> = new Set(['timeout', 'unavailable', 'full', 'failed', 'auth', 'offline', 'retrying', 'unreadable', 'newer']);

/** Stored as `{ v, savedAt, pack?, data }` so a later version can migrate or refuse what it can't read (src/core/model/). */
export type { Envelope };

export interface PersistenceOptions {
  /** Current schema version of `data`. */
  version: number;
  /** `migrations[n]` turns version n data into version n + 1. */
  migrations?: Migrations;
  /** Envelope fields to write besides `v`, `savedAt` and `data` (the pack the data follows). */
  meta?(): Partial<Omit<Envelope, 'v' | 'savedAt' | 'data'>> | undefined;
  /** Applies stored (or merged) data, already migrated; `undefined` means nothing is stored. */
  apply(data: unknown): void;
  /** The data to store now. */
  snapshot(): unknown;
  /** Changes from elsewhere were merged into unsaved edits here; `conflicts` fields were edited on both sides. */
  merged?(conflicts: number): void;
  /** Debounce for user edits, in ms. */
  delay?: number;
  /** How long a host adapter may take before the status says so, in ms. */
  timeout?: number;
}

/** A Storage that lives in memory. */
export class MemoryStorage implements StorageLike {
  #items = new Map<string, string>();
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.#items.set(key, String(value));
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
}

/** How many times one save re-reads and merges after a conflict before giving up. */
const MAX_CONFLICTS = 5;

function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; code?: number };
  return e?.name === 'QuotaExceededError' || e?.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e?.code === 22 || e?.code === 1014;
}

function isPromise<T>(value: unknown): value is Promise<T> {
  return typeof (value as Promise<T>)?.then === 'function';
}

const copy = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

let persistAsked = false;
/**
 * Asks the browser to keep local data under storage pressure, once per page, and only where it is
 * granted without a prompt (Chromium decides silently; Firefox would show a prompt, so it is skipped).
 */
async function persistQuietly(): Promise<void> {
  if (persistAsked) return;
  persistAsked = true;
  try {
    const storage = navigator.storage;
    if (!storage?.persist || (await storage.persisted?.())) return;
    const state = await navigator.permissions?.query({ name: 'persistent-storage' as PermissionName });
    if (state?.state === 'granted') await storage.persist();
  } catch {
    /* not supported here: local data stays "best effort" */
  }
}

/** For tests: lets the next local save ask again. @internal */
export function resetPersistRequest(): void {
  persistAsked = false;
}

const STORAGE_MODES: readonly StorageMode[] = ['local', 'session', 'none'];

/**
 * Saves and restores one element's data. It keeps working from memory whatever storage does, never
 * writes over data it has not read (or could not read), merges instead of overwriting when the stored
 * data changed since it was read (another device, tab or instance), and tells the host the status.
 */
export class PersistenceController implements ReactiveController {
  status: SaveStatus = 'memory';
  savedAt?: Date;
  key = '';
  /** True when saving to `localStorage`/`sessionStorage` (so "Saved in this browser" is true). */
  inBrowser = false;
  /** The adapter's own name for where data is saved, if it gave one. */
  label?: string;

  #host: ReactiveControllerHost & HTMLElement;
  #options: PersistenceOptions;
  #storage?: StorageLike;
  #area?: Storage;
  #mode: StorageMode = 'none';
  /** Set when stored data could not be read: writing would destroy it. */
  #blocked = false;
  /** Set once stored data (or its absence) has been read: before that nothing is written. */
  #loaded = false;
  /** The exact text last read or written (`expected` for compare-and-set), and its data: the merge base. */
  #baseText: string | null = null;
  #baseData: unknown;
  /** The envelope last read or written: its other fields (a newer build's, the pack) are written again. */
  #baseEnvelope?: Envelope;
  /** Changes here not yet saved, counted so a save that finishes after a newer edit leaves it pending. */
  #dirty = false;
  #edits = 0;
  #editedAt = 0;
  /** A host `value` assigned before the read: it replaces what is stored instead of merging with it. */
  #hostWins = false;
  #loadBase: unknown;
  #saving = false;
  #conflicts = 0;
  #timer?: ReturnType<typeof setTimeout>;
  #generation = 0;
  #leave?: () => void;
  #unsubscribe?: () => void;
  #peer: Peer;
  #onStorage = (event: StorageEvent) => {
    // What is stored now, not `newValue`: the event may arrive after this page wrote something newer.
    if (event.key === this.key && this.#area && event.storageArea === this.#area) this.#incoming(this.#area.getItem(this.key));
  };
  #onPageHide = () => this.flush();
  #onOnline = () => {
    if (this.status !== 'offline') return;
    if (this.#loaded) this.saveNow();
    else this.retry();
  };

  constructor(host: ReactiveControllerHost & HTMLElement, options: PersistenceOptions) {
    this.#host = host;
    this.#options = options;
    this.#peer = { host, receive: (text) => this.#incoming(text) };
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('storage', this.#onStorage);
    window.addEventListener('pagehide', this.#onPageHide);
    window.addEventListener('online', this.#onOnline);
    this.#listen();
  }

  hostDisconnected(): void {
    this.flush();
    window.removeEventListener('storage', this.#onStorage);
    window.removeEventListener('pagehide', this.#onPageHide);
    window.removeEventListener('online', this.#onOnline);
    this.#stopListening();
  }

  #configured = '';
  #adapterConfigured?: StorageLike;

  /**
   * The host's `storage`, key and adapter as they are now: configures (and reads) only when one of them
   * changed. An unknown `storage` is reported once and read as `local`.
   */
  follow(mode: StorageMode, key: string, adapter?: StorageLike): void {
    if (!STORAGE_MODES.includes(mode)) {
      warnOnce(this.#host, 'core:attr:storage', `${describeElement(this.#host)}: storage="${mode}" is not one of local, session, none; using local.`);
      mode = 'local';
    }
    const signature = `${mode}|${key}`;
    if (signature === this.#configured && adapter === this.#adapterConfigured) return;
    this.#configured = signature;
    this.#adapterConfigured = adapter;
    this.configure(mode, key, adapter);
  }

  /** Points the controller at a storage and key, and reads what is there. */
  configure(mode: StorageMode, key: string, adapter?: StorageLike): void {
    // Pending edits belong to the old place, but never to a storage the host just turned off.
    if (mode !== 'none' || adapter) this.flush();
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#stopListening();
    this.key = key;
    this.#blocked = false;
    this.#loaded = false;
    this.#saving = false;
    this.#baseText = null;
    this.#loadBase = undefined;
    this.#area = undefined;
    this.#storage = undefined;
    this.label = adapter?.label;
    this.#mode = mode;
    this.inBrowser = !adapter && mode !== 'none';
    if (adapter) {
      this.#storage = adapter;
    } else if (mode === 'none') {
      this.#generation++;
      this.#setStatus('memory');
      return;
    } else {
      try {
        // Reading the property itself throws a SecurityError in sandboxed iframes.
        this.#area = mode === 'session' ? window.sessionStorage : window.localStorage;
        this.#storage = this.#area;
      } catch (error) {
        this.#fault('unavailable', 'storage', `${mode}Storage not available (${(error as Error).name})`);
        return;
      }
    }
    if (this.#host.isConnected) this.#listen();
    this.#read();
  }

  /** True while stored data has not been read (failed or timed out), so "Try again" can help. */
  get canRetry(): boolean {
    return !!this.#storage && !this.#loaded && !this.#blocked;
  }

  /**
   * True when saved data exists somewhere but could not be read yet (offline, failed, timed out, signed
   * out): what is shown is not the intern's saved work, and edits made now are merged into it once read.
   */
  get notLoaded(): boolean {
    return this.canRetry && this.status !== 'loading';
  }

  /** Reads again after a failed or timed-out read ("Try again"). */
  retry(): void {
    if (this.#storage && !this.#loaded) this.#read();
  }

  #listen(): void {
    if (!this.#storage || this.#leave) return;
    this.#leave = join(this.#storage, this.key, this.#peer);
    this.#unsubscribe = this.#storage.subscribe?.(this.key, (text) => this.#incoming(text));
  }

  #stopListening(): void {
    this.#leave?.();
    this.#unsubscribe?.();
    this.#leave = this.#unsubscribe = undefined;
  }

  #read(): void {
    const generation = ++this.#generation;
    // What the user saw when loading began: the base for any change made before a read answers (a
    // retry keeps it, so edits made after a timeout are merged, not taken for what was stored).
    const before = (this.#loadBase ??= copy(this.#options.snapshot()));
    let raw: string | null | Promise<string | null>;
    try {
      raw = this.#storage!.getItem(this.key);
    } catch (error) {
      this.#fault('unavailable', 'storage', `could not read (${(error as Error).name})`);
      return;
    }
    if (!isPromise<string | null>(raw)) {
      this.#received(raw, before);
      return;
    }
    this.#setStatus('loading');
    const timer = setTimeout(() => {
      if (generation === this.#generation && this.status === 'loading') this.#fault('timeout', 'adapter', 'the adapter did not answer; nothing is saved until it does');
    }, this.#options.timeout ?? 5000);
    raw.then(
      (text) => {
        clearTimeout(timer);
        if (generation === this.#generation) this.#received(text ?? null, before);
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (generation !== this.#generation) return;
        // Unknown what is stored: never overwrite it (nothing is written until a read succeeds).
        if (isErrorNamed(error, 'AuthError')) this.#fault('auth', 'auth', 'the adapter says the session ended; sign in again to load and save');
        else if (isErrorNamed(error, 'OfflineError')) this.#fault('offline', 'offline', 'offline; loading again when the browser is back online');
        else this.#fault('failed', 'adapter', `the adapter failed to read (${String(error)})`);
      },
    );
  }

  /** The envelope last read or written (`pack`, and fields a newer build added). */
  get envelope(): Readonly<Envelope> | undefined {
    return this.#baseEnvelope;
  }

  /**
   * Parses stored text; `null` when nothing is stored, `undefined` (after a fault) when it may not be
   * written over: corrupt, or saved by a newer version (shown as far as this build can, while nothing
   * here was edited yet).
   */
  #parse(text: string | null): { data: unknown; savedAt?: Date } | null | undefined {
    const read = readEnvelope(text, this.#options.version, this.#options.migrations);
    if (read.kind === 'none') return null;
    if (read.kind === 'corrupt') {
      this.#blocked = true;
      this.#fault('unreadable', 'corrupt', 'saved data is not valid JSON');
      return undefined;
    }
    if (read.kind === 'newer') {
      this.#blocked = true;
      if (!this.#dirty) this.#options.apply(read.data);
      this.savedAt = read.savedAt;
      this.#fault('newer', 'newer', `saved data comes from a newer version (${read.v}); shown as far as this version can, never written over (reload the page to get the newer version)`);
      return undefined;
    }
    this.#baseEnvelope = read.envelope;
    return { data: read.data, savedAt: read.savedAt };
  }

  /** The first read answered. */
  #received(text: string | null, before: unknown): void {
    const stored = this.#parse(text);
    if (stored === undefined) return;
    this.#loaded = true;
    this.#baseText = text;
    if (this.#hostWins) {
      // The host assigned a value before the read: it replaces what is stored.
      this.#hostWins = false;
      this.#baseData = stored ? stored.data : before;
      this.#setStatus('pending');
      this.saveNow();
    } else if (this.#dirty && stored) {
      // Changed while loading: keep those changes, merged over what was stored (never saved over it).
      const { value } = merge3(before, this.#options.snapshot(), stored.data, { prefer: 'mine' });
      this.#baseData = stored.data;
      this.#options.apply(value);
      this.#setStatus('pending');
      this.saveNow();
    } else {
      this.#options.apply(stored ? stored.data : undefined);
      this.#baseData = stored ? stored.data : this.#dirty ? before : copy(this.#options.snapshot());
      this.savedAt = stored?.savedAt;
      if (this.#dirty) {
        this.#setStatus('pending');
        this.saveNow();
      } else this.#setStatus('saved');
    }
  }

  /**
   * Stored text changed elsewhere (another tab, an instance on this page, the adapter's `subscribe`, or
   * a compare-and-set conflict): merge it with the changes here, three ways.
   */
  #incoming(text: string | null): void {
    if (!this.#loaded || this.#blocked || text === this.#baseText) return;
    const theirs = this.#parse(text);
    if (theirs === undefined) return;
    this.#baseText = text;
    if (!theirs) {
      // Removed elsewhere ("Clear my data" in another tab): keep what is shown; it is saved on the next edit.
      this.#baseData = copy(this.#options.snapshot());
      return;
    }
    if (!this.#dirty) {
      this.#baseData = theirs.data;
      this.#options.apply(theirs.data);
      this.savedAt = theirs.savedAt;
      if (this.status === 'pending' || this.status === 'saved') this.#setStatus('saved');
      return;
    }
    const mine = this.#options.snapshot();
    if (jsonEqual(mine, theirs.data)) {
      // What is stored is what is shown (this page's save, sent later by the adapter's queue once the
      // server was back): saved, not "Not saved" until the next edit.
      this.#baseData = theirs.data;
      this.savedAt = theirs.savedAt;
      if (!this.#saving) {
        clearTimeout(this.#timer);
        this.#timer = undefined;
        this.#dirty = false;
        this.#conflicts = 0;
        this.#setStatus('saved');
      }
      return;
    }
    const prefer = (theirs.savedAt?.valueOf() ?? 0) > this.#editedAt ? 'theirs' : 'mine';
    const { value, conflicts } = merge3(this.#baseData, mine, theirs.data, { prefer });
    this.#baseData = theirs.data;
    // The merge is a change of its own: a save in flight (of `mine`) must not mark it saved.
    this.#edits++;
    if (!jsonEqual(value, mine)) {
      this.#options.apply(value);
      this.#options.merged?.(conflicts);
    }
    // The merge holds edits the stored text lacks: save it, also when no save is pending (after a
    // failed one, nothing else would send it).
    if (!this.#saving) this.#saveSoon();
  }

  #saveSoon(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.saveNow(), this.#options.delay ?? 300);
  }

  /** Records a user edit and saves after a short pause. */
  scheduleSave(): void {
    this.#touch();
    if (!this.#storage || this.#blocked || !this.#loaded) return;
    if (this.status === 'saved') this.#setStatus('pending');
    this.#saveSoon();
  }

  /**
   * Records a host `value` assignment. Saved in a microtask, so a `storage` change made in the same tick
   * (in either order) is applied first; before the first read, the host's value replaces what is stored
   * (unless `replace` is false: then it is merged over what is read).
   */
  assigned(beforeSave: () => void, replace = true): void {
    this.#touch();
    // `replace: false` (the kit's derived changes, such as a tick from its task list): before the read,
    // the change goes on top of what is stored (merged) instead of replacing it.
    if (!this.#loaded && replace) this.#hostWins = true;
    queueMicrotask(() => {
      beforeSave();
      this.saveNow();
    });
  }

  #touch(): void {
    this.#dirty = true;
    this.#edits++;
    this.#editedAt = Date.now();
  }

  /** Writes pending changes now, if any. */
  flush(): void {
    if (this.#timer) this.saveNow();
  }

  /** Saves now if there are changes and it is safe to. */
  saveNow(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    // Not read yet (or unreadable): the change is kept and saved once the read is done.
    if (!this.#dirty || !this.#storage || this.#blocked || !this.#loaded) return;
    if (this.#saving) return; // saved again when the save in flight settles
    if (this.#area) {
      // Web Storage has no compare-and-set; checking just before writing, in the same task, catches a
      // write by another tab or instance since our read.
      let current: string | null;
      try {
        current = this.#area.getItem(this.key);
      } catch (error) {
        this.#fault('unavailable', 'write', `could not read before saving (${(error as Error).name})`);
        return;
      }
      if (current !== this.#baseText) {
        this.#conflict(current);
        return;
      }
    }
    const data = copy(this.#options.snapshot());
    if (this.#baseText !== null && jsonEqual(data, this.#baseData)) {
      // Already stored as it is (a host value equal to what was read, a merge that took theirs): no write.
      this.#dirty = false;
      this.#setStatus('saved');
      return;
    }
    const envelope = writeEnvelope(this.#options.version, data, new Date(), { ...this.#baseEnvelope, ...this.#options.meta?.() } as Envelope);
    const text = JSON.stringify(envelope);
    const edits = this.#edits;
    let result: void | Promise<void>;
    try {
      result = this.#storage.setItem(this.key, text, { expected: this.#baseText });
    } catch (error) {
      this.#saveFailed(error);
      return;
    }
    if (!isPromise<void>(result)) {
      this.#baseEnvelope = envelope;
      this.#saved(text, data, edits, new Date(envelope.savedAt));
      return;
    }
    this.#saving = true;
    const generation = this.#generation;
    const timer = setTimeout(() => {
      if (generation === this.#generation && this.#saving) this.#fault('failed', 'adapter', 'the adapter did not confirm the save');
    }, this.#options.timeout ?? 5000);
    this.#setStatus('pending');
    result.then(
      () => {
        clearTimeout(timer);
        if (generation !== this.#generation) return;
        this.#saving = false;
        this.#baseEnvelope = envelope;
        this.#saved(text, data, edits, new Date(envelope.savedAt));
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (generation !== this.#generation) return;
        this.#saving = false;
        this.#saveFailed(error);
        if (this.status === 'retrying') this.#whenSent(error, text, data, edits, new Date(envelope.savedAt));
        // Edited while that save was in flight: hand the adapter the latest text once, so what it keeps
        // to send later (its queue) is what is shown, not the older text that failed.
        if (edits !== this.#edits && (this.status === 'failed' || this.status === 'retrying')) this.#saveSoon();
      },
    );
  }

  #saved(text: string, data: unknown, edits: number, at: Date): void {
    this.#baseText = text;
    this.#baseData = data;
    this.#conflicts = 0;
    this.savedAt = at;
    if (edits === this.#edits) this.#dirty = false;
    publish(this.#storage!, this.key, this.#peer, text);
    if (this.#mode === 'local' && this.inBrowser) void persistQuietly();
    if (this.#dirty) {
      // Edited while the save was in flight.
      this.#setStatus('pending');
      this.scheduleSave();
    } else this.#setStatus('saved');
  }

  /**
   * The adapter kept the text and sends it itself: once it says it was stored, it is saved (unless edited
   * since, or the adapter already pushed what is stored); once it gives up, the edit is at risk: say so.
   */
  #whenSent(error: unknown, text: string, data: unknown, edits: number, at: Date): void {
    const sent = (error as { sent?: unknown }).sent as Promise<void> | undefined;
    if (typeof sent?.then !== 'function') return;
    const generation = this.#generation;
    sent.then(
      () => {
        if (generation === this.#generation && this.status === 'retrying' && !this.#saving && edits === this.#edits) this.#saved(text, data, edits, at);
      },
      (reason: unknown) => {
        if (generation !== this.#generation || this.status !== 'retrying' || this.#saving) return;
        if (isErrorNamed(reason, 'AuthError')) this.#fault('auth', 'auth', 'the adapter says the session ended; sign in again to save');
        else this.#fault('failed', 'gave-up', `the adapter gave up sending the edit (${String(reason)})`);
      },
    );
  }

  #saveFailed(error: unknown): void {
    if (isQueued(error)) {
      this.#fault('retrying', 'queued', 'the adapter could not store the edit yet; it keeps it and retries');
    } else if (isErrorNamed(error, 'ConflictError')) {
      this.#refetch();
    } else if (isErrorNamed(error, 'AuthError')) {
      this.#fault('auth', 'auth', 'the adapter says the session ended; sign in again to save');
    } else if (isErrorNamed(error, 'OfflineError')) {
      this.#fault('offline', 'offline', 'offline; saving again when the browser is back online');
    } else if (isQuotaError(error)) {
      this.#fault('full', 'quota', 'browser storage is full');
    } else if (this.#area) {
      this.#fault('unavailable', 'write', `could not save (${(error as Error)?.name})`);
    } else {
      this.#fault('failed', 'adapter', `the adapter failed to save (${String(error)})`);
    }
  }

  /** The adapter reported a conflict: read what is stored now, merge, and save again. */
  #refetch(): void {
    const generation = this.#generation;
    let raw: string | null | Promise<string | null>;
    try {
      raw = this.#storage!.getItem(this.key);
    } catch (error) {
      this.#saveFailed(error);
      return;
    }
    if (!isPromise<string | null>(raw)) this.#conflict(raw);
    else
      raw.then(
        (text) => generation === this.#generation && this.#conflict(text ?? null),
        (error: unknown) => generation === this.#generation && this.#fault('failed', 'adapter', `the adapter failed to read after a conflict (${String(error)})`),
      );
  }

  #conflict(current: string | null): void {
    if (++this.#conflicts > MAX_CONFLICTS) {
      this.#conflicts = 0;
      this.#fault('failed', 'conflict', `the stored data kept changing while saving (${MAX_CONFLICTS} tries); will try again on the next edit`);
      return;
    }
    if (current === this.#baseText) {
      // The adapter said "conflict" but reads back what we expected: an adapter that cannot compare; try once more.
      this.saveNow();
      return;
    }
    this.#incoming(current);
    if (!this.#blocked) this.saveNow();
  }

  /** Removes this element's stored data (for "clear my data"). */
  async clear(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#blocked = false;
    this.#dirty = false;
    this.#hostWins = false;
    if (!this.#storage) return;
    try {
      await this.#storage.removeItem(this.key);
      this.#baseText = null;
      this.#baseData = undefined;
      this.#baseEnvelope = undefined;
      this.#loaded = true;
      this.savedAt = undefined;
      this.#setStatus('saved');
    } catch (error) {
      this.#fault('failed', 'remove', `could not remove saved data (${String(error)})`);
    }
  }

  /** Warns once per topic with the element named, then updates the status. */
  #fault(status: SaveStatus, topic: string, detail: string): void {
    warnOnce(this.#host, `storage:${topic}`, `${describeElement(this.#host)} storage "${this.key}": ${detail}; working from memory, stored data untouched.`);
    this.#setStatus(status);
  }

  #setStatus(status: SaveStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.#host.requestUpdate();
  }
}
