// Shared by the Node tests that drive headless Chromium (Debian's, through puppeteer-core).
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../../scripts/browsers.mjs';
import { fakeTodayScript } from '../../scripts/fake-today.mjs';

/**
 * Headless Chromium with the flags every Node test uses on these machines (root, small /dev/shm). With
 * SF_TODAY=YYYY-MM-DD, every page it opens has that day as today (scripts/fake-today.mjs), as in wtr.
 */
export async function launchChromium() {
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  const today = process.env.SF_TODAY;
  if (today) {
    const newPage = browser.newPage.bind(browser);
    browser.newPage = async (...args) => {
      const page = await newPage(...args);
      await page.evaluateOnNewDocument(fakeTodayScript(today));
      return page;
    };
  }
  return browser;
}

/** Every tag the custom elements manifest declares, sorted. */
export function manifestTags() {
  return JSON.parse(readFileSync('custom-elements.json', 'utf8'))
    .modules.flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => d.tagName)
    .sort();
}
