import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describeElement, warnOnce } from './warn.js';
import type { StorageLike } from './storage/contract.js';

export type { StorageLike, SetItemOptions, StorageListener } from './storage/contract.js';

export type StorageMode = 'local' | 'session' | 'none';

/**
 * Where saving stands, for the widget's notice:
 * - `saved` / `pending` / `loading`: all is well;
 * - `memory`: the host chose `storage="none"`;
 * - `unavailable`: storage is blocked (sandboxed iframe, privacy mode);
 * - `full`: quota exceeded;
 * - `failed`: the host adapter rejected or hung;
 * - `unreadable`: stored data is corrupt or from a newer version; it is left untouched.
 */
export type SaveStatus = 'saved' | 'pending' | 'loading' | 'memory' | 'unavailable' | 'full' | 'failed' | 'unreadable';

export const TROUBLE: ReadonlySet<SaveStatus> = new Set(['unavailable', 'full', 'failed', 'unreadable']);

/** Stored as `{ v, savedAt, data }` so a later version can migrate or refuse what it can't read. */
export interface Envelope {
  v: number;
  savedAt: string;
  data: unknown;
}

export interface PersistenceOptions {
  /** Current schema version of `data`. */
  version: number;
  /** `migrations[n]` turns version n data into version n + 1. */
  migrations?: Record<number, (data: unknown) => unknown>;
  /** Applies stored data (already migrated); `undefined` means nothing is stored. */
  apply(data: unknown): void;
  /** The data to store now. */
  snapshot(): unknown;
  /** Debounce for user edits, in ms. */
  delay?: number;
  /** How long a host adapter may take before the status says "failed", in ms. */
  timeout?: number;
}

/** A Storage that lives in memory (used for `storage="none"`). */
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

function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; code?: number };
  return e?.name === 'QuotaExceededError' || e?.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e?.code === 22 || e?.code === 1014;
}

function isPromise<T>(value: unknown): value is Promise<T> {
  return typeof (value as Promise<T>)?.then === 'function';
}

/**
 * Saves and restores one element's data. It keeps working from memory whatever storage does, never
 * writes over data it could not read, warns once per fault and tells the host element the status.
 */
export class PersistenceController implements ReactiveController {
  status: SaveStatus = 'memory';
  savedAt?: Date;
  key = '';

