// Packs the package as npm would, then runs publint and @arethetypeswrong/cli on the tarball,
// and checks that the tarball holds what users need and nothing they don't:
// - every export target in package.json (wildcards expanded for each element);
// - per element (from custom-elements.json): its define.js and types, its standalone bundle;
// - the one-tag bundle, the React entry, JSX typings, the manifest, VS Code data, README, CHANGELOG;
// - the docs and the reference sync server (its `bin`), so README links work in node_modules (#33);
// - no sources, tests, stories, demo, scripts, TypeScript sources or test files.
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manifestElements } from './manifest.mjs';

const dir = mkdtempSync(join(tmpdir(), 'sf-pack-'));
const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
try {
  // --ignore-scripts: check the dist/ just built (`prepack` builds for a fresh clone's pack or publish).
  if (!existsSync('dist/strong-finish.js')) throw new Error('run `npm run build` first');
  const out = execSync(`npm pack --json --ignore-scripts --pack-destination ${dir}`, { encoding: 'utf8' });
  const [info] = JSON.parse(out);
  const tarball = join(dir, info.filename);
  const files = info.files.map((f) => f.path);
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const tags = manifestElements().map((e) => e.declaration.tagName);

  const must = new Set([
    'package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'custom-elements.json',
    'dist/strong-finish.js', 'dist/http-storage.js', 'dist/http-storage.d.ts', 'dist/index.js', 'dist/index.d.ts', 'dist/all.js', 'dist/all.d.ts',
    'dist/core/index.js', 'dist/core/index.d.ts',
    'dist/react/index.js', 'dist/react/index.d.ts',
    'dist/jsx.js', 'dist/jsx.d.ts', 'dist/vscode.html-custom-data.json',
    'dist/vue.js', 'dist/vue.d.ts', 'dist/svelte.js', 'dist/svelte.d.ts',
    // the autoloader's chunks, the opt-in catalogues (npm) and their on-demand chunks (CDN)
    'dist/chunks/runtime.js', 'dist/chunks/es.js', 'dist/chunks/ar.js', 'dist/chunks/fr.js',
    'dist/translations/es.js', 'dist/translations/es.d.ts', 'dist/translations/ar.js', 'dist/translations/ar.d.ts',
    'dist/translations/fr.js', 'dist/translations/fr.d.ts',
    // the English template for a language a host adds (generated from the source at build time)
    'dist/translations/en.js', 'dist/translations/en.d.ts', 'dist/translations/en.json',
    // the hashes of the server-rendered styles, for a strict style-src (docs/ssr.md, #33)
    'dist/ssr-style-hashes.json',
    // the docs the README links to, and the reference sync server as `npx strong-finish-sync-server` (#33)
    'docs/job-boards.md', 'docs/sync.md', 'docs/ssr.md', 'docs/frameworks.md', 'docs/react.md', 'docs/screenshot.png',
    'examples/sync-server/bin.mjs', 'examples/sync-server/server.mjs', 'examples/sync-server/token.mjs',
    'examples/sync-server/db.sh', 'examples/sync-server/README.md',
  ]);
  for (const tag of tags) {
    for (const f of [`dist/${tag}/define.js`, `dist/${tag}/define.d.ts`, `dist/${tag}/${tag}.js`, `dist/${tag}/${tag}.d.ts`, `dist/standalone/${tag}.js`, `dist/standalone/${tag}.d.ts`, `dist/chunks/${tag}.js`, `dist/react/${tag}.js`, `dist/react/${tag}.d.ts`]) must.add(f);
  }
  // Every concrete export target (the wildcard ones are covered per element above).
  const targets = (v) => (typeof v === 'string' ? [v] : Object.values(v).flatMap(targets));
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (key.includes('*')) continue;
    for (const t of targets(value)) must.add(t.replace(/^\.\//, ''));
  }
  if (pkg.types) must.add(pkg.types.replace(/^\.\//, ''));

  const missing = [...must].filter((f) => !files.includes(f));
  const unwanted = files.filter(
    (f) =>
      /^(src|tests|stories|demo|scripts|docs\/internals|\.storybook|\.ci|node_modules|storybook-static)\//.test(f) ||
      (/^examples\//.test(f) && !/^examples\/sync-server\/[^/]+$/.test(f)) ||
      f.includes('.test.') ||
      (/\.(ts|tsx|mts)$/.test(f) && !/\.d\.ts$/.test(f)) ||
      /\.(tsbuildinfo|tgz|log)$/.test(f),
  );
  // Everything the VS Code data and the manifest describe is there.
  const vscode = JSON.parse(execSync(`tar -xzOf ${tarball} package/dist/vscode.html-custom-data.json`, { encoding: 'utf8' }));
  const vsTags = vscode.tags.map((t) => t.name).sort();
  const jsx = execSync(`tar -xzOf ${tarball} package/dist/jsx.d.ts`, { encoding: 'utf8' });

  console.log(`check:package: ${files.length} files, ${(info.size / 1024).toFixed(1)} KB packed, ${tags.length} elements`);
  if (!tags.length) throw new Error('custom-elements.json lists no element');
  if (missing.length) throw new Error(`missing from the package: ${missing.join(', ')}`);
  if (unwanted.length) throw new Error(`should not be in the package: ${unwanted.slice(0, 10).join(', ')}`);
  if (vsTags.join() !== [...tags].sort().join()) throw new Error(`VS Code data lists ${vsTags.join(', ')}; the manifest ${tags.join(', ')}`);
  const noJsx = tags.filter((t) => !jsx.includes(`'${t}':`));
  if (noJsx.length) throw new Error(`dist/jsx.d.ts lacks ${noJsx.join(', ')}`);
  run(`npx publint ${tarball} --strict`);
  run(`npx attw ${tarball} --profile esm-only`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
