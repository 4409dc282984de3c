/**
 * `createHttpStorage()`: a `StorageLike` that talks the sync protocol of docs/job-boards.md
 * ("Sync protocol"; live updates: docs/sync.md) to a job board's backend. No dependencies; runs in
 * browsers and in Node 20+.
 */
import { AuthError, ConflictError, OfflineError, QueuedError, type SetItemOptions, type StorageLike, type StorageListener } from './contract.js';
import { merge3 } from './merge.js';

export interface HttpStorageOptions {
  /** The protocol's base URL, e.g. `https://jobs.example/api/strong-finish/v1`; keys are appended as one segment. */
  url: string;
  /** Sent with every request (e.g. `{ Authorization: 'Bearer …' }`); a function is called per request. */
  headers?: Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);
  /** The `fetch` to use (default: the global one). Cookies: pass one that sets `credentials: 'include'`. */
  fetch?: typeof fetch;
  /** Where data is saved, for the element's status ("Saved to your Jobs Section account"). */
  label?: string;
  /** Retries after a network error or a 5xx (default 4), with exponential backoff and full jitter. */
  retries?: number;
  /** First backoff step in ms (default 250); each retry doubles it, up to `maxDelay` (default 4000). */
  retryDelay?: number;
  maxDelay?: number;
  /** A request that has not answered after this many ms is abandoned and retried (default 8000). */
  requestTimeout?: number;
  /**
   * Live-update streams open at once per origin on this page, across adapters (default 2). Each adapter
   * opens ONE stream for all its keys (`GET {url}/events?keys=…`), shared by the tabs of one account
   * (same `url`, and the same `scope` or fixed `headers`): a browser speaking HTTP/1.1 allows 6
   * connections per host, shared by all tabs, and streams holding them would leave none for saving. A
   * tab's stream closes while it is hidden; another visible tab's takes over.
   */
  maxStreams?: number;
  /**
   * The signed-in account (any stable id). Text queued in the tab while unsent is kept per `url` and per
   * `scope`, and sent only by an adapter with the same ones: on a shared computer, what one account typed
   * offline is never sent with the next account's credentials. With `headers` as a function, tabs share
   * one live-update stream only when they name the same `scope`.
   */
  scope?: string;
}

/** What could not be sent yet, per key, kept in `sessionStorage` so a reload of the tab still sends it. */
interface Queued {
  text: string;
  expected: string | null | undefined;
  etag: string | null | undefined;
}

const QUEUE_PREFIX = 'strong-finish-sync:';

/** A network-level failure, a 5xx, 408 or 429: worth retrying. */
class TransientError extends Error {
  override name = 'TransientError';
}

/** The server refused the request for good (400, 409, 413…): sending it again would not help. */
class RefusedError extends Error {
  override name = 'RefusedError';
}

/** Live-update streams open on this page per origin, and the subscriptions waiting for one to close. */
const streams = new Map<string, { open: number; waiting: Set<() => void> }>();
const hidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';
const onDocument = (type: string, listener: () => void, add = true) => {
  if (typeof document !== 'undefined') document[add ? 'addEventListener' : 'removeEventListener'](type, listener);
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const offline = () => typeof navigator !== 'undefined' && navigator.onLine === false;
const session = (): Storage | undefined => {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined; // sandboxed iframe: no queue, the element still reports "offline"
  }
};

/** The element's envelope (`{ v, savedAt, data }`), or undefined for anything else. */
const envelope = (text: string | null): { v: number; savedAt?: unknown; data: unknown } | null | undefined => {
  if (text === null) return null;
  try {
    const parsed = JSON.parse(text) as { v?: unknown };
    return parsed && typeof parsed === 'object' && typeof parsed.v === 'number' ? (parsed as { v: number; data: unknown }) : undefined;
  } catch {
    return undefined;
  }
};

