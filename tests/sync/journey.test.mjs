// Issue 29: the journey of tests/journey/journey.test.ts (en, es, ar), run once with the kit on
// createHttpStorage() against the reference server on PostgreSQL, on one device (a browser context),
// while a second device (another context, same account) shows the same kit. At every step — each time the
// journey moves to the next tab, and at its end — what the first device shows must have arrived on the
// second: the kit's whole value, and the progress the overview cards say. Chromium (puppeteer-core).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { build } from 'esbuild';
import pg from 'pg';
import { startStack, createToken, freshUser, launchBrowser, ROOT } from './helpers.mjs';

const LANGS = (process.env.SF_JOURNEY_LANGS ?? 'en,es,ar').split(',');
let stack;
let browser;
let bundle;
let sql;
before(async () => {
  stack = await startStack();
  sql = new pg.Client({ connectionString: stack.db.url });
  await sql.connect();
  browser = await launchBrowser('chromium');
  const result = await build({
    entryPoints: [join(ROOT, 'tests/sync/pages/journey-entry.js')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2021',
    tsconfig: join(ROOT, 'tsconfig.json'),
    write: false,
    logLevel: 'silent',
    ignoreAnnotations: true, // the journey file is imported for its describe() calls
    alias: { '@web/test-runner-commands': join(ROOT, 'tests/sync/pages/journey-commands.js') },
  });
  bundle = result.outputFiles[0].text;
});
after(async () => {
  await sql?.end();
  await browser?.close();
  await stack?.stop();
});

/**
 * What a device shows of the kit: its value, and the progress each overview card says (the first number
 * on it, in either digits; a step not opened on one device says "Not started" where the other, which
 * opened it, says "0 of 6 done": both are 0).
 */
const kitState = (page) =>
  page.evaluate(() => {
    const kit = document.querySelector('internship-wrap-up');
    if (!kit?.shadowRoot) return undefined;
    const done = (text) => Number(/\d+/.exec(text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)))?.[0] ?? 0);
    return {
      value: kit.value,
      cards: [...kit.shadowRoot?.querySelectorAll('li .hint')].map((hint) => done(hint.textContent)),
    };
  });

for (const lang of LANGS) {
  test(`journey (${lang}) on createHttpStorage: every step arrives on the other device`, async (t) => {
    const user = freshUser(`journey-${lang}`);
    const token = createToken(user);
    const key = `journey-run-${lang}`;
    const contexts = [await browser.createBrowserContext(), await browser.createBrowserContext()];
    try {
      const [a, b] = await Promise.all(contexts.map((c) => c.newPage({ type: 'window' })));
      const errors = [];
      for (const page of [a, b]) page.on('pageerror', (e) => errors.push(e.message));
      // The other device first: the kit on the same account and key, in the same language.
      await b.goto(`${stack.origin}/tests/sync/pages/kit.html?api=${encodeURIComponent(stack.srv.url)}&token=${token}&hosted=0&bare=1&lang=${lang}&key=${key}`);
      await b.waitForFunction(() => document.querySelector('internship-wrap-up')?.hasUpdated);

      const arrivals = [];
      let step = 0;
      /** The kit's document as the server holds it (the envelope's data). */
      const stored = async () => {
        const { rows } = await sql.query("SELECT convert_from(body, 'UTF8') AS text FROM sf_documents WHERE user_id = $1 AND key = $2", [user, `strong-finish/internship-wrap-up/${key}`]);
        return rows[0] ? JSON.parse(rows[0].text).data : {};
      };
      /**
       * Waits until the other device shows what this one does: every part of the kit's value that is saved
       * or that the other device holds is the same on both (a step only opened here, with nothing done in
       * it, is not saved — opening is not progress — so it is not expected there), and every overview card
       * says the same progress. Records how long it took.
       */
      const checkpoint = async (label) => {
        step++;
        const started = Date.now();
        let mine;
        let theirs;
        let differs;
        while (Date.now() - started < 10_000) {
          const [m, th, saved] = await Promise.all([kitState(a), kitState(b), stored()]);
          [mine, theirs] = [m, th];
          const parts = [...new Set([...Object.keys(saved), ...Object.keys(th?.value ?? {})])];
          differs = parts.filter((part) => !isDeepStrictEqual(m?.value[part], th?.value[part]));
          if (m && th && !differs.length && m.cards.join() === th.cards.join()) break;
          await new Promise((r) => setTimeout(r, 50));
        }
        arrivals.push(Date.now() - started);
        assert.deepEqual(theirs?.cards, mine?.cards, `${label} ${step}: the other device's overview says what this one does`);
        for (const part of differs) assert.deepEqual(theirs?.value[part], mine?.value[part], `${label} ${step}: the other device holds what this one does (${part})`);
      };
      await a.exposeFunction('sfPress', (k) => a.keyboard.press(k));
      await a.exposeFunction('sfType', (text) => a.keyboard.type(text));
      await a.exposeFunction('sfCheckpoint', async () => {
        try {
          await checkpoint('before the next tab');
          return '';
        } catch (error) {
          return error.message;
        }
      });
      await a.goto(`${stack.origin}/tests/sync/pages/journey.html`);
      await a.addScriptTag({ content: bundle, type: 'module' });
      await a.waitForFunction(() => typeof window.sfJourney === 'function');
      await a.bringToFront();
      // A failed checkpoint is reported to the page, which goes on; the first one is rethrown here.
      const failures = [];
      await a.exposeFunction('sfFailed', (message) => failures.push(message));
      await a.evaluate(() => {
        const check = window.sfCheckpoint;
        window.sfCheckpoint = async () => {
          const message = await check();
          if (message) await window.sfFailed(message);
        };
      });
      const failed = await a.evaluate((l, api, tk) => window.sfJourney(l, api, tk).then(() => '', (e) => `${e?.message ?? e}\n${e?.stack ?? ''}`), lang, stack.srv.url, token);
      assert.equal(failed, '', 'the journey itself passes on this device');
      assert.deepEqual(failures, [], 'every step arrived');
      await checkpoint('at the end');
      const sorted = [...arrivals].sort((x, y) => x - y);
      t.diagnostic(`${arrivals.length} checkpoints; waited for the other device: median ${sorted[sorted.length >> 1]} ms, max ${sorted.at(-1)} ms`);
      assert.deepEqual(errors, []);
    } finally {
      for (const context of contexts) await context.close();
    }
  });
}
