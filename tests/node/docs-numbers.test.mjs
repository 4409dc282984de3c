// The sizes quoted in README.md and docs/*.md are the sizes of dist/ as built: every
// `<!-- numbers:… -->` size marker holds what scripts/docs-numbers.mjs measures now. When this fails,
// run `npm run docs:numbers` (after `npm run build`) and commit the docs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { DOCS, measureSizes, readNumbers } from '../../scripts/docs-numbers.mjs';

test('sizes in README.md and docs/*.md match dist/ (npm run docs:numbers)', () => {
  assert.ok(existsSync('dist/strong-finish.js'), 'run `npm run build` first');
  const sizes = measureSizes();
  const found = new Set();
  const drift = [];
  for (const file of DOCS) {
    for (const { name, value } of readNumbers(readFileSync(file, 'utf8'))) {
      if (!(name in sizes)) continue;
      found.add(name);
      if (value !== sizes[name]) drift.push(`${file}: ${name} says ${value}, dist/ measures ${sizes[name]}`);
    }
  }
  assert.deepEqual(drift, [], 'run `npm run docs:numbers`');
  assert.deepEqual([...found].sort(), Object.keys(sizes).sort(), 'every measured size is quoted in the docs');
});

test('README.md and docs/job-boards.md quote the kit size and the reservation heights from the script', () => {
  for (const file of ['README.md', 'docs/job-boards.md']) {
    const names = readNumbers(readFileSync(file, 'utf8')).map((n) => n.name);
    for (const name of ['kit-gzip', 'standalone-gzip', 'heights-table', 'kit-reservation']) assert.ok(names.includes(name), `${file} has numbers:${name}`);
  }
  const sync = readNumbers(readFileSync('docs/sync.md', 'utf8')).map((n) => n.name);
  for (const name of ['http-storage-gzip', 'stored-sizes']) assert.ok(sync.includes(name), `docs/sync.md has numbers:${name}`);
});

test('no size in README.md or docs/*.md is typed by hand: every "<n> KB" outside a numbers marker is a limit or an estimate named here', () => {
  // Sizes that are not measurements of this package: the sync server's configurable cap, PostgreSQL's
  // compression threshold, the planning estimates of docs/sync.md. docs/PERFORMANCE.md is written whole
  // by npm run bench and npm run size.
  const NOT_MEASURED = ['over ~2 KB', '20–60 KB', '~10 KB per intern', '100 KB worst case', 'body at 256 KB'];
  const typed = [];
  for (const file of DOCS.filter((f) => f !== 'docs/PERFORMANCE.md')) {
    const text = readFileSync(file, 'utf8').replace(/<!-- numbers:[\w-]+ -->[\s\S]*?<!-- \/numbers -->/g, '');
    text.split('\n').forEach((line, i) => {
      for (const m of line.matchAll(/[~\d][\d.,–]*\s?(KB|kB|MB|bytes)\b/g)) {
        if (!NOT_MEASURED.some((n) => line.includes(n) && n.includes(m[0]))) typed.push(`${file}:${i + 1}: ${m[0]}`);
      }
    });
  }
  assert.deepEqual(typed, [], 'put these between <!-- numbers:… --> markers written by scripts/docs-numbers.mjs');
});