/** Three-way merge of two envelopes of the same version; undefined when they can't be merged. */
function mergeEnvelopes(baseText: string | null, mineText: string, theirsText: string | null): string | undefined {
  const [base, mine, theirs] = [envelope(baseText), envelope(mineText), envelope(theirsText)];
  if (!mine || base === undefined || theirs === undefined) return undefined;
  if (theirs === null) return mineText; // deleted meanwhile: the queued text is all there is
  if (theirs.v !== mine.v || (base && base.v !== mine.v)) return undefined;
  // The later edit wins where both changed the same field, as in the element.
  const prefer = String(theirs.savedAt ?? '') > String(mine.savedAt ?? '') ? 'theirs' : 'mine';
  const { value } = merge3(base?.data, mine.data, theirs.data, { prefer });
  return JSON.stringify({ ...mine, savedAt: new Date().toISOString(), data: value });
}

/**
 * A storage adapter for `el.storageAdapter` backed by HTTP: `GET`/`PUT`/`DELETE {url}/{key}` with ETags.
 * Compare-and-set maps the element's `expected` text to `If-Match` (or `If-None-Match: *`); a `412`
 * rejects with `ConflictError` so the element merges and saves again. `401`/`403` reject with
 * `AuthError`; while the browser is offline the latest text is queued and `OfflineError` is thrown.
 */
