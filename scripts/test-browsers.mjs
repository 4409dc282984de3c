// Runs the browser tests: Chromium (2 pages at a time, one run), then Firefox ESR when installed, then
// WebKit when SF_WEBKIT=1 (under Xvfb). Firefox runs a few test files per browser start
// (SF_FIREFOX_BATCH, default 8): in one long session, puppeteer's BiDi key presses stop triggering
// default actions (Space on a checkbox, Enter on a button) after a while. A batch that fails is run
// again one file per browser start, and those runs are what counts: a file fails only if it fails
// alone. (One file per start for all ~90 files spent ~8 s of start-up each, a third of CI's time.)
// Extra arguments go to wtr (e.g. --files 'tests/core/*.test.ts').
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findFirefox } from './browsers.mjs';

const args = process.argv.slice(2);
const totals = { passed: 0, failed: 0 };
/** Runs one wtr; echoes its output and adds each browser's final "N passed, N failed" to the totals. */
const run = (env, cmdArgs, cmd = 'npx', count = true) => {
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
  if (count)
    for (const [p, f] of last.values()) {
      totals.passed += p;
      totals.failed += f;
    }
  return { status: result.status ?? 1, counts: [...last.values()] };
};

function testFiles(dir = 'tests') {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return path.endsWith('.test.ts') ? [path] : [];
  });
}

let status = run({ SF_BROWSERS: 'chromium' }, ['wtr', ...args]).status;

if (findFirefox()) {
  // Not the #28 matrix (see web-test-runner.config.mjs): Chromium runs all of its cells.
  const files = args.length ? null : testFiles().filter((f) => process.env.SF_MATRIX_ALL_BROWSERS === '1' || !f.startsWith('tests/matrix/')).sort();
  if (files) {
    const failed = [];
    const size = Math.max(1, Number(process.env.SF_FIREFOX_BATCH) || 8);
    for (let i = 0; i < files.length; i += size) {
      const batch = files.slice(i, i + size);
      // A batch takes ~100 s; one that hangs (seen once in 11, on the kit's suite) is cut at 5 min and rerun file by file.
      const together = run({ SF_BROWSERS: 'firefox', SF_FINISH_TIMEOUT: '300000' }, ['wtr', '--files', ...batch], 'npx', false);
      const add = () => together.counts.forEach(([p, f]) => ((totals.passed += p), (totals.failed += f)));
      if (!together.status) {
        add();
        continue;
      }
      if (batch.length > 1) console.log(`Firefox: a batch failed; running its ${batch.length} files one per browser start`);
      for (const file of batch) if (batch.length === 1 ? together.status : run({ SF_BROWSERS: 'firefox' }, ['wtr', '--files', file]).status) failed.push(file);
      if (batch.length === 1) add();
    }
    if (failed.length) {
      console.error(`Firefox: failures in ${failed.join(', ')}`);
      status ||= 1;
    }
  } else status = run({ SF_BROWSERS: 'firefox' }, ['wtr', ...args]).status || status;
} else console.log('Firefox ESR not installed: skipping it (apt-get install firefox-esr).');

if (process.env.SF_WEBKIT === '1') status = run({}, ['scripts/test-webkit.sh', ...args], 'bash').status || status;
// The plain closing line CI reads.
console.log(`browser tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(status);
