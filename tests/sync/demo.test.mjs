// demo/sync.html: with the reference server running it saves there; without it, it says so and saves nowhere.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { startStack, freshUser, BROWSERS, launchBrowser } from './helpers.mjs';

let stack;
let srv;
let demo;

before(async () => {
  stack = await startStack();
  srv = stack.srv;
  demo = `${stack.origin}/demo/sync.html`;
});
after(() => stack?.stop());

const stateText = (page) => page.$eval('#state', (p) => p.textContent);

for (const name of BROWSERS) {
  describe(name, () => {
    let browser;
    before(async () => {
      browser = await launchBrowser(name);
    });
    after(() => browser?.close());

    test('with the server running, a tick on the demo page is stored for the demo user in PostgreSQL', async () => {
      const user = freshUser('demo');
      const page = await browser.newPage();
      try {
        await page.goto(`${demo}?api=${encodeURIComponent(srv.url)}&user=${user}`);
        await page.waitForFunction(() => /Synced/.test(document.getElementById('state').textContent));
        await page.waitForFunction(() => document.querySelector('internship-checklist')?.shadowRoot?.querySelector('li[data-id] input[data-c="check"]'));
        const box = await page.evaluateHandle(() => document.querySelector('internship-checklist')?.shadowRoot?.querySelector('li[data-id] input[data-c="check"]'));
        const id = await box.evaluate((b) => b.closest('li').dataset.id);
        await box.click();
        const sql = new pg.Client({ connectionString: stack.db.url });
        await sql.connect();
        try {
          let done;
          for (let i = 0; i < 100 && !done; i++) {
            const { rows } = await sql.query("SELECT convert_from(body, 'UTF8') AS t FROM sf_documents WHERE user_id = $1", [user]);
            done = rows[0] && JSON.parse(rows[0].t).data.items.find((item) => item.id === id)?.done;
            if (!done) await new Promise((r) => setTimeout(r, 100));
          }
          assert.equal(done, true);
        } finally {
          await sql.end();
        }
      } finally {
        await page.close();
      }
    });

    test('without a server the demo says how to start one and writes nothing to browser storage', async () => {
      const page = await browser.newPage();
      try {
        await page.goto(`${demo}?api=${encodeURIComponent('http://127.0.0.1:9/v1')}`);
        await page.waitForFunction(() => /not running/.test(document.getElementById('state').textContent));
        assert.match(await stateText(page), /npm run sync-server/);
        await page.waitForFunction(() => document.querySelector('internship-checklist')?.shadowRoot?.querySelector('li[data-id]'));
        const box = await page.evaluateHandle(() => document.querySelector('internship-checklist')?.shadowRoot?.querySelector('li[data-id] input[data-c="check"]'));
        await box.click();
        await new Promise((r) => setTimeout(r, 600));
        assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
      } finally {
        await page.close();
      }
    });
  });
}
