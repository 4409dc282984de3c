// The tarball as npm installs it, read file by file (no bundler, no hoisting to hide a gap):
// - every package a shipped .js or .d.ts imports is one the package declares (`dependencies` or
//   `peerDependencies`): the original `tslib` bug, and its typings twin (`import("lit-html")` in a .d.ts
//   resolves under npm's hoisting, but not under pnpm or Yarn PnP, where only declared packages are seen);
// - every subpath `exports` opens (wildcards expanded over the shipped files) has its target, and its
//   `types` file wherever a `types` condition names one;
// - LICENSE is there, no tests or sources are.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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

/** The `exports` key Node resolves `subpath` with: an exact key, else the matching pattern with the longest prefix. */
function exportKey(subpath) {
  if (subpath in pkg.exports) return subpath;
  const matching = Object.keys(pkg.exports).filter((k) => {
    const [pre, post] = k.split('*');
    return post !== undefined && subpath.startsWith(pre) && subpath.endsWith(post) && subpath.length >= k.length;
  });
  return matching.sort((a, b) => b.indexOf('*') - a.indexOf('*') || b.length - a.length)[0];
}

test('every subpath of `exports` has its file, and its types file where a `types` condition names one', () => {
  const missing = [];
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (value === null) continue; // closed on purpose (the chunks: internal, loaded by relative URL)
    const conditions = typeof value === 'string' ? { default: value } : value;
    const target = conditions.default.replace(/^\.\//, '');
    if (!key.includes('*')) {
      for (const file of Object.values(conditions)) if (!existsSync(join(root, file))) missing.push(`${key}: ${file}`);
      continue;
    }
    // A wildcard: every shipped file it opens, where this key is the one Node picks for the subpath.
    const [before, after] = target.split('*');
    for (const file of files.filter((f) => f.startsWith(before) && f.endsWith(after) && !f.endsWith('.map'))) {
      const star = file.slice(before.length, file.length - after.length);
      const subpath = key.replace('*', star);
      if (exportKey(subpath) !== key) continue;
      if (conditions.types && !existsSync(join(root, conditions.types.replace(/^\.\//, '').replace('*', star)))) missing.push(`${subpath}: ${conditions.types.replace('*', star)}`);
    }
  }
  assert.deepEqual(missing, [], 'export subpaths whose file or types file is not in the tarball');
});

/** The CDN files: Lit's browser build inlined, for a page's <script type="module">, never for Node. */
const BROWSER_ONLY = /^\.\/(standalone\/[^/]+|strong-finish\.bundle)\.js$/;

test('every subpath of `exports` (but the CDN bundles) imports in Node from the clean install', () => {
  const subpaths = new Set();
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (value === null) continue;
    const target = (typeof value === 'string' ? value : value.default).replace(/^\.\//, '');
    if (target.endsWith('.json')) continue;
    if (!key.includes('*')) subpaths.add(key);
    else {
      const [before, after] = target.split('*');
      for (const file of files.filter((f) => f.startsWith(before) && f.endsWith(after))) {
        const subpath = key.replace('*', file.slice(before.length, file.length - after.length));
        if (exportKey(subpath) === key) subpaths.add(subpath);
      }
    }
  }
  const specifiers = [...subpaths].filter((s) => !BROWSER_ONLY.test(s)).sort().map((s) => `${pkg.name}${s.slice(1)}`);
  for (const needed of ['strong-finish', 'strong-finish/all.js', 'strong-finish/strong-finish.js', 'strong-finish/core', 'strong-finish/jsx', 'strong-finish/react', 'strong-finish/react/keep-in-touch.js', 'strong-finish/keep-in-touch/define.js', 'strong-finish/translations/es.js', 'strong-finish/http-storage.js']) {
    assert.ok(specifiers.includes(needed), `${needed} is among the subpaths tried`);
  }
  // One fresh Node process, as a server or a test runner of the host would import them.
  const script = `const failed = [];
for (const s of ${JSON.stringify(specifiers)}) await import(s).catch((e) => failed.push(s + ': ' + e.message.split('\\n')[0]));
console.log(JSON.stringify(failed));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: join(root, '../..'), encoding: 'utf8' });
  assert.deepEqual(JSON.parse(out), [], `of ${specifiers.length} subpaths`);
});

test('the tarball has LICENSE (MIT) and no tests, sources or stories', () => {
  assert.match(readFileSync(join(root, 'LICENSE'), 'utf8'), /^MIT License/);
  assert.equal(pkg.license, 'MIT');
  const unwanted = files.filter((f) => /^(src|tests|stories|demo|scripts|bench|docs\/internals)\//.test(f) || (/^examples\//.test(f) && !/^examples\/sync-server\/[^/]+$/.test(f)) || /\.test\.|\.stories\./.test(f) || (/\.tsx?$/.test(f) && !f.endsWith('.d.ts')));
  assert.deepEqual(unwanted, []);
});

// Issue #33: what a customer reads in node_modules works without the repository.
test('the package says where it lives (repository, homepage, bugs) and builds dist/ when packed (prepack)', () => {
  assert.match(pkg.repository?.url ?? '', /^git\+https:\/\/.+\.git$/);
  assert.match(pkg.homepage ?? '', /^https:\/\//);
  assert.match(pkg.bugs?.url ?? '', /^https:\/\//);
  assert.match(pkg.scripts?.prepack ?? '', /npm run build/);
});

test('every relative link and image of the shipped Markdown resolves to a file in the package', () => {
  const markdown = files.filter((f) => f.endsWith('.md'));
  for (const doc of ['README.md', 'CHANGELOG.md', 'docs/sync.md', 'docs/job-boards.md', 'docs/ssr.md', 'docs/frameworks.md', 'docs/react.md', 'examples/sync-server/README.md']) {
    assert.ok(markdown.includes(doc), `${doc} is not in the package`);
  }
  const dead = [];
  for (const doc of markdown) {
    const text = readFileSync(join(root, doc), 'utf8').replace(/^( {0,3})(`{3,}|~{3,})[\s\S]*?^\1\2/gm, '');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      if (/^([a-z]+:|#)/i.test(target)) continue;
      const path = join(dirname(doc), decodeURIComponent(target.split('#')[0]));
      if (!existsSync(join(root, path))) dead.push(`${doc} → ${target}`);
    }
  }
  assert.deepEqual(dead, []);
});

test('the reference server is the package\'s `strong-finish-sync-server` command, with `pg` an optional peer', () => {
  assert.equal(pkg.bin?.['strong-finish-sync-server'], './examples/sync-server/bin.mjs');
  assert.equal(pkg.peerDependenciesMeta?.pg?.optional, true);
  assert.ok(pkg.peerDependencies?.pg);
  assert.ok(!pkg.dependencies?.pg, 'pg is not installed for hosts that only use the elements');
  assert.match(readFileSync(join(root, 'examples/sync-server/bin.mjs'), 'utf8'), /^#!\/usr\/bin\/env node\n/);
  for (const f of ['server.mjs', 'token.mjs', 'db.sh', 'README.md']) assert.ok(files.includes(`examples/sync-server/${f}`), f);
});
