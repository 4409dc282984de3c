// Stands in for @web/test-runner-commands when tests/journey/journey.test.ts runs under
// tests/sync/journey.test.mjs: keys go to puppeteer (functions the Node test exposes on the page).
// Before each step change (ArrowRight along the kit's tabs) the Node test checks what reached the other device.
export async function sendKeys(options) {
  if ('press' in options) {
    if (options.press === 'ArrowRight') await window.sfCheckpoint();
    await window.sfPress(options.press);
  } else await window.sfType(options.type);
}

// @open-wc/testing imports these for snapshot assertions, which the journey does not make.
const none = (name) => () => Promise.reject(new Error(`${name} is not available outside the test runner`));
export const getSnapshot = none('getSnapshot');
export const getSnapshotConfig = none('getSnapshotConfig');
export const saveSnapshot = none('saveSnapshot');
