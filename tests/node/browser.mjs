// Shared by the Node tests that drive headless Chromium (Debian's, through puppeteer-core).
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../../scripts/browsers.mjs';

/** Headless Chromium with the flags every Node test uses on these machines (root, small /dev/shm). */
export function launchChromium() {
  return puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
}

/** Every tag the custom elements manifest declares, sorted. */
export function manifestTags() {
  return JSON.parse(readFileSync('custom-elements.json', 'utf8'))
    .modules.flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => d.tagName)
    .sort();
}
