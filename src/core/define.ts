import { VERSION } from './version.js';

type Versioned = CustomElementConstructor & { version?: string };

/** One warning per copy of the library: two bundles on a page warn once, not once per tag. */
let warnedConflict = false;

/**
 * Registers `ctor` as `tag` without ever throwing in a host page.
 * - the same class already holds the tag: nothing happens;
 * - another class holds it (a second copy or another version): one console warning naming both versions;
 * - no registry (server rendering): nothing happens.
 */
export function define(
  tag: string,
  ctor: CustomElementConstructor,
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): void {
  if (!registry) return;
  const existing = registry.get(tag) as Versioned | undefined;
  if (existing) {
    if (existing !== ctor && !warnedConflict) {
      warnedConflict = true;
      const theirs = existing.version ?? 'unknown';
      const ours = (ctor as Versioned).version ?? VERSION;
      console.warn(
        `strong-finish: <${tag}> is already defined (version ${theirs}); this copy (version ${ours}) ` +
          `was not registered. Load the library once per page.`,
      );
    }
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    // A class can be registered under one tag only; a name can be invalid. Neither may break the host.
    console.warn(`strong-finish: could not define <${tag}>: ${(error as Error).message}`);
  }
}
