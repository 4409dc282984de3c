// The programme summary (#31) against real PostgreSQL: 200 synthetic interns save their kits through the
// protocol; a staff token reads per-step counts computed in SQL, which match the kit's own progress()
// for every step; groups under 5 never leave the database; no word of hers is in the answer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { startDatabase, startServer, call, freshUser, createToken, ROOT, launchBrowser, BROWSERS } from './helpers.mjs';
import { startServer as startStatic } from '../../scripts/serve.mjs';

let db;
let srv;
let progress; // the kit's own progress() (src/internship-wrap-up/logic.ts)
const PROGRAMME = `cs-${process.pid}`;
const SECRET_WORDS = 'Private note: my manager was unfair';

before(async () => {
  db = startDatabase();
  srv = await startServer(db.url);
  const out = await build({ entryPoints: [join(ROOT, 'src/internship-wrap-up/logic.ts')], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
  const file = join(mkdtempSync(join(tmpdir(), 'sf-logic-')), 'logic.mjs');
  writeFileSync(file, out.outputFiles[0].text);
  ({ progress } = await import(pathToFileURL(file).href));
});
after(async () => {
  await srv?.stop();
  db?.stop();
});

/** Intern n's kit: every step a different amount done, her words in it. */
function kit(n, programme) {
  const items = (count, done, make) => Array.from({ length: count }, (_, i) => make(i, i < done));
  return {
    profile: { internName: `Intern ${n}`, company: 'Northwind' },
    programme,
    checklist: { items: items(8, n % 9, (i, done) => ({ id: `c${i}`, from: 'default', done, note: done ? SECRET_WORDS : undefined })) },
    feedback: { selected: items(4, n % 5, (i, done) => ({ id: `q${i}`, text: 'Q', theme: 'strengths', ...(done ? { takeaway: SECRET_WORDS } : {}) })), actions: [] },
    thanks: { people: items(3, n % 4, (i, done) => ({ id: `p${i}`, name: `Person ${i}`, status: done ? 'sent' : 'todo', draft: SECRET_WORDS })) },
    ...(n % 3 ? { reflection: { entries: items(5, n % 6, (i, done) => ({ id: `e${i}`, text: done ? SECRET_WORDS : '  ' })) } } : {}),
    planner: { milestones: items(2, n % 3, (i, done) => ({ id: `m${i}`, title: 'M', done })) },
    contacts: { contacts: items(n % 7 === 0 ? 0 : 2, 0, (i) => ({ id: `k${i}`, name: 'Ana', email: 'ana@example.com' })) },
  };
}

const put = (user, key, text) => call(srv.url, 'PUT', key, { user, body: text });
const envelope = (data, extra = {}) => JSON.stringify({ v: 1, savedAt: '2026-12-07T10:00:00Z', ...extra, data });
const summary = (programme, token) => fetch(`${srv.url}/programmes/${encodeURIComponent(programme)}/summary`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
const staff = () => createToken(freshUser('staff'), { role: 'staff' });

test('200 interns: per-step started/completed counts from SQL equal the kit’s own progress(), and carry no words', async () => {
  const kits = [];
  const users = [];
  for (let n = 0; n < 200; n++) {
    const user = freshUser('intern');
    users.push(user);
    kits.push(kit(n, PROGRAMME));
  }
  // Ten at a time, through the protocol, as the kit saves them.
  for (let i = 0; i < 200; i += 10) {
    await Promise.all(users.slice(i, i + 10).map((u, j) => put(u, 'strong-finish/internship-wrap-up/kit', envelope(kits[i + j])).then((r) => assert.equal(r.status, 201))));
  }
  // Noise that must not count: another programme, a stale second kit of intern 0, a body that isn't JSON,
  // a step's own document (not the kit's), an older-shaped kit without a programme.
  await put(freshUser(), 'strong-finish/internship-wrap-up/kit', envelope(kit(3, 'another-programme')));
  await put(users[0], 'strong-finish/internship-wrap-up/old', envelope(kit(8, PROGRAMME)));
  await call(srv.url, 'PUT', 'strong-finish/internship-wrap-up/kit', { user: users[0], body: envelope(kits[0]) }); // saved last: this one counts
  await put(freshUser(), 'strong-finish/internship-wrap-up/kit', '{not json \u0000');
  await put(freshUser(), 'strong-finish/internship-checklist/kit-checklist', envelope({ programme: PROGRAMME, items: [{ id: 'x', done: true }] }));
  await put(freshUser(), 'strong-finish/internship-wrap-up/kit', envelope({ profile: {} }));

  const started = Date.now();
  const res = await summary(PROGRAMME, staff());
  const ms = Date.now() - started;
  assert.equal(res.status, 200);
  const body = await res.json();
  assert.equal(body.interns, 200);
  assert.equal(body.minGroup, 5);
  const expected = ['checklist', 'feedback', 'thanks', 'reflection', 'planner', 'contacts'].map((step) => {
    const counts = kits.map((k) => progress(step, k[step]));
    return { step, started: counts.filter(([d]) => d > 0).length, completed: counts.filter(([d, t]) => t > 0 && d >= t).length };
  });
  for (const row of expected) for (const k of ['started', 'completed']) if (row[k] > 0 && row[k] < 5) row[k] = null;
  assert.deepEqual(body.steps, expected);
  const text = JSON.stringify(body);
  for (const word of ['Private', 'Intern ', 'Northwind', 'ana@example.com', 'Person']) assert.ok(!text.includes(word), `no ${word} in the summary`);
  assert.ok(ms < 2000, `answered in ${ms} ms`);
});

test('groups under 5 are suppressed in the database: a 4-intern programme shows no counts; single cells of 1–4 are null', async () => {
  const tiny = `tiny-${process.pid}`;
  for (let n = 0; n < 4; n++) await put(freshUser(), 'strong-finish/internship-wrap-up/kit', envelope(kit(8, tiny)));
  const body = await (await summary(tiny, staff())).json();
  assert.equal(body.interns, null);
  assert.ok(body.steps.every((s) => s.started === null && s.completed === null));
  // A pack id in the envelope names the programme too (the kit's pack layer, #30).
  const packed = `pack-${process.pid}`;
  for (let n = 0; n < 6; n++) await put(freshUser(), 'strong-finish/internship-wrap-up/kit', envelope(kit(n === 0 ? 1 : 8, undefined), { pack: { id: packed, version: 1 } }));
  const six = await (await summary(packed, staff())).json();
  assert.equal(six.interns, 6);
  const step = (name) => six.steps.find((s) => s.step === name);
  assert.deepEqual(step('checklist'), { step: 'checklist', started: 6, completed: 5 });
  assert.deepEqual(step('thanks'), { step: 'thanks', started: null, completed: 0 }, 'one intern sent a thank-you: not shown');
  // Nobody in the programme: zero, and nothing to hide.
  assert.equal((await (await summary(`empty-${process.pid}`, staff())).json()).interns, 0);
});

test('only a staff token reads it: none is 401, an intern’s is 403, a bad id 400; token.mjs --role staff mints one', async () => {
  assert.equal((await summary(PROGRAMME)).status, 401);
  assert.equal((await summary(PROGRAMME, createToken(freshUser()))).status, 403);
  assert.equal((await summary('bad id!', staff())).status, 400);
  const cli = execFileSync(process.execPath, [join(ROOT, 'examples/sync-server/token.mjs'), 'career-centre', '--role', 'staff'], { encoding: 'utf8' }).trim();
  assert.equal((await summary(PROGRAMME, cli)).status, 200);
  assert.throws(() => createToken('x', { role: 'admin' }), /role must be one of staff/);
});

test('<programme-summary> on a staff page: the loader fetches its own chunk, the element fetches the summary and draws the 200-intern cohort', async () => {
  const web = await startStatic({ port: 0 });
  const browser = await launchBrowser(BROWSERS[0]);
  try {
    const page = await browser.newPage();
    const requested = [];
    page.on('request', (r) => requested.push(r.url()));
    const src = `${srv.url}/programmes/${PROGRAMME}/summary`;
    await page.goto(`http://127.0.0.1:${web.address().port}/tests/sync/pages/summary.html?src=${encodeURIComponent(src)}&token=${staff()}`);
    await page.waitForFunction(() => document.querySelector('programme-summary')?.shadowRoot?.querySelectorAll('tbody tr').length === 6, { timeout: 15_000, polling: 100 });
    const rows = await page.evaluate(() => [...document.querySelector('programme-summary')?.shadowRoot?.querySelectorAll('tbody tr')].map((r) => r.textContent));
    assert.match(rows[0], /^Checklist/);
    assert.match(await page.evaluate(() => document.querySelector('programme-summary')?.shadowRoot?.querySelector('.intro').textContent), /200 interns/);
    assert.ok(requested.some((u) => /\/chunks\/programme-summary\.js$/.test(u)), 'its own chunk');
    assert.ok(!requested.some((u) => /internship-wrap-up/.test(u)), 'no kit code on a staff page');
  } finally {
    await browser.close();
    web.close();
  }
});
