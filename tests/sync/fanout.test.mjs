// Issue 29 point 3: live updates that don't depend on how many elements or windows a page has. The
// intern's real setup — the kit, a host-placed <feedback-questions slot="feedback">, and other elements
// beside it, all on ONE createHttpStorage() adapter — on two devices (two browser contexts) with six
// visible windows each (as many as a browser has connections per host), against the reference server on
// PostgreSQL. An edit in each step (the kit's profile, the five steps the kit renders, the host-placed
// one) and in an element beside the kit must reach the other device within 2 s (p95 over 50 edits), each device holds
// one event stream in all, and both end showing the same data, "Saved to your account".
// Chromium only (windows are a Chromium target type in puppeteer); browser.test.mjs covers Firefox.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, createToken, freshUser, launchBrowser, showStep } from './helpers.mjs';

const WINDOWS = Number(process.env.SF_SYNC_WINDOWS ?? 6);
const EDITS = Number(process.env.SF_SYNC_EDITS ?? 50);
const EXTRA = ['internship-checklist', 'reflection-journal'];

let stack;
let browser;
before(async () => {
  stack = await startStack();
  browser = await launchBrowser('chromium');
});
after(async () => {
  await browser?.close();
  await stack?.stop();
});

const TROUBLE = /not saved|offline|sign in|could not|retrying/i;
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Each element's edit, made on one window as a host's value assignment would; `check` tells whether a window shows it. */
const EDITORS = {
  // The kit's own document: the profile.
  kit: {
    edit: (n) => {
      const kit = document.querySelector('internship-wrap-up');
      kit.value = { ...kit.value, profile: { ...kit.value.profile, role: `Data analyst intern ${n}` } };
    },
    check: (n) => document.querySelector('internship-wrap-up').value.profile?.role === `Data analyst intern ${n}`,
  },
  // The host-placed step, saved under its own key.
  feedback: {
    edit: (n) => {
      const el = document.querySelector('feedback-questions');
      el.value = { ...el.value, meeting: { ...el.value.meeting, minutes: 10 + n } };
    },
    check: (n) => document.querySelector('feedback-questions').value.meeting?.minutes === 10 + n,
  },
  // The kit's own rendered steps (issue 29: "an edit in each step"): each edited in its widget inside the
  // kit, as the intern's typing would commit it; the other device's kit shows it in its value.
  'kit checklist': {
    slot: 'checklist',
    tag: 'internship-checklist',
    edit: (n) => {
      const el = document.querySelector('internship-wrap-up')?.shadowRoot?.querySelector('internship-checklist');
      el.value = { ...el.value, items: el.value.items.map((item, i) => (i === 0 ? { ...item, note: `kit note ${n}` } : item)) };
    },
    check: (n) => document.querySelector('internship-wrap-up').value.checklist?.items?.[0]?.note === `kit note ${n}`,
  },
  thanks: {
    slot: 'thanks',
    tag: 'thank-you-composer',
    edit: (n) => {
      const el = document.querySelector('internship-wrap-up')?.shadowRoot?.querySelector('thank-you-composer');
      const others = el.value.people.filter((p) => p.id !== 'p-fan');
      el.value = { ...el.value, people: [...others, { id: 'p-fan', name: 'Sam Lee', relationship: 'mentor', draft: `Thank you, Sam (${n})`, edited: true, status: 'drafted' }] };
    },
    check: (n) => document.querySelector('internship-wrap-up').value.thanks?.people?.find((p) => p.id === 'p-fan')?.draft === `Thank you, Sam (${n})`,
  },
  reflection: {
    slot: 'reflection',
    tag: 'reflection-journal',
    edit: (n) => {
      const el = document.querySelector('internship-wrap-up')?.shadowRoot?.querySelector('reflection-journal');
      el.value = { ...el.value, summary: `What I learned, take ${n}` };
    },
    check: (n) => document.querySelector('internship-wrap-up').value.reflection?.summary === `What I learned, take ${n}`,
  },
  planner: {
    slot: 'planner',
    tag: 'finish-strong-planner',
    edit: (n) => {
      const el = document.querySelector('internship-wrap-up')?.shadowRoot?.querySelector('finish-strong-planner');
      el.value = { ...el.value, holidays: [`2026-11-${String((n % 28) + 1).padStart(2, '0')}`] };
    },
    check: (n) => document.querySelector('internship-wrap-up').value.planner?.holidays?.[0] === `2026-11-${String((n % 28) + 1).padStart(2, '0')}`,
  },
  contacts: {
    slot: 'contacts',
    tag: 'keep-in-touch',
    edit: (n) => {
      const el = document.querySelector('internship-wrap-up')?.shadowRoot?.querySelector('keep-in-touch');
      const others = el.value.contacts.filter((c) => c.id !== 'c-fan');
      el.value = { ...el.value, contacts: [...others, { id: 'c-fan', name: 'Ana Ruiz', notes: `Met at the demo (${n})`, tags: [], cadence: 'week-after', log: [] }] };
    },
    check: (n) => document.querySelector('internship-wrap-up').value.contacts?.contacts?.find((c) => c.id === 'c-fan')?.notes === `Met at the demo (${n})`,
  },
  // Other elements beside the kit.
  checklist: {
    edit: (n) => {
      const el = document.querySelector('body > internship-checklist');
      el.value = { ...el.value, items: el.value.items.map((item, i) => (i === 0 ? { ...item, note: `note ${n}` } : item)) };
    },
    check: (n) => document.querySelector('body > internship-checklist').value.items[0]?.note === `note ${n}`,
  },
};

