// Runs the browser tests: Chromium (2 pages at a time, one run), then Firefox ESR when installed, then
// WebKit when SF_WEBKIT=1 (under Xvfb). Firefox runs one test file per browser start: in one long
// session, puppeteer's BiDi key presses stop triggering default actions (Space on a checkbox, Enter
// on a button) after a while, and one test file in a shared session could hang the rest.
// Extra arguments go to wtr (e.g. --files 'tests/core/*.test.ts').
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findFirefox } from './browsers.mjs';

const args = process.argv.slice(2);
const totals = { passed: 0, failed: 0 };
/** Runs one wtr; echoes its output and adds each browser's final "N passed, N failed" to the totals. */
const run = (env, cmdArgs, cmd = 'npx') => {
  const result = spawnSync(cmd, cmdArgs, {
    stdio: ['inherit', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ...env },
  });
  const out = result.stdout ?? '';
  process.stdout.write(out);
  const last = new Map();
  for (const m of out.matchAll(/(Chrome|Firefox|MiniBrowser|WebKit|Safari)[A-Za-z]*:[^\n]*?(\d+) passed, (\d+) failed/g)) last.set(m[1], [+m[2], +m[3]]);
  for (const [p, f] of last.values()) {
    totals.passed += p;
    totals.failed += f;
  }
  return result.status ?? 1;
};

function testFiles(dir = 'tests') {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return path.endsWith('.test.ts') ? [path] : [];
  });
}

let status = run({ SF_BROWSERS: 'chromium' }, ['wtr', ...args]);

if (findFirefox()) {
  // Not the #28 matrix (see web-test-runner.config.mjs): Chromium runs all of its cells.
  const files = args.length ? null : testFiles().filter((f) => process.env.SF_MATRIX_ALL_BROWSERS === '1' || !f.startsWith('tests/matrix/')).sort();
  if (files) {
    const failed = [];
    for (const file of files) if (run({ SF_BROWSERS: 'firefox' }, ['wtr', '--files', file])) failed.push(file);
    if (failed.length) {
      console.error(`Firefox: failures in ${failed.join(', ')}`);
      status ||= 1;
    }
  } else status = run({ SF_BROWSERS: 'firefox' }, ['wtr', ...args]) || status;
} else console.log('Firefox ESR not installed: skipping it (apt-get install firefox-esr).');

if (process.env.SF_WEBKIT === '1') status = run({}, ['scripts/test-webkit.sh', ...args], 'bash') || status;
// The plain closing line CI reads.
console.log(`browser tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(status);
