import { esbuildPlugin } from '@web/dev-server-esbuild';

import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { findChromium, findFirefox } from './scripts/browsers.mjs';
import { fakeTodayScript } from './scripts/fake-today.mjs';

const chromium = findChromium();
const firefox = findFirefox();
const only = process.env.SF_BROWSERS?.split(',');

const browsers = [
  chromeLauncher({
    launchOptions: {
      executablePath: chromium,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update',
        // Test pages run side by side; background tabs must not have their timers throttled.
        '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
    },
  }),
];
if (firefox && (!only || only.includes('firefox'))) {
  browsers.push(
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: firefox,
        headless: true,
        extraPrefsFirefox: { 'dom.min_background_timeout_value': 4, 'dom.timeout.enable_budget_timer_throttling': false, 'browser.download.alwaysOpenPanel': false },
      },
    }),
  );
}

// WebKit (WebKitGTK's MiniBrowser) through WebKitWebDriver, started by scripts/test-webkit.sh under xvfb.
const webkitPort = process.env.SF_WEBKIT_PORT;
if (webkitPort && (!only || only.includes('webkit'))) {
  browsers.push(
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(webkitPort),
      path: '/',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
      },
    }),
  );
}

// SF_TODAY=YYYY-MM-DD fakes today for the whole test page, before any test code (npm run test:dates).
const today = process.env.SF_TODAY;
const testRunnerHtml = today
  ? (framework) => `<!DOCTYPE html><html><head><script>${fakeTodayScript(today)}</script></head><body><script type="module" src="${framework}"></script></body></html>`
  : undefined;

export default {
  // The #28 matrix runs every cell in Chromium. Its Firefox/WebKit subsets (tests/matrix/matrix.ts
  // groups()) are not verified green on main yet, so they run only when asked (SF_MATRIX_ALL_BROWSERS=1).
  files: only && !only.includes('chromium') && process.env.SF_MATRIX_ALL_BROWSERS !== '1' ? ['tests/**/*.test.ts', '!tests/matrix/**'] : ['tests/**/*.test.ts'],
  ...(testRunnerHtml ? { testRunnerHtml } : {}),
  nodeResolve: { exportConditions: ['development'] },
  // The sandboxed-iframe test (tests/reliability) loads the bundle from an opaque origin: module scripts need CORS.
  middleware: [
    (ctx, next) => {
      if (ctx.path.startsWith('/dist/')) ctx.set('Access-Control-Allow-Origin', '*');
      return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2021' })],
  browsers: only && !only.includes('chromium') ? browsers.slice(1) : browsers,
  // WebDriver sessions run one page at a time.
  concurrency: webkitPort || (only && !only.includes('chromium')) ? 1 : 2,
  testFramework: { config: { timeout: 10000 } },
  // scripts/test-browsers.mjs gives Firefox batches less (SF_FINISH_TIMEOUT): a hung batch is rerun file by file.
  testsFinishTimeout: Number(process.env.SF_FINISH_TIMEOUT) || 600000,
  browserStartTimeout: 60000,
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
