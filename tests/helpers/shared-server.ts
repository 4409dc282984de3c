/**
 * One account's server in memory, and a storage adapter per device over it, keeping the contract of
 * `createHttpStorage` (src/core/storage/contract.ts): asynchronous reads and writes, compare-and-set
 * (`ConflictError` when the stored text is not the one the element last read), and `subscribe`, which
 * pushes a text another device stored (as the adapter's live updates do). Nothing leaves the page.
 */
import { ConflictError, type SetItemOptions, type StorageLike, type StorageListener } from '../../src/core/storage/contract.js';

export class SharedServer {
  readonly docs = new Map<string, string>();
  readonly #devices = new Set<{ notify(key: string, text: string | null, from: object): void }>();

  /** A device's adapter: its own object (as a second browser has its own), over this server. */
  device(label = 'device', delay = 5): StorageLike {
    const listeners = new Map<string, Set<StorageListener>>();
    const wait = () => new Promise((r) => setTimeout(r, delay));
    const docs = this.docs;
    const push = (key: string, text: string | null) => this.#push(key, text, adapter);
    const me = {
      notify(key: string, text: string | null, from: object) {
        if (from === adapter) return;
        for (const l of listeners.get(key) ?? []) l(text);
      },
    };
    this.#devices.add(me);
    const adapter: StorageLike = {
      label,
      async getItem(key) {
        await wait();
        return docs.get(key) ?? null;
      },
      async setItem(key, value, options?: SetItemOptions) {
        await wait();
        if (options && 'expected' in options && (docs.get(key) ?? null) !== options.expected) throw new ConflictError();
        docs.set(key, value);
        // Pushed after the write answered, as a server's stream would.
        setTimeout(() => push(key, value), delay);
      },
      async removeItem(key) {
        await wait();
        docs.delete(key);
        setTimeout(() => push(key, null), delay);
      },
      subscribe(key, listener) {
        let set = listeners.get(key);
        if (!set) listeners.set(key, (set = new Set()));
        set.add(listener);
        return () => set!.delete(listener);
      },
    };
    return adapter;
  }

  #push(key: string, text: string | null, from: object): void {
    for (const d of this.#devices) d.notify(key, text, from);
  }
}
