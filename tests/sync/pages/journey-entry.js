// The journey of tests/journey/journey.test.ts on a device whose kit saves through createHttpStorage()
// (bundled by tests/sync/journey.test.mjs, with @web/test-runner-commands replaced by journey-commands.js).
import { suites } from './journey-globals.js';
import '../../journey/journey.test.ts';
import { createHttpStorage } from '../../../src/core/storage/http-storage.ts';

/** Runs the journey in `lang` on this device; resolves when it passed, rejects with what failed. */
window.sfJourney = async (lang, api, token) => {
  window.sfStorage = createHttpStorage({ url: api, headers: { Authorization: `Bearer ${token}` }, label: 'Saved to your account' });
  const name = [...suites.keys()].find((n) => n.startsWith(`journey (${lang})`));
  const suite = suites.get(name);
  for (const it of suite.its) await it.call({ timeout() {} });
  for (const after of suite.afters) await after();
};
