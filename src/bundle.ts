/**
 * The entry of `dist/strong-finish.bundle.js`: every element, every shipped catalogue (Spanish, Arabic,
 * French) and the public API in one self-contained file, for hosts that must serve exactly one file (no
 * chunks next to it). Pages that can serve a folder should use the autoloader `dist/strong-finish.js`,
 * which loads only what they show.
 */
import './all.js';
import './translations/es.js';
import './translations/ar.js';
import './translations/fr.js';

export * from './index.js';

/** Same call as the autoloader's `load()`, so a host can switch files: here every tag is already defined. */
export function load(..._tags: string[]): Promise<void> {
  return Promise.resolve();
}
