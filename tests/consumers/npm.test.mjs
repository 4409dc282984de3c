// The npm blocks of README.md and docs/job-boards.md, run as written by Node in the clean consumer project:
// every import resolves from the tarball and its declared dependencies alone (the original `tslib` bug),
// and importing in Node touches no browser global. The VS Code settings block names a file that is there.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumer, docBlock, workspace } from './project.mjs';

let project;
let dir;
before(async () => {
  project = await consumer();
  dir = workspace(project.dir, 'npm');
});

for (const name of ['readme-npm', 'job-boards-npm', 'readme-translations', 'job-boards-translations', 'job-boards-languages']) {
  test(`${name}: runs in Node from a clean install`, () => {
    writeFileSync(join(dir, `${name}.mjs`), `${docBlock(name)}\nconsole.log('ran');\n`);
    assert.equal(execFileSync(process.execPath, [`${name}.mjs`], { cwd: dir, encoding: 'utf8' }).trim(), 'ran');
  });
}

test('docs/frameworks.md VS Code settings: the custom data file is where the block says', () => {
  const settings = JSON.parse(docBlock('frameworks-vscode'));
  for (const path of settings['html.customData']) assert.ok(existsSync(join(project.dir, path)), path);
});
