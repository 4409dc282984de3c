// Packs the package as npm would, then runs publint and @arethetypeswrong/cli on the tarball,
// and checks that the tarball holds what users need and nothing they don't.
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'sf-pack-'));
const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
try {
  const out = execSync(`npm pack --json --pack-destination ${dir}`, { encoding: 'utf8' });
  const [info] = JSON.parse(out);
  const tarball = join(dir, info.filename);
  const files = info.files.map((f) => f.path);
  const must = ['dist/strong-finish.js', 'dist/index.js', 'dist/index.d.ts', 'dist/all.js', 'custom-elements.json', 'package.json', 'README.md'];
  const missing = must.filter((f) => !files.includes(f));
  const unwanted = files.filter((f) => /^(src|tests|stories|demo|scripts|\.storybook)\//.test(f) || f.includes('.test.'));
  console.log(`check:package: ${files.length} files, ${(info.size / 1024).toFixed(1)} KB packed`);
  if (missing.length) throw new Error(`missing from the package: ${missing.join(', ')}`);
  if (unwanted.length) throw new Error(`should not be in the package: ${unwanted.slice(0, 10).join(', ')}`);
  run(`npx publint ${tarball} --strict`);
  run(`npx attw ${tarball} --profile esm-only`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