async function openDevice(user, count = WINDOWS) {
  const context = await browser.createBrowserContext();
  const url = `${stack.origin}/tests/sync/pages/kit.html?api=${encodeURIComponent(stack.srv.url)}&token=${createToken(user)}&extra=${EXTRA.join(',')}`;
  const windows = [];
  for (let w = 0; w < count; w++) {
    // Separate windows, all visible (tabs behind the front one are hidden and hold no stream).
    const page = await context.newPage({ type: 'window' });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    windows.push({ page, errors });
  }
  for (const { page } of windows) {
    await page.waitForFunction(
      (tags) => tags.every((tag) => document.querySelector(tag)?.hasUpdated && !document.querySelector(tag).hasAttribute('aria-busy')),
      { timeout: 20_000 },
      ['internship-wrap-up', 'feedback-questions', ...EXTRA],
    );
  }
  return { context, windows };
}

/** What a window shows for each element: its data and its saved line. */
const screen = (page) =>
  page.evaluate(() =>
    [document.querySelector('internship-wrap-up'), document.querySelector('feedback-questions'), document.querySelector('body > internship-checklist')].map((el) => ({
      tag: el.localName,
      data: JSON.stringify(el.value),
      saved: (el.shadowRoot?.querySelector('[part~="saved"]')?.textContent ?? '').trim(),
      notice: (el.shadowRoot?.querySelector('[part~="notice"]')?.textContent ?? '').trim(),
    })),
  );

