import { whenIdle } from './idle.js';

/**
 * A module loaded on use, through a dynamic `import()` (a chunk of its own next to the runtime; inlined in
 * the one-file bundle). `load()` imports it once for the page; `preload()` imports it when the browser is
 * idle a moment after the first paint, so it is usually there before anyone needs it without being part
 * of what the first paint downloads; `module` is set once it has arrived.
 */
export interface OnUse<M> {
  readonly module: M | undefined;
  load(): Promise<M>;
  preload(): void;
}


export function onUse<M>(importer: () => Promise<M>, delay = 2000): OnUse<M> {
  let module: M | undefined;
  let loading: Promise<M> | undefined;
  let scheduled = false;
  const load = (): Promise<M> =>
    (loading ??= importer().then(
      (m) => (module = m),
      (error: unknown) => {
        loading = undefined; // a later use tries again
        throw error;
      },
    ));
  return {
    get module() {
      return module;
    },
    load,
    preload() {
      if (module || scheduled) return;
      scheduled = true;
      setTimeout(() => whenIdle(() => void load().catch(() => undefined)), delay);
    },
  };
}
