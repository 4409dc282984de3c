// A reproduction, not a test (CI does not run it): an edit lost in the window that made it. Open bug, seen
// 2026-12-08 as the fan-out test's "contacts #14" and reproduced here 3 times in about 400 rounds:
//   device 0 edits the planner; device 1 opens a new window, shows the contacts step there for the first
//   time (keep-in-touch mounts under the kit, on its own key `kit-contacts` and in the kit's document) and
//   edits a contact at once. ~100 ms after its PUT succeeds, that window's widget and kit go back to the
//   previous contact, with no contacts request or event in between, and the kit then saves the old one.
// Run: `npm run build && R=100 node tests/sync/repro/first-show-revert.mjs` (starts its own PostgreSQL).
// On a miss it prints the window's timeline (widget/kit notes, statuses) and its kit/contacts traffic.
import { startStack, createToken, freshUser, launchBrowser, showStep } from '../helpers.mjs';
const ROUNDS = Number(process.env.R ?? 30);
const EXTRA = ['internship-checklist', 'reflection-journal'];
const stack = await startStack();
const browser = await launchBrowser('chromium');
const user = freshUser();
const url = `${stack.origin}/tests/sync/pages/kit.html?api=${encodeURIComponent(stack.srv.url)}&token=${createToken(user)}&extra=${EXTRA.join(',')}`;
async function open(context) {
  const page = await context.newPage({ type: 'window' });
  await page.evaluateOnNewDocument(() => {
    window.__net = [];
    const t0 = performance.now();
    const log = (m) => window.__net.push(`${Math.round(performance.now() - (window.__t0 ?? t0))} ${m}`);
    const f = window.fetch;
    window.fetch = async (input, init = {}) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.includes('contacts') && !url.includes('internship-wrap-up')) return f(input, init);
      const m = init.method ?? 'GET';
      log(`> ${m} ${decodeURIComponent(url.split('/').pop()).slice(0, 70)} ${m === 'PUT' ? 'notes=' + ((/demo \\?\((\d+)/.exec(String(init.body)) || [])[1]) + ' hol=' + ((/2026-11-(\d+)/.exec(String(init.body)) || [])[1]) : ''} ifmatch=${(init.headers ?? {})['If-Match'] ?? ''}`);
      const r = await f(input, init);
      if (!url.includes('events')) { const c = r.clone(); const body = m === 'GET' ? await c.text() : ''; log(`< ${m} ${decodeURIComponent(url.split('/').pop()).slice(-30)} ${r.status} etag=${r.headers.get('ETag')} ${m === 'GET' ? 'notes=' + ((/demo \\?\((\d+)/.exec(body) || [])[1]) : ''}`); }
      return r;
    };
    const BC = window.BroadcastChannel;
    window.BroadcastChannel = class extends BC {
      constructor(n) { super(n); this.addEventListener('message', ({ data }) => { if (data?.t === 'open') log(`bc open ${data.keys.length} keys resumed=${data.resumed}`); if (data?.t === 'event' && (data.event.includes('contacts') || data.event.includes('internship-wrap-up'))) log(`bc event ${data.event.replace(/\n/g, ' ').slice(0, 14) + ' ' + ((/"key":"([^"]+)/.exec(data.event) || [])[1] || '').slice(-28) + ' hol=' + ((/2026-11-(\d+)/.exec(data.event) || [])[1])} … ${(/etag\":\"([^\"]+)/.exec(data.event) || [])[1]} notes=${(/demo \((\d+)/.exec(data.event) || [])[1]}`); }); }
    };
  });
  await page.goto(url);
  await page.waitForFunction((tags) => tags.every((t) => document.querySelector(t)?.hasUpdated && !document.querySelector(t).hasAttribute('aria-busy')), { timeout: 20000 }, ['internship-wrap-up', 'feedback-questions', ...EXTRA]);
  return page;
}
const planEdit = (n) => { const el = document.querySelector('internship-wrap-up')?.shadowRoot?.querySelector('finish-strong-planner'); el.value = { ...el.value, holidays: [`2026-11-${String((n % 28) + 1).padStart(2, '0')}`] }; };
const planCheck = (n) => document.querySelector('internship-wrap-up').value.planner?.holidays?.[0] === `2026-11-${String((n % 28) + 1).padStart(2, '0')}`;
const cEdit = (n) => { const el = document.querySelector('internship-wrap-up')?.shadowRoot?.querySelector('keep-in-touch'); const others = el.value.contacts.filter((c) => c.id !== 'c-fan'); el.value = { ...el.value, contacts: [...others, { id: 'c-fan', name: 'Ana Ruiz', notes: `Met at the demo (${n})`, tags: [], cadence: 'week-after', log: [] }] }; };
const cCheck = (n) => document.querySelector('internship-wrap-up').value.contacts?.contacts?.find((c) => c.id === 'c-fan')?.notes === `Met at the demo (${n})`;
const d0 = await browser.createBrowserContext();
const d1 = await browser.createBrowserContext();
const a = await open(d0); const b = await open(d1);
await a.evaluate(showStep, 'planner', 'finish-strong-planner');
let misses = 0;
for (let n = 1; n <= ROUNDS; n++) {
  const fresh = await open(d1);
  await a.evaluate(planEdit, n);
  await b.waitForFunction(planCheck, { timeout: 10000, polling: 20 }, n);
  await fresh.evaluate(() => {
    const kit = document.querySelector('internship-wrap-up');
    const W = () => kit.shadowRoot.querySelector('keep-in-touch');
    const f = (v) => v?.contacts?.find((c) => c.id === 'c-fan')?.notes ?? '-';
    window.__trace = [];
    const t0 = performance.now();
    window.__t0 = t0;
    let last = '';
    const tick = () => { const now = `w=${f(W()?.value)} k=${f(kit.value.contacts)} busy=${W()?.hasAttribute('aria-busy')} ws=${W()?.persistence?.status} ks=${kit.persistence?.status}`; if (now !== last) { window.__trace.push(`${Math.round(performance.now() - t0)} ${now}`); last = now; } };
    tick();
    window.__iv = setInterval(tick, 5);
    setTimeout(() => clearInterval(window.__iv), 6000);
  });
  await fresh.evaluate(showStep, 'contacts', 'keep-in-touch');
  await fresh.evaluate(() => window.__trace.push('--- shown, editing'));
  const t0 = Date.now();
  await fresh.evaluate(cEdit, n);
  try { await a.waitForFunction(cCheck, { timeout: 10000, polling: 20 }, n); console.log(n, 'ok', Date.now() - t0); }
  catch { misses++; const kept = await fresh.evaluate(cCheck, n); const srv = await fresh.evaluate(() => JSON.stringify(document.querySelector('internship-wrap-up').value.contacts?.contacts?.find((c) => c.id === 'c-fan'))); const there = await a.evaluate(() => JSON.stringify(document.querySelector('internship-wrap-up').value.contacts?.contacts?.find((c) => c.id === 'c-fan'))); console.log(n, 'MISS editor keeps', kept, srv, 'watcher has', there); console.log((await fresh.evaluate(() => window.__trace)).join('\n')); console.log((await fresh.evaluate(() => window.__net)).join('\n')); }
  await fresh.close();
}
console.log('misses', misses, 'of', ROUNDS);
await browser.close(); await stack.stop();