test(`the kit, a host-placed step and ${EXTRA.length} other elements on one adapter, 2 devices × ${WINDOWS} windows: ${EDITS} edits each reach the other device within 2 s (p95), and both end showing the same saved data`, async (t) => {
  const user = freshUser();
  const devices = [await openDevice(user), await openDevice(user)];
  try {
    const kinds = Object.keys(EDITORS);
    const latencies = [];
    const missed = [];
    const late = [];
    const byKind = {};
    for (let n = 1; n <= EDITS; n++) {
      const kind = kinds[n % kinds.length];
      // Each kind is edited on both devices in turn (with an even number of kinds, n % 2 alone would not).
      const side = (n + Math.floor(n / kinds.length)) % 2;
      const from = devices[side];
      const to = devices[1 - side];
      const editor = from.windows[n % WINDOWS].page;
      const watcher = to.windows[(n >> 1) % WINDOWS].page;
      const { slot, tag } = EDITORS[kind];
      // A step the kit renders is edited where the intern would: shown in that window first (not timed).
      if (slot) await editor.evaluate(showStep, slot, tag);
      const started = Date.now();
      await editor.evaluate(EDITORS[kind].edit, n);
      try {
        // The goal is a p95 (issue 29), so one slow edit may take longer; one that never arrives is lost.
        // After 10 s the edit gets 20 s more: arriving then, it is late (its time counts in the p95);
        // not arriving, it is missed, and the message says whether the window that made it still shows it.
        await watcher.waitForFunction(EDITORS[kind].check, { timeout: 10_000, polling: 20 }, n).catch(async () => {
          late.push(`${kind} #${n}`);
          await watcher.waitForFunction(EDITORS[kind].check, { timeout: 20_000, polling: 50 }, n);
        });
        latencies.push(Date.now() - started);
        byKind[kind] = Math.max(byKind[kind] ?? 0, latencies.at(-1));
      } catch {
        const kept = await editor.evaluate(EDITORS[kind].check, n).catch(() => 'unknown');
        missed.push(`${kind} #${n} (the editing window ${kept === true ? 'still shows it' : kept === false ? 'no longer shows it' : 'could not be read'})`);
        latencies.push(Infinity);
      }
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    const p50 = percentile(sorted, 50);
    const p95 = percentile(sorted, 95);
    t.diagnostic(`${EDITS} edits across ${kinds.join(', ')}: p50 ${p50} ms, p95 ${p95} ms, max ${sorted.at(-1)} ms; missed ${missed.length}; over 10 s ${late.length ? late.join(', ') : 'none'}; slowest per kind: ${Object.entries(byKind).map(([k, ms]) => `${k} ${ms} ms`).join(', ')}`);
    assert.deepEqual(missed, [], 'every edit reached the other device (within 30 s each)');
    assert.ok(p95 <= 2000, `p95 ${p95} ms is within 2 s`);

    // At rest: every window of both devices shows the same data for every element, and says it is saved.
    const all = devices.flatMap((d) => d.windows.map((w) => w.page));
    let screens;
    const until = Date.now() + 15_000;
    for (;;) {
      screens = await Promise.all(all.map(screen));
      const same = screens.every((s) => s.every((el, i) => el.data === screens[0][i].data));
      const saved = screens.every((s) => s.every((el) => /^Saved to your account/.test(el.saved) && !TROUBLE.test(el.notice)));
      if ((same && saved) || Date.now() > until) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    for (const [w, s] of screens.entries()) {
      for (const [i, el] of s.entries()) {
        assert.equal(el.data, screens[0][i].data, `window ${w}: ${el.tag} shows the same data as window 0`);
        assert.match(el.saved, /^Saved to your account/, `window ${w}: ${el.tag} says saved`);
        // At most told that changes from the other device came in.
        assert.doesNotMatch(el.notice, TROUBLE, `window ${w}: ${el.tag} reports no trouble`);
      }
    }
    // One device, one stream, however many windows and elements: the windows share it.
    for (const [d, device] of devices.entries()) {
      const open = await Promise.all(device.windows.map(({ page }) => page.evaluate(() => window.sfFetches.open)));
      t.diagnostic(`device ${d}: event streams open per window ${open.join(', ')}`);
      assert.equal(open.reduce((a, b) => a + b, 0), 1, `device ${d} holds one event stream in all`);
    }
    for (const d of devices) for (const { errors } of d.windows) assert.deepEqual(errors, []);
  } finally {
    for (const d of devices) await d.context.close();
  }
});

test('two devices edit the same step at the same moment (a conflict every round): both never say "Saved to your account" while showing different data for longer than an event takes to arrive (2 s), and they end agreeing', async (t) => {
  const user = freshUser();
  const devices = [await openDevice(user, 2), await openDevice(user, 2)];
  const [a, b] = devices.map((d) => d.windows[0].page);
  const shown = (page) =>
    page.evaluate(() => {
      const el = document.querySelector('feedback-questions');
      return { data: JSON.stringify(el.value), saved: /^Saved to your account/.test((el.shadowRoot?.querySelector('[part~="saved"]')?.textContent ?? '').trim()) };
    });
  // Sampled side by side all along: how long both said "Saved" while showing different data.
  let sampling = true;
  let since;
  let longest = 0;
  const sampler = (async () => {
    while (sampling) {
      const [x, y] = await Promise.all([shown(a), shown(b)]);
      const now = Date.now();
      if (x.saved && y.saved && x.data !== y.data) {
        since ??= now;
        longest = Math.max(longest, now - since);
      } else since = undefined;
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  try {
    const ROUNDS = 10;
    for (let n = 1; n <= ROUNDS; n++) {
      // The phone changes the length, the laptop the time, at once: each save is based on the same version.
      await Promise.all([
        a.evaluate((i) => {
          const el = document.querySelector('feedback-questions');
          el.value = { ...el.value, meeting: { ...el.value.meeting, minutes: 10 + i } };
        }, n),
        b.evaluate((i) => {
          const el = document.querySelector('feedback-questions');
          el.value = { ...el.value, meeting: { ...el.value.meeting, time: `1${i % 10}:00` } };
        }, n),
      ]);
      await new Promise((r) => setTimeout(r, 400));
    }
    // At rest: the same merged meeting on both, both "Saved".
    const until = Date.now() + 15_000;
    let x;
    let y;
    do {
      [x, y] = await Promise.all([shown(a), shown(b)]);
      if (x.saved && y.saved && x.data === y.data) break;
      await new Promise((r) => setTimeout(r, 100));
    } while (Date.now() < until);
    sampling = false;
    await sampler;
    t.diagnostic(`longest both said "Saved" with different data: ${longest} ms`);
    assert.deepEqual(JSON.parse(x.data).meeting, JSON.parse(y.data).meeting, 'the same meeting on both devices');
    assert.equal(JSON.parse(x.data).meeting.minutes, 10 + ROUNDS, "the phone's last edit kept");
    assert.equal(JSON.parse(x.data).meeting.time, `1${ROUNDS % 10}:00`, "the laptop's last edit kept");
    assert.ok(x.saved && y.saved, 'both say "Saved to your account"');
    assert.ok(longest <= 2000, `both said "Saved" while disagreeing for ${longest} ms`);
  } finally {
    sampling = false;
    await sampler;
    for (const d of devices) await d.context.close();
  }
});