  #host: ReactiveControllerHost & HTMLElement;
  #options: PersistenceOptions;
  #storage?: StorageLike;
  #area?: Storage;
  /** Set when stored data could not be read: writing would destroy it. */
  #blocked = false;
  /** Set by user edits made before an async load finished, so the load never replaces them. */
  #dirty = false;
  /** Set while a host adapter's read is in flight: a write now would replace data not yet read. */
  #reading = false;
  #timer?: ReturnType<typeof setTimeout>;
  #generation = 0;
  #onStorage = (event: StorageEvent) => {
    if (event.key === this.key && this.#area && event.storageArea === this.#area && !this.#timer) {
      this.#read();
    }
  };
  #onPageHide = () => this.flush();

  constructor(host: ReactiveControllerHost & HTMLElement, options: PersistenceOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('storage', this.#onStorage);
    window.addEventListener('pagehide', this.#onPageHide);
  }

  hostDisconnected(): void {
    this.flush();
    window.removeEventListener('storage', this.#onStorage);
    window.removeEventListener('pagehide', this.#onPageHide);
  }

  /** Points the controller at a storage and key, and reads what is there. */
  configure(mode: StorageMode, key: string, adapter?: StorageLike): void {
    this.flush();
    this.key = key;
    this.#blocked = false;
    this.#reading = false;
    this.#area = undefined;
    this.#storage = undefined;
    if (adapter) {
      this.#storage = adapter;
    } else if (mode === 'none') {
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
    this.#read();
  }

  #read(): void {
    const generation = ++this.#generation;
    let raw: string | null | Promise<string | null>;
    try {
      raw = this.#storage!.getItem(this.key);
    } catch (error) {
      this.#fault('unavailable', 'storage', `could not read (${(error as Error).name})`);
      return;
    }
    if (isPromise<string | null>(raw)) {
      this.#reading = true;
      this.#setStatus('loading');
      const timer = setTimeout(() => {
        if (generation === this.#generation && this.status === 'loading') {
          this.#fault('failed', 'adapter', 'the adapter did not answer');
        }
      }, this.#options.timeout ?? 5000);
      raw.then(
        (text) => {
          clearTimeout(timer);
          if (generation !== this.#generation) return;
          this.#reading = false;
          if (this.#dirty) {
            // The user typed while we waited: keep their words and store them.
            this.#setStatus('pending');
            this.scheduleSave();
          } else this.#accept(text);
        },
        (error: unknown) => {
          clearTimeout(timer);
          if (generation !== this.#generation) return;
          this.#reading = false;
          this.#blocked = true; // unknown what is stored: never overwrite it
          this.#fault('failed', 'adapter', `the adapter failed to read (${String(error)})`);
        },
      );
    } else this.#accept(raw);
  }

  #accept(text: string | null): void {
    if (text === null || text === undefined) {
      this.#options.apply(undefined);
      this.#setStatus('saved');
      return;
    }
    let envelope: Envelope;
    try {
      envelope = JSON.parse(text) as Envelope;
      if (typeof envelope !== 'object' || envelope === null || typeof envelope.v !== 'number') throw new Error('no version');
    } catch {
      this.#blocked = true;
      this.#fault('unreadable', 'corrupt', 'saved data is not valid JSON');
      return;
    }
    if (envelope.v > this.#options.version) {
      this.#blocked = true;
      this.#fault('unreadable', 'newer', `saved data comes from a newer version (${envelope.v})`);
      return;
    }
    let data = envelope.data;
    for (let v = envelope.v; v < this.#options.version; v++) {
      const migrate = this.#options.migrations?.[v];
      if (migrate) data = migrate(data);
    }
    this.#options.apply(data);
    this.savedAt = envelope.savedAt ? new Date(envelope.savedAt) : undefined;
    this.#setStatus('saved');
  }

  /** Saves after a short pause (user edits). */
  scheduleSave(): void {
    this.#dirty = true;
    if (!this.#storage || this.#blocked) return;
    if (this.status === 'saved') this.#setStatus('pending');
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.saveNow(), this.#options.delay ?? 300);
  }

  /** Writes pending changes now, if any. */
  flush(): void {
    if (this.#timer) this.saveNow();
  }

  /** Saves immediately (programmatic `value` assignments). */
  saveNow(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#reading) {
      // Stored data is still being read: keep the change (it wins) and save once the read is done.
      this.#dirty = true;
      return;
    }
    if (!this.#storage || this.#blocked) return;
    const envelope: Envelope = { v: this.#options.version, savedAt: new Date().toISOString(), data: this.#options.snapshot() };
    let result: void | Promise<void>;
    try {
      result = this.#storage.setItem(this.key, JSON.stringify(envelope));
    } catch (error) {
      if (isQuotaError(error)) {
        this.#fault('full', 'quota', 'browser storage is full');
      } else {
        this.#fault('unavailable', 'write', `could not save (${(error as Error).name})`);
      }
      return;
    }
    const done = () => {
      this.#dirty = false;
      this.savedAt = new Date(envelope.savedAt);
      this.#setStatus('saved');
    };
    if (isPromise<void>(result)) {
      const generation = this.#generation;
      const timer = setTimeout(() => {
        if (generation === this.#generation && this.status !== 'saved') {
          this.#fault('failed', 'adapter', 'the adapter did not confirm the save');
        }
      }, this.#options.timeout ?? 5000);
      this.#setStatus('pending');
      result.then(
        () => {
          clearTimeout(timer);
          done();
        },
        (error: unknown) => {
          clearTimeout(timer);
          this.#fault('failed', 'adapter', `the adapter failed to save (${String(error)})`);
        },
      );
    } else done();
  }

  /** Removes this element's stored data (for "clear my data"). */
  async clear(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#blocked = false;
    if (!this.#storage) return;
    try {
      await this.#storage.removeItem(this.key);
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
