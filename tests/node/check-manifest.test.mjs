// scripts/check-manifest.mjs fails when the manifest documents a CSS custom property the styles never
// use (#20 §5: `internship-wrap-up` once documented `--sf-dark-*` tokens that existed nowhere). Runs the
// script against the built custom-elements.json and against copies with one made-up property.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SCRIPT = resolve('scripts/check-manifest.mjs');

/** Runs the check in a folder holding `src` (linked) and the given manifest. */
function check(manifest) {
  const dir = mkdtempSync(join(tmpdir(), 'sf-manifest-'));
  try {
    symlinkSync(resolve('src'), join(dir, 'src'), 'dir');
    writeFileSync(join(dir, 'custom-elements.json'), JSON.stringify(manifest));
    return spawnSync(process.execPath, [SCRIPT], { cwd: dir, encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The manifest with `edit` applied to one element's declaration. */
function withElement(tag, edit) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  assert.ok(declaration, `<${tag}> in the manifest`);
  edit(declaration);
  return manifest;
}

test('check-manifest passes on the built manifest and fails on a documented CSS property no style uses', { skip: !existsSync('custom-elements.json') && 'run `npm run build` first' }, () => {
  const ok = check(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
  assert.equal(ok.status, 0, ok.stderr);

  const made = check(withElement('internship-wrap-up', (d) => d.cssProperties.push({ name: '--sf-dark-nowhere', description: 'A token no style reads.' })));
  assert.equal(made.status, 1);
  assert.match(made.stderr, /<internship-wrap-up>.*documents CSS property --sf-dark-nowhere, which no style uses/);

  const family = check(withElement('internship-checklist', (d) => d.cssProperties.push({ name: '--sf-nothing-*', description: 'A family with no member.' })));
  assert.equal(family.status, 1);
  assert.match(family.stderr, /--sf-nothing-\*, which no style uses/);

  const mentioned = check(withElement('keep-in-touch', (d) => (d.cssProperties[0].description += ' Also sets `--sf-made-up`.')));
  assert.equal(mentioned.status, 1);
  assert.match(mentioned.stderr, /mentions CSS property --sf-made-up/);
});
