// Issue #33: the Vue 3 and Svelte 5 snippets of docs/frameworks.md, as a host pastes them, in the clean
// consumer project: `vue-tsc` (strict templates) and `svelte-check` (errors and warnings) pass on them with
// the package's `strong-finish/vue` and `strong-finish/svelte` typings, and fail on the same snippet with a
// misspelt event detail or attribute value: the typings check what a host writes, not just accept it.
// Before #33 the Vue snippet never imported define.js, the Svelte one warned
// (`element_invalid_self_closing_tag`), and neither had tag typings.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bin, consumer, docBlock, workspace } from './project.mjs';

let project;
before(async () => {
  project = await consumer();
});

/** Runs a checker; returns its output and whether it passed. */
function check(name, args, cwd) {
  try {
    return { ok: true, out: bin(project.dir, name, args, cwd) };
  } catch (error) {
    return { ok: false, out: `${error.stdout ?? ''}${error.stderr ?? ''}` };
  }
}

const TSCONFIG = {
  compilerOptions: { target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom', 'dom.iterable'], strict: true, noEmit: true, skipLibCheck: true, types: [] },
};

test('docs/frameworks.md Vue 3 snippet: imports define.js, and vue-tsc (strict templates) checks it with strong-finish/vue', () => {
  const sfc = docBlock('frameworks-vue');
  assert.match(sfc, /import 'strong-finish\/internship-checklist\/define\.js';/, 'the snippet defines the tag it uses');
  const dir = workspace(project.dir, 'vue');
  writeFileSync(join(dir, 'Finish.vue'), sfc);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ ...TSCONFIG, include: ['*.vue'], vueCompilerOptions: { strictTemplates: true } }, null, 2));
  const good = check('vue-tsc', ['--noEmit', '-p', 'tsconfig.json'], dir);
  assert.ok(good.ok, good.out);

  // The same file with a wrong detail field and a wrong attribute value: both must be reported.
  writeFileSync(join(dir, 'Finish.vue'), sfc.replace('$event.detail.format', '$event.detail.formatt').replace('storage="none"', 'storage="nowhere"'));
  const bad = check('vue-tsc', ['--noEmit', '-p', 'tsconfig.json'], dir);
  assert.equal(bad.ok, false, 'a misspelt detail field and attribute value fail');
  assert.match(bad.out, /formatt/);
  assert.match(bad.out, /nowhere/);
});

test('docs/frameworks.md Svelte 5 snippet: closing tags, define.js, and svelte-check (no error, no warning) with strong-finish/svelte', () => {
  const component = docBlock('frameworks-svelte');
  assert.doesNotMatch(component, /<[a-z]+-[a-z-]+[^>]*\/>/, 'no self-closing custom element tag');
  assert.match(component, /import 'strong-finish\/internship-checklist\/define\.js';/);
  const dir = workspace(project.dir, 'svelte');
  writeFileSync(join(dir, 'Finish.svelte'), component);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ ...TSCONFIG, include: ['*.svelte'] }, null, 2));
  const args = ['--workspace', dir, '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human'];
  const good = check('svelte-check', args, dir);
  assert.ok(good.ok, good.out);

  writeFileSync(join(dir, 'Finish.svelte'), component.replace('e.detail.format', 'e.detail.formatt').replace('storage="none"', 'storage="nowhere"'));
  const bad = check('svelte-check', args, dir);
  assert.equal(bad.ok, false, 'a misspelt detail field and attribute value fail');
  assert.match(bad.out, /formatt/);
  assert.match(bad.out, /nowhere/);
});
