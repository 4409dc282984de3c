import { esbuildPlugin } from '@web/dev-server-esbuild';

import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { findChromium, findFirefox } from './scripts/browsers.mjs';

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
        extraPrefsFirefox: { 'dom.min_background_timeout_value': 4, 'dom.timeout.enable_budget_timer_throttling': false },
      },
    }),
  );
}

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2021' })],
  browsers: only && !only.includes('chromium') ? browsers.slice(1) : browsers,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
  browserStartTimeout: 60000,
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
