// Shared by the "defaults are not data" tests (#28): catalogues that arrive late as on the CDN, a storage
// adapter that counts writes, and the stored fixtures of every released shape.
import { registerTranslations } from '../../src/core/i18n.js';
import type { StorageLike } from '../../src/core/storage/contract.js';

/** As the CDN build does: the Spanish and Arabic catalogues are fetched on first use, and arrive a little late. */
export function lateCatalogues(): void {
  registerTranslations('es', () => new Promise((resolve) => setTimeout(() => resolve(import('../../src/locales/es.js')), 200)));
  registerTranslations('ar', () => new Promise((resolve) => setTimeout(() => resolve(import('../../src/locales/ar.js')), 200)));
}

/** A storage adapter over a Map that counts its writes. */
export function countingStorage(): StorageLike & { writes: number; docs: Map<string, string> } {
  const docs = new Map<string, string>();
  return {
    docs,
    writes: 0,
    getItem: (k) => docs.get(k) ?? null,
    setItem(k, v) {
      this.writes++;
      docs.set(k, v);
    },
    removeItem: (k) => void docs.delete(k),
  };
}

/** A stored fixture's text (tests/fixtures/stored/<tag>.v<n>.json). */
export const storedFixture = (name: string): Promise<string> => fetch(`/tests/fixtures/stored/${name}`).then((r) => r.text());