export function createHttpStorage(options: HttpStorageOptions): StorageLike {
  const base = options.url.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const retries = options.retries ?? 4;
  const firstDelay = options.retryDelay ?? 250;
  const maxDelay = options.maxDelay ?? 4000;
  const requestTimeout = options.requestTimeout ?? 8000;
  const maxStreams = options.maxStreams ?? 2;
  /** The ETag of the text last read or written, per key: `expected` is matched against `text`. */
  const known = new Map<string, { text: string; etag: string }>();
  /** Keys whose stored version this adapter has learned (read or written): a reconnecting stream checks them. */
  const tracked = new Set<string>();
  const listeners = new Map<string, Set<StorageListener>>();
  const endpoint = (key: string) => `${base}/${encodeURIComponent(key)}`;

  const request = async (method: string, key: string, init: { body?: string; headers?: Record<string, string> } = {}, suffix = '') => {
    const extra = typeof options.headers === 'function' ? await options.headers() : options.headers;
    for (let attempt = 0; ; attempt++) {
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), requestTimeout);
      try {
        const response = await doFetch(endpoint(key) + suffix, {
          method,
          body: init.body,
          headers: { ...extra, ...init.headers },
          cache: 'no-store',
          signal: abort.signal,
        });
        if (response.status >= 500 || response.status === 408 || response.status === 429) throw new TransientError(`HTTP ${response.status}`);
        if (response.status === 401 || response.status === 403) throw new AuthError();
        return response;
      } catch (error) {
        const transient = error instanceof TransientError || (error as Error).name === 'TypeError' || (error as Error).name === 'AbortError';
        if (!transient || offline() || attempt >= retries) throw error;
        // Full jitter: many interns retrying after one outage don't come back in step.
        await sleep(Math.random() * Math.min(maxDelay, firstDelay * 2 ** attempt));
      } finally {
        clearTimeout(timer);
      }
    }
  };

  const read = async (key: string): Promise<{ text: string; etag: string } | null> => {
    const response = await request('GET', key);
    tracked.add(key);
    if (response.status === 404) {
      known.delete(key);
      return null;
    }
    if (!response.ok) throw new Error(`Could not read "${key}": HTTP ${response.status}`);
    // Not response.text(): it drops a leading byte-order mark, and the text must come back byte for byte.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    const current = { text, etag: response.headers.get('ETag') ?? '' };
    known.set(key, current);
    return current;
  };

  /** One conditional PUT; resolves when the server holds `text`. */
  const write = async (key: string, text: string, expected: string | null | undefined): Promise<void> => {
    const headers: Record<string, string> = { 'Content-Type': 'text/plain; charset=utf-8' };
    if (expected === null) headers['If-None-Match'] = '*';
    else if (expected !== undefined) {
      let remembered = known.get(key);
      if (remembered?.text !== expected) remembered = (await read(key)) ?? undefined;
      // What is stored is no longer what the element read: let it merge.
      if (remembered?.text !== expected) throw new ConflictError();
      headers['If-Match'] = remembered.etag;
    }
    let response: Response;
    try {
      response = await request('PUT', key, { body: text, headers });
    } catch (error) {
      throw error instanceof TransientError ? new Error(`Could not save "${key}": ${error.message}`) : error;
    }
    if (response.status === 412) {
      // The reply to an earlier attempt may have been lost after the write landed: if the server
      // holds exactly our text, the write succeeded (no duplicate, no spurious conflict).
      const current = await read(key);
      if (current?.text === text) return;
      throw new ConflictError();
    }
    if (!response.ok) {
      const detail = await response.json().catch(() => ({}) as { message?: string });
      throw new RefusedError(`Could not save "${key}": HTTP ${response.status} ${(detail as { message?: string }).message ?? ''}`.trim());
    }
    known.set(key, { text, etag: response.headers.get('ETag') ?? '' });
    tracked.add(key);
  };

  // sessionStorage survives a reload of the tab; where it is missing (Node, a sandboxed iframe) the
  // queue lives as long as the page.
  const memory = new Map<string, string>();
  // Queued under the url (and the account, when the host names it): never sent to another backend or account.
  const prefix = `${QUEUE_PREFIX}${options.scope === undefined ? '' : `${encodeURIComponent(options.scope)}@`}${base}\n`;
  const area = () => session() ?? { getItem: (k: string) => memory.get(k) ?? null, setItem: (k: string, v: string) => void memory.set(k, v), removeItem: (k: string) => void memory.delete(k) };
  const queue = {
    /** True when the entry is kept. */
    put(key: string, entry: Queued): boolean {
      try {
        area().setItem(prefix + key, JSON.stringify(entry));
        return true;
      } catch {
        // Full or blocked: the element keeps the text in memory and saves again when back online.
        return false;
      }
    },
    get(key: string): Queued | null {
      try {
        const raw = area().getItem(prefix + key);
        return raw ? (JSON.parse(raw) as Queued) : null;
      } catch {
        return null;
      }
    },
    drop(key: string, text?: string) {
      // Only the entry we sent: a newer one queued meanwhile stays.
      if (text === undefined || queue.get(key)?.text === text) area().removeItem(prefix + key);
    },
    keys(): string[] {
      const stored = session();
      if (!stored) return [...memory.keys()].map((name) => name.slice(prefix.length));
      const keys: string[] = [];
      for (let i = 0; i < stored.length; i++) {
        const name = stored.key(i);
        if (name?.startsWith(prefix)) keys.push(name.slice(prefix.length));
      }
      return keys;
    },
  };

  /**
   * Sends what was queued, compare-and-set against what it was based on; true when it is settled (or the
   * server refused it for good: it stays queued for the next load, but is not retried in the background).
   */
  /**
   * Handed to the element with a `QueuedError`, per key: resolves when the queued text is stored, rejects
   * when it is given up (refused for good, signed out, impossible to merge), so the element says so.
   */
  const held = new Map<string, { sent: Promise<void>; settle: (error?: unknown) => void }>();
  const sending = (key: string): Promise<void> => {
    let entry = held.get(key);
    if (!entry) {
      let settle!: (error?: unknown) => void;
      const sent = new Promise<void>((resolve, reject) => (settle = (error) => (error ? reject(error) : resolve())));
      sent.catch(() => undefined); // an element that doesn't listen must not cause an unhandled rejection
      held.set(key, (entry = { sent, settle }));
    }
    return entry.sent;
  };
  const settle = (key: string, error?: unknown) => {
    held.get(key)?.settle(error);
    held.delete(key);
  };

  const flush = async (key: string): Promise<boolean> => {
    const entry = queue.get(key);
    if (!entry) return true;
    if (offline()) return false;
    if (entry.etag && !known.has(key) && entry.expected != null) known.set(key, { text: entry.expected, etag: entry.etag });
    let text = entry.text;
    let expected = entry.expected;
    for (let round = 0; round < 3; round++) {
      try {
        await write(key, text, expected);
        queue.drop(key, entry.text);
        for (const listener of listeners.get(key) ?? []) listener(text);
        settle(key);
        return true;
      } catch (error) {
        if ((error as Error).name === 'RefusedError') {
          settle(key, error);
          return true;
        }
        if ((error as Error).name === 'AuthError') settle(key, error);
        // Auth or network trouble: keep the entry, a later attempt (or `online`/`pageshow`) sends it.
        if ((error as Error).name !== 'ConflictError') return false;
        // The stored document moved on while this text waited (another device saved). The element that
        // made it may be gone (the tab was reloaded), so merge here as it would: base = what it was
        // based on, mine = the queued text, theirs = what is stored now (known after the 412).
        const theirs = known.get(key)?.text ?? null;
        const merged = mergeEnvelopes(entry.expected ?? null, entry.text, theirs);
        if (merged === undefined) break;
        text = merged;
        expected = theirs;
      }
    }
    queue.drop(key, entry.text);
    settle(key, new Error(`Could not save "${key}": the queued text could not be merged with what is stored`));
    return true;
  };
  const flushAll = () => {
    for (const key of queue.keys()) void flush(key);
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('online', flushAll);
    window.addEventListener('pageshow', flushAll);
  }
  // The page shown again (the intern comes back to the tab): send what is queued.
  onDocument('visibilitychange', () => hidden() || flushAll());
  // The server was unreachable while the browser is online (it restarted, a deploy): keep trying in
  // the background, backing off to a try every 30 s, so the text lands even if the intern edits no more.
  const retryTimers = new Map<string, ReturnType<typeof setTimeout>>();
  const retryLater = (key: string, round = 0) => {
    clearTimeout(retryTimers.get(key));
    const delay = Math.min(30_000, firstDelay * 8 * 2 ** round) * (0.5 + Math.random() / 2);
    retryTimers.set(
      key,
      setTimeout(async () => {
        retryTimers.delete(key);
        if (!(await flush(key)) && !offline()) retryLater(key, round + 1);
      }, delay),
    );
    (retryTimers.get(key) as { unref?: () => void }).unref?.(); // in Node, never what keeps a process alive
  };

  const storage: StorageLike = {
    async getItem(key) {
      if (offline()) throw new OfflineError();
      await flush(key);
      return (await read(key))?.text ?? null;
    },

    async setItem(key: string, text: string, setOptions?: SetItemOptions) {
      const expected = setOptions ? setOptions.expected : undefined;
      const remembered = known.get(key);
      const entry: Queued = { text, expected, etag: expected != null && remembered?.text === expected ? remembered.etag : null };
      if (offline()) {
        queue.put(key, entry);
        throw new OfflineError();
      }
      clearTimeout(retryTimers.get(key));
      try {
        await write(key, text, expected);
        queue.drop(key);
        settle(key);
      } catch (error) {
        // Refused for good (too large, bad key, too many documents): not queued, not retried.
        if (['ConflictError', 'AuthError', 'RefusedError'].includes((error as Error).name)) throw error;
        // Unreachable after the retries: keep the latest text and send it later.
        const kept = queue.put(key, entry);
        if (offline()) throw new OfflineError();
        retryLater(key);
        // Kept and retried in the background: the element says "Not saved yet — retrying", not "Not saved".
        if (kept) throw new QueuedError(`Could not save "${key}" yet (${(error as Error).message}); kept and retrying`, sending(key));
        throw error;
      }
    },

    async removeItem(key) {
      if (offline()) throw new OfflineError();
      clearTimeout(retryTimers.get(key));
      queue.drop(key);
      const response = await request('DELETE', key);
      if (!response.ok && response.status !== 404) throw new Error(`Could not remove "${key}": HTTP ${response.status}`);
      known.delete(key);
    },

    subscribe(key: string, listener: StorageListener) {
      if (!listeners.has(key)) listeners.set(key, new Set());
      listeners.get(key)!.add(listener);
      live.change();
      return () => {
        const set = listeners.get(key);
        set?.delete(listener);
        if (!set?.size) listeners.delete(key);
        live.change();
      };
    },
  };

  /**
   * Live updates: ONE Server-Sent Events stream, `GET {url}/events?keys=a,b,…`, carrying every key
   * subscribed to (however many elements share a key). Keys added or removed reopen it (debounced) with
   * `Last-Event-ID`, as does a drop, so the server sends what changed meanwhile. In a browser, the tabs
   * of one account on one backend (same `url`, and the same `scope` or fixed headers) share it: the tab
   * holding a Web Lock opens it for the keys of all of them and passes each event on (BroadcastChannel).
   */
  const live = (() => {
    /** The keys of the stream open now, and the last event number seen (per user, rising). */
    let open: Set<string> | undefined;
    let lastId: string | undefined;
    /** The number of the last event applied per key: an older one arriving late is not applied. */
    const seqs = new Map<string, number>();
    let connection: AbortController | undefined;
    let running = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const origin = new URL(`${base}/`, typeof location === 'undefined' ? undefined : location.href).origin;
    if (!streams.has(origin)) streams.set(origin, { open: 0, waiting: new Set() });
    const slots = streams.get(origin)!;

    // Shared across tabs only when they provably speak for the same account: a named scope, or fixed
    // headers (a function's headers may belong to whoever is signed in there).
    const identity = options.scope ?? (typeof options.headers === 'function' ? undefined : JSON.stringify(options.headers ?? {}));
    const locks = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LockManager }).locks;
    const channel = identity !== undefined && locks && typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(`strong-finish-live:${base}\n${identity}`) : undefined;
    const me = Math.random().toString(36).slice(2);
    /** Other tabs' keys (leader only), and this tab's role. */
    const members = new Map<string, string[]>();
    let leader = !channel;
    let lock: AbortController | undefined;
    let release: (() => void) | undefined;
    const own = () => [...listeners.keys()];
    const wanted = () => (leader ? [...new Set([...own(), ...[...members.values()].flat()])].sort() : []);
    const post = (message: unknown) => channel?.postMessage(message);

    /** Resolves on the next chance to open a stream: the page shown, a stream closed, or the keys changed. */
    let wake: (() => void) | undefined;
    const nap = () =>
      new Promise<void>((resolve) => {
        const done = () => {
          slots.waiting.delete(done);
          onDocument('visibilitychange', done, false);
          wake = undefined;
          resolve();
        };
        wake = done;
        slots.waiting.add(done);
        onDocument('visibilitychange', done);
      });

    /** One event of the stream, in this tab. */
    const apply = (event: string) => {
      let id: string | undefined;
      let data = '';
      for (const line of event.split('\n')) {
        if (line.startsWith('id:')) id = line.slice(3).trim();
        else if (line.startsWith('data:')) data += (data ? '\n' : '') + line.slice(5).replace(/^ /, '');
      }
      if (id) lastId = id;
      if (!data) return;
      const change = JSON.parse(data) as { key?: string; etag: string | null; text: string | null };
      const key = change.key;
      if (key === undefined || !listeners.has(key)) return;
      const seq = Number(id);
      if (id && seq <= (seqs.get(key) ?? -1)) return; // a replay of what already arrived
      if (id) seqs.set(key, seq);
      if (change.text === null) known.delete(key);
      else if (known.get(key)?.etag === change.etag) return; // our own write coming back
      else known.set(key, { text: change.text, etag: change.etag ?? '' });
      tracked.add(key);
      for (const listener of [...(listeners.get(key) ?? [])]) listener(change.text);
    };

    /**
     * A stream (re)opened for `keys`: this tab's keys it did not carry before (or all, when it could not
     * resume) may have changed since they were read, with no event for it: compare with what is stored.
     */
    let carried: Set<string> | undefined;
    const opened = (keys: string[], resumed: boolean) => {
      for (const key of keys) {
        if (!tracked.has(key) || !listeners.has(key) || (resumed && carried?.has(key))) continue;
        const etag = known.get(key)?.etag ?? null;
        void read(key).then((now) => (now?.etag ?? null) !== etag && listeners.get(key)?.forEach((listener) => listener(now ? now.text : null)), () => undefined);
      }
      carried = new Set(keys);
    };

    const run = async () => {
      running = true;
      for (let attempt = 0; wanted().length; attempt++) {
        while (wanted().length && (hidden() || slots.open >= maxStreams)) await nap();
        const keys = wanted();
        if (!keys.length) break;
        slots.open++;
        connection = new AbortController();
        const closeIfHidden = () => hidden() && connection?.abort();
        onDocument('visibilitychange', closeIfHidden);
        try {
          const extra = typeof options.headers === 'function' ? await options.headers() : options.headers;
          const headers: Record<string, string> = { Accept: 'text/event-stream', ...extra };
          const resumed = lastId !== undefined;
          if (resumed) headers['Last-Event-ID'] = lastId!;
          const response = await doFetch(`${base}/events?keys=${keys.map(encodeURIComponent).join(',')}`, { headers, cache: 'no-store', signal: connection.signal });
          // Not offered (or not to this session): no live updates; saving is unaffected.
          if ([401, 403, 404, 405].includes(response.status)) break;
          if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
          attempt = 0;
          open = new Set(keys);
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          opened(keys, resumed);
          post({ t: 'open', keys, resumed });
          let buffer = '';
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            buffer += value;
            let end: number;
            while ((end = buffer.indexOf('\n\n')) >= 0) {
              const event = buffer.slice(0, end);
              buffer = buffer.slice(end + 2);
              post({ t: 'event', event });
              apply(event);
            }
          }
        } catch {
          // Dropped, or aborted to change keys, to hand over, or because the page was hidden: see below.
        } finally {
          connection = undefined;
          slots.open--;
          for (const done of [...slots.waiting]) done();
          onDocument('visibilitychange', closeIfHidden, false);
        }
        // Compared with the keys this attempt asked for, not `open`: a stream that never opened leaves
        // `open` stale, and comparing with it reconnected at once, forever (a microtask loop that froze the page).
        if (hidden() || wanted().join() !== keys.join()) {
          attempt = 0;
          continue; // reopened at once for the new keys, or when the page is shown again
        }
        await sleep(Math.random() * Math.min(maxDelay * 4, firstDelay * 2 ** Math.min(attempt, 8)));
      }
      open = undefined;
      running = false;
    };

    /** The keys changed (here or in another tab): (re)open the stream shortly, once for a burst of changes. */
    const reopen = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!running) {
          if (wanted().length) void run();
        } else if (wanted().join() !== [...(open ?? [])].join()) {
          if (connection) connection.abort();
          else wake?.();
        }
      }, 30);
    };

    /** Shared: the visible tabs with keys queue for the lock; the one holding it carries the stream. */
    const elect = () => {
      if (!channel) return;
      const want = listeners.size > 0 && !hidden();
      if (want && !lock) {
        const request = (lock = new AbortController());
        locks!
          .request(channel.name, { signal: request.signal }, () => {
            leader = true;
            post({ t: 'hello' }); // every tab answers with its keys
            reopen();
            return new Promise<void>((resolve) => (release = resolve));
          })
          .catch(() => undefined);
      } else if (!want && lock) {
        lock.abort();
        lock = undefined;
        leader = false;
        members.clear();
        release?.();
        connection?.abort();
        wake?.();
      }
    };
    if (channel) {
      channel.onmessage = ({ data }: MessageEvent<{ t: string; from?: string; keys?: string[]; event?: string; resumed?: boolean }>) => {
        if (data.t === 'event') apply(data.event!);
        else if (data.t === 'open') opened(data.keys!, !!data.resumed);
        else if (data.t === 'hello') post({ t: 'keys', from: me, keys: own() });
        else if (data.t === 'keys' && leader) {
          if (data.keys!.length) members.set(data.from!, data.keys!);
          else members.delete(data.from!);
          reopen();
        }
      };
      onDocument('visibilitychange', elect);
      if (typeof window !== 'undefined') {
        window.addEventListener('pagehide', () => post({ t: 'keys', from: me, keys: [] }));
        window.addEventListener('pageshow', () => post({ t: 'keys', from: me, keys: own() }));
      }
    }

    return {
      /** This adapter's keys changed. */
      change() {
        post({ t: 'keys', from: me, keys: own() });
        elect();
        reopen();
      },
    };
  })();
  if (options.label !== undefined) storage.label = options.label;
  return storage;
}
