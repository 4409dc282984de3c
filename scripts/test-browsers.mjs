// Runs the browser tests: Chromium (2 pages at a time, one run), then Firefox ESR (when installed) and
// WebKit (when SF_WEBKIT=1, under Xvfb) side by side: each drives one page at a time and mostly waits, so
// the two together take about as long as the slower one (they ran one after the other, ~13 min each).
// Firefox and WebKit run a few test files per browser start (SF_BATCH; by default 16 in Firefox, 8 in the
// slower WebKit, each batch well under the 5 min after which a hung batch is cut), so that one file that
// hangs or leaves the browser in a bad state costs one batch, not the run. (Keyboard tests used to fail late
// in Firefox batches and pass alone: a test tabbed past the page's last control into Firefox's toolbar and
// the reused tab kept no focus; see tests/a11y/keyboard.test.ts.) A batch that fails is run again one file
// per browser start, and those runs are what counts: a file fails only if it fails alone.
// A file that fails in Chromium's run is run again alone too, and that run decides. Every file that failed
// and passed alone is named at the end ("flaky"), so CI's last lines say what to look at.
// Extra arguments go to wtr (e.g. --files 'tests/core/*.test.ts'); then each browser is one run.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findFirefox } from './browsers.mjs';

const args = process.argv.slice(2);
const totals = { passed: 0, failed: 0 };
const add = (counts) => counts.forEach(([p, f]) => ((totals.passed += p), (totals.failed += f)));

/**
 * Runs one wtr and resolves with its status and each browser's final "N passed, N failed". Its output is
 * printed whole when it ends, so two browsers running side by side never interleave their lines.
 */
const run = (env, cmdArgs, cmd = 'npx') =>
  new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      process.stdout.write(out);
      process.stderr.write(err);
      const last = new Map();
      for (const m of out.matchAll(/(Chrome|Firefox|MiniBrowser|WebKit|Safari)[A-Za-z]*:[^\n]*?(\d+) passed, (\d+) failed/g)) last.set(m[1], [+m[2], +m[3]]);
      resolve({ status: code ?? 1, counts: [...last.values()], failedFiles: failedFiles(out) });
    });
  });

/** The test files wtr's report lists with a failed test (❌) under them. */
function failedFiles(out) {
  const files = new Set();
  let file;
  for (const line of out.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').split('\n')) {
    const header = /^(tests\/\S+\.test\.ts):/.exec(line);
    if (header) file = header[1];
    else if (file && line.includes('❌')) files.add(file);
  }
  return [...files];
}

/** Files that failed once and passed alone, per browser: named in the closing lines. */
const flaky = [];

function testFiles(dir = 'tests') {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return path.endsWith('.test.ts') ? [path] : [];
  });
}

/**
 * Runs `files` in batches in one browser; a failed batch is rerun one file per browser start and those
 * runs decide. Resolves with the files that failed alone.
 */
async function batched(name, files, runFiles, batchSize) {
  const failed = [];
  const size = Math.max(1, Number(process.env.SF_BATCH ?? process.env.SF_FIREFOX_BATCH) || batchSize);
  const batches = [];
  for (let i = 0; i < files.length; i += size) batches.push(files.slice(i, i + size));
  for (const batch of batches) {
    // A batch takes 1–3 min; one that hangs (the kit's suite did, in a tab without focus) is cut at 5 min.
    const together = await runFiles(batch, { SF_FINISH_TIMEOUT: '300000' });
    if (!together.status) {
      add(together.counts);
      continue;
    }
    if (batch.length === 1) {
      add(together.counts);
      failed.push(batch[0]);
      continue;
    }
    console.log(`${name}: a batch failed (${together.failedFiles.join(', ') || 'no test named'}); running its ${batch.length} files one per browser start`);
    for (const file of batch) {
      const alone = await runFiles([file], {});
      add(alone.counts);
      if (alone.status) failed.push(file);
      else if (together.failedFiles.includes(file)) flaky.push(`${name} ${file} (in a batch of ${batch.length})`);
    }
  }
  if (failed.length) console.error(`${name}: failures in ${failed.join(', ')}`);
  return failed;
}

// SF_TEST_FILES (space-separated) narrows every browser's run to those files, to try this script.
const chosen = args.length ? undefined : process.env.SF_TEST_FILES?.split(/\s+/).filter(Boolean);
const chromium = await run({ SF_BROWSERS: 'chromium' }, ['wtr', ...(chosen ? ['--files', ...chosen] : args)]);
let status = chromium.status;
const failures = [];
if (status && chromium.failedFiles.length) {
  // Run each failed file again alone; those runs decide. Its tests that failed count as passed only then.
  console.log(`Chromium: failures in ${chromium.failedFiles.join(', ')}; running each again alone`);
  const [[passed, failed] = [0, 0]] = chromium.counts;
  let failedAgain = 0;
  for (const file of chromium.failedFiles) {
    const again = await run({ SF_BROWSERS: 'chromium' }, ['wtr', '--files', file]);
    const [[, f] = [0, 1]] = again.counts;
    if (again.status) {
      failures.push(`Chromium ${file}`);
      failedAgain += Math.max(f, 1);
    } else flaky.push(`Chromium ${file}`);
  }
  add([[passed + Math.max(0, failed - failedAgain), failedAgain]]);
  status = failures.length ? 1 : 0;
} else {
  add(chromium.counts);
  if (status) failures.push('Chromium (no failed test named: see its output)');
}

// Not the #28 matrix (see web-test-runner.config.mjs): Chromium runs all of its cells.
const files = args.length ? null : (chosen ?? testFiles()).filter((f) => process.env.SF_MATRIX_ALL_BROWSERS === '1' || !f.startsWith('tests/matrix/')).sort();
// Each browser's server has its own port: started in the same instant, both took wtr's first free one (8000).
const firefox = (batch, env) => run({ SF_BROWSERS: 'firefox', ...env }, ['wtr', '--port', '8100', '--files', ...batch]);
const webkit = (batch, env) => run(env, ['scripts/test-webkit.sh', '--port', '8200', '--files', ...batch], 'bash');
const others = [];
/** With wtr arguments each browser is one plain run. */
const once = (env, cmdArgs, cmd) => run(env, cmdArgs, cmd).then((r) => (add(r.counts), r.status));
if (findFirefox()) others.push(files ? batched('Firefox', files, firefox, 16).then((f) => (failures.push(...f.map((x) => `Firefox ${x}`)), f.length)) : once({ SF_BROWSERS: 'firefox' }, ['wtr', ...args]));
else console.log('Firefox ESR not installed: skipping it (apt-get install firefox-esr).');
if (process.env.SF_WEBKIT === '1') others.push(files ? batched('WebKit', files, webkit, 8).then((f) => (failures.push(...f.map((x) => `WebKit ${x}`)), f.length)) : once({}, ['scripts/test-webkit.sh', ...args], 'bash'));
for (const failedCount of await Promise.all(others)) status ||= failedCount ? 1 : 0;

// The closing lines CI reads (its log shows only the end): what failed, what passed only alone, the totals.
if (failures.length) console.log(`browser test files that failed: ${failures.join('; ')}`);
if (flaky.length) console.log(`flaky (failed, then passed alone): ${flaky.join('; ')}`);
console.log(`browser tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(status);
