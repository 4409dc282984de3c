// The tarball as npm installs it, read file by file (no bundler, no hoisting to hide a gap):
// - every package a shipped .js or .d.ts imports is one the package declares (`dependencies` or
//   `peerDependencies`): the original `tslib` bug, and its typings twin (`import("lit-html")` in a .d.ts
//   resolves under npm's hoisting, but not under pnpm or Yarn PnP, where only declared packages are seen);
// - LICENSE is there, no tests or sources are.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join } from 'node:path';
import { consumer } from './project.mjs';

let root;
let pkg;
let files;
before(async () => {
  const { dir } = await consumer();
  root = join(dir, 'node_modules/strong-finish');
  pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name).slice(root.length + 1));
});

const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

test('every package a shipped .js or .d.ts file imports is a declared dependency or peer', async () => {
  // TypeScript's own scanner: import/export declarations, import(), require() and `import("x").T` types,
  // never the text of comments or strings.
  const ts = createRequire(join(root, '../../package.json'))('typescript');
  const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
  const undeclared = new Map();
  for (const file of files.filter((f) => /\.(m?js|d\.ts)$/.test(f))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (/^(\.|\/|node:)/.test(fileName) || builtinModules.includes(fileName)) continue;
      const name = packageName(fileName);
      if (name === pkg.name || declared.has(name)) continue;
      undeclared.set(`${name} (${file})`, true);
    }
  }
  assert.deepEqual([...undeclared.keys()], [], 'imported by the tarball but not in its dependencies or peerDependencies');
});

test('the tarball has LICENSE (MIT) and no tests, sources or stories', () => {
  assert.match(readFileSync(join(root, 'LICENSE'), 'utf8'), /^MIT License/);
  assert.equal(pkg.license, 'MIT');
  const unwanted = files.filter((f) => /^(src|tests|stories|demo|scripts|bench|examples)\//.test(f) || /\.test\.|\.stories\./.test(f) || (/\.tsx?$/.test(f) && !f.endsWith('.d.ts')));
  assert.deepEqual(unwanted, []);
});
