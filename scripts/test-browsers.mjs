// Runs the browser tests: Chromium (2 pages at a time), then Firefox ESR when installed (1 page at a
// time: its keyboard events go to the focused tab only), then WebKit when SF_WEBKIT=1 (under Xvfb).
// Extra arguments go to wtr (e.g. --files 'tests/core/*.test.ts').
import { spawnSync } from 'node:child_process';
import { findFirefox } from './browsers.mjs';

const args = process.argv.slice(2);
const run = (env, cmd = 'npx', cmdArgs = ['wtr', ...args]) => {
  const result = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
};

let status = run({ SF_BROWSERS: 'chromium' });
if (findFirefox()) status = run({ SF_BROWSERS: 'firefox' }) || status;
else console.log('Firefox ESR not installed: skipping it (apt-get install firefox-esr).');
if (process.env.SF_WEBKIT === '1') status = run({}, 'bash', ['scripts/test-webkit.sh', ...args]) || status;
process.exit(status);
