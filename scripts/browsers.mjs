// Finds Debian's browsers for the test runner and the benchmark. Never downloads one.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

function first(paths) {
  return paths.find((p) => existsSync(p));
}

/** Path of Chromium; installs Debian's package when running as root on Debian, else explains how. */
export function findChromium() {
  const env = process.env.CHROME_PATH;
  if (env && existsSync(env)) return env;
  let found = first(CHROMIUM);
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('strong-finish: Chromium not found; installing Debian\'s "chromium" package with apt-get…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    found = first(CHROMIUM);
    if (found) return found;
  }
  console.error(
    'strong-finish: no Chromium found. Install it with `sudo apt-get install chromium` (Debian/Ubuntu),\n' +
      'or set CHROME_PATH to a Chrome/Chromium binary. The tests never download a browser.',
  );
  process.exit(1);
}

export function findFirefox() {
  if (process.env.SF_NO_FIREFOX) return undefined;
  return first(FIREFOX);
}
