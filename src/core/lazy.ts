import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenIdle } from './idle.js';

/** Tag → a function that imports the module defining it (`() => import('./x/define.js')`). */
export type ElementLoaders = Readonly<Record<string, () => Promise<unknown>>>;

/** `ready`: defined; `loading`: a loader exists (running or about to); `failed`: it threw; `missing`: no loader. */
export type LoadState = 'ready' | 'loading' | 'failed' | 'missing';

// One import per tag for the whole page, whichever element asked first.
const started = new Map<string, Promise<boolean>>();

/**
 * Imports the module that defines `tag` (once per page) and resolves when the tag is defined: true, or
 * false when there is no loader or it failed (a warning names the tag; a later call tries again).
 */
export function loadElement(tag: string, loaders: ElementLoaders): Promise<boolean> {
  const registry = globalThis.customElements;
  if (!registry) return Promise.resolve(false);
  if (registry.get(tag)) return Promise.resolve(true);
  const loader = loaders[tag];
  if (!loader) return Promise.resolve(false);
  let p = started.get(tag);
  if (!p) {
    p = loader()
      .then(() => registry.whenDefined(tag))
      .then(
        () => true,
        (error: unknown) => {
          started.delete(tag);
          console.warn(`strong-finish: could not load <${tag}> (${String(error)}).`);
          return false;
        },
      );
    started.set(tag, p);
  }
  return p;
}

/**
 * Loads the elements a host renders inside itself on demand: the one it shows now, the others when the
 * browser is idle, and re-renders the host when one arrives, so its first paint carries none of them.
 */
export class LazyElementsController implements ReactiveController {
  #host: ReactiveControllerHost;
  #loaders: () => ElementLoaders | undefined;
  #failed = new Set<string>();
  #idle?: () => void;
  /** Tags whose idle load a disconnect cancelled: asked for again when the host is connected again. */
  #pending?: readonly string[];

  constructor(host: ReactiveControllerHost, loaders: () => ElementLoaders | undefined) {
    this.#host = host;
    this.#loaders = loaders;
    host.addController(this);
  }

  hostConnected(): void {
    // A host moved in the page (disconnected, then connected) before the browser was idle: nothing
    // re-renders it, so the idle load it had asked for is scheduled again here.
    const pending = this.#pending;
    this.#pending = undefined;
    if (pending) this.loadWhenIdle(pending);
  }

  hostDisconnected(): void {
    this.#idle?.();
    this.#idle = undefined;
  }

  state(tag: string): LoadState {
    if (globalThis.customElements?.get(tag)) return 'ready';
    if (this.#failed.has(tag)) return 'failed';
    return this.#loaders()?.[tag] ? 'loading' : 'missing';
  }

  /** Starts loading `tag` now; resolves true once it is defined (the host has been asked to re-render). */
  load(tag: string): Promise<boolean> {
    const state = this.state(tag);
    if (state === 'ready') return Promise.resolve(true);
    if (state !== 'loading') return Promise.resolve(false);
    return loadElement(tag, this.#loaders()!).then((ok) => {
      if (!ok) this.#failed.add(tag);
      this.#host.requestUpdate();
      return ok;
    });
  }

  /** Loads all of `tags` (before an export or print that needs every step). */
  loadAll(tags: readonly string[]): Promise<boolean[]> {
    return Promise.all(tags.map((t) => this.load(t)));
  }

  /**
   * Loads `tags` once the browser is idle, or after 3 s on a page that never is (300 ms where
   * `requestIdleCallback` is missing). Asked while the host is out of the page, or cancelled by its
   * removal, it waits for the host to be connected again.
   */
  loadWhenIdle(tags: readonly string[]): void {
    if (this.#idle || !tags.some((t) => this.state(t) === 'loading')) return;
    if ((this.#host as Partial<Element>).isConnected === false) {
      this.#pending = tags;
      return;
    }
    const run = () => {
      this.#idle = undefined;
      void this.loadAll(tags);
    };
    const cancel = whenIdle(run);
    this.#idle = () => {
      cancel();
      this.#pending = tags;
    };
  }
}
