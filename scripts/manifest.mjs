// Reads custom-elements.json (written by `cem analyze`) and lists its elements: shared by the
// manifest check, the VS Code data generator and the tests. Every list starts from here or from
// src/<tag>/define.ts, so adding an element adds no entry to these scripts.
import { readFileSync } from 'node:fs';

export function loadManifest(path = 'custom-elements.json') {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** `[{ module, declaration }]` for every declaration with a tag name. */
export function manifestElements(manifest = loadManifest()) {
  const out = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) out.push({ module, declaration });
    }
  }
  return out.sort((a, b) => a.declaration.tagName.localeCompare(b.declaration.tagName));
}

/** `'a' | 'b' | "c"` → `['a', 'b', 'c']`; anything else → `[]`. */
export function literalValues(type) {
  const text = type?.text ?? '';
  const parts = text.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined');
  if (!parts.length || !parts.every((p) => /^(['"]).*\1$/.test(p))) return [];
  return parts.map((p) => p.slice(1, -1));
}
