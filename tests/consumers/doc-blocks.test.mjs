// Docs are code: every fenced block of README.md, docs/*.md and examples/sync-server/README.md is either run by a tests/consumers/ test
// (named in blocks.mjs and read with docBlock()) or marked `<!-- illustrative -->` on the line before it.
// A new unmarked block, a block renamed under a test, or a name no test uses fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BLOCKS } from './blocks.mjs';
import { REPO, fencedBlocks } from './project.mjs';

// examples/sync-server/README.md ships in the package too (#33): its blocks are docs a host pastes.
const FILES = ['README.md', 'examples/sync-server/README.md', ...readdirSync(join(REPO, 'docs'), { recursive: true }).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
const TESTS = readdirSync(join(REPO, 'tests/consumers')).filter((f) => f.endsWith('.test.mjs')).map((f) => readFileSync(join(REPO, 'tests/consumers', f), 'utf8')).join('\n');

test('every named block is found exactly once and run by a consumer test', () => {
  for (const [name, { file, contains }] of Object.entries(BLOCKS)) {
    const found = fencedBlocks(file).filter((b) => b.code.includes(contains));
    assert.equal(found.length, 1, `${name}: ${found.length} blocks of ${file} contain ${JSON.stringify(contains)}`);
    assert.ok(!found[0].illustrative, `${name}: ${file}:${found[0].line} is run by a test but marked illustrative`);
    assert.ok(TESTS.includes(`'${name}'`), `${name}: no test in tests/consumers/ reads it`);
  }
});

test('every block in README.md and docs/*.md is run by a test or marked <!-- illustrative -->', () => {
  const unrun = [];
  for (const file of FILES) {
    for (const block of fencedBlocks(file)) {
      if (block.illustrative) continue;
      const names = Object.entries(BLOCKS).filter(([, b]) => b.file === file && block.code.includes(b.contains)).map(([n]) => n);
      if (names.length !== 1) unrun.push(`${file}:${block.line} (${block.lang || 'no language'})`);
    }
  }
  assert.deepEqual(unrun, [], 'run these in tests/consumers/ (blocks.mjs) or mark them <!-- illustrative -->');
});
