// The createHttpStorage sample of docs/job-boards.md (section 12), run as written in a page built from the
// packed tarball, against the reference sync server (examples/sync-server) on a real PostgreSQL: what a
// job board adopting the kit with accounts gets. The page's `/api/strong-finish/v1/*` is forwarded to
// the sync server, as a host's own backend route would be.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { launchChromium } from '../node/browser.mjs';
import { consumer, docBlock, openPage, serve, workspace } from './project.mjs';
import { startDatabase, startServer, createToken, freshUser } from '../sync/helpers.mjs';

const PREFIX = '/api/strong-finish/v1/';
const user = freshUser('consumer');
let db;
let sync;
let server;
let browser;
let sql;

before(async () => {
  db = startDatabase();
  sync = await startServer(db.url);
  const { dir, tarball } = await consumer();
  const root = workspace(dir, 'sync');
  execFileSync('tar', ['-xzf', tarball, '-C', root]);
  writeFileSync(join(root, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Signed-in host</title>
<script type="importmap">{ "imports": { "strong-finish": "/package/dist/strong-finish.bundle.js" } }</script>
<script>window.session = { accessToken: ${JSON.stringify(createToken(user))}, userId: ${JSON.stringify(user)} };</script>
</head><body>
<internship-checklist intern-name="Maya" end-date="2026-12-18" storage-key="sync"></internship-checklist>
<script type="module">
${docBlock('job-boards-sync')}
</script></body></html>\n`);
  server = await serve(root, {
    [`${PREFIX}*`]: async (req, res, body, url) => {
      // This host route forwards plain requests only: live updates are "not offered", which the adapter accepts.
      if (url.pathname.endsWith('/events')) return res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"error":"not_found"}');
      const headers = {};
      for (const name of ['authorization', 'content-type', 'if-match', 'if-none-match']) if (req.headers[name]) headers[name] = req.headers[name];
      const answer = await fetch(`${sync.url}/${url.pathname.slice(PREFIX.length)}`, { method: req.method, headers, body: ['GET', 'HEAD', 'DELETE'].includes(req.method) ? undefined : body });
      const out = { 'Content-Type': answer.headers.get('content-type') ?? 'text/plain' };
      if (answer.headers.get('etag')) out.ETag = answer.headers.get('etag');
      res.writeHead(answer.status, out).end(Buffer.from(await answer.arrayBuffer()));
    },
  });
  browser = await launchChromium();
  sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await sql?.end();
  await sync?.stop();
  db?.stop();
});

const firstBox = 'document.querySelector("internship-checklist")?.shadowRoot?.querySelector("li[data-id] input[data-c=\\"check\\"]")';
async function load(page) {
  await page.goto(server.url + '/');
  await page.waitForFunction(`${firstBox} && document.querySelector("internship-checklist").storageAdapter && document.querySelector("internship-checklist").persistence?.status !== 'loading'`, { timeout: 15000 });
}

test('docs/job-boards.md createHttpStorage sample: an edit is stored in PostgreSQL for the signed-in user, labelled, and comes back after a reload', async () => {
  const { page, errors } = await openPage(browser);
  try {
    await load(page);
    const id = await page.evaluate(`${firstBox}.closest('li').dataset.id`);
    assert.equal(await page.evaluate(`${firstBox}.checked`), false, 'nothing saved yet (404)');
    await page.evaluate(`${firstBox}.click()`);
    await page.waitForFunction(() => /Saved to your Jobs Section account/.test(document.querySelector('internship-checklist')?.shadowRoot?.querySelector('[part~="saved"]')?.textContent ?? ''), { timeout: 10000 });
    const { rows } = await sql.query("SELECT key, convert_from(body, 'UTF8') AS text FROM sf_documents WHERE user_id = $1", [user]);
    assert.deepEqual(rows.map((r) => r.key), ['strong-finish/internship-checklist/sync']);
    assert.equal(JSON.parse(rows[0].text).data.items.find((i) => i.id === id).done, true);
    await load(page);
    assert.equal(await page.evaluate(`${firstBox}.checked`), true, 'the server copy came back');
    assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
  } finally {
    await page.close();
  }
});
