// Issue #31 "Counts, never words" and "Shared computers": a programme learns counts from `sf-progress`
// and `forAnalytics()`, never the intern's or the supervisor's words; `clearAll()` leaves nothing of the
// kit in a shared computer's browser.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import { forAnalytics } from '../../src/core/analytics.js';
import { createSfEvent, type SfEventMap } from '../../src/core/events.js';
import type { InternshipWrapUp } from '../../src/internship-wrap-up/internship-wrap-up.js';
import { clearKeys, settle } from '../helpers/test-element.js';

const HOSTILE = 'Lucía Fernández <lucia.fernandez@example.com> said my supervisor is the worst <img src=x onerror=alert(1)>';
/** Pieces of the hostile text: none may appear in anything forAnalytics returns. */
const LEAKS = ['Lucía', 'Fernández', 'lucia', '@', 'example.com', 'worst', '<img', 'onerror', ' '];

function expectNoLeak(record: unknown): void {
  const json = JSON.stringify(record);
  for (const piece of LEAKS) {
    // The only spaces allowed are none: every value is an id, an enum, a number or a boolean.
    expect(json.includes(piece), `${piece} leaked in ${json}`).to.equal(false);
  }
}

/** Every field of every event, filled with hostile personal text wherever a string fits. */
const HOSTILE_DETAILS: { [K in keyof SfEventMap]: Record<string, unknown> } = {
  'sf-item-toggle': { id: HOSTILE, section: HOSTILE, text: HOSTILE, done: false, due: HOSTILE, note: HOSTILE, next: true, tag: HOSTILE },
  'sf-task': { id: HOSTILE, done: true, step: HOSTILE, source: HOSTILE, tag: HOSTILE },
  'sf-request': { channel: HOSTILE, tag: HOSTILE },
  'sf-response': {
    channel: HOSTILE,
    response: { to: HOSTILE, from: HOSTILE, quote: HOSTILE, date: HOSTILE, reference: true, answers: [{ id: HOSTILE, text: HOSTILE, answer: HOSTILE }] },
  },
  'sf-send': { id: HOSTILE, personId: HOSTILE, channel: HOSTILE },
  'sf-bullet': { text: HOSTILE, action: HOSTILE },
  'sf-milestone': { id: HOSTILE, text: HOSTILE, date: HOSTILE },
  'sf-contact-logged': { id: HOSTILE, contactId: HOSTILE, channel: HOSTILE, date: HOSTILE },
  'sf-step': { step: HOSTILE, index: HOSTILE },
  'sf-export': { format: HOSTILE, tag: HOSTILE },
  'sf-progress': { tag: HOSTILE, steps: { done: 1, total: 6, name: HOSTILE }, tasks: { done: HOSTILE, total: 19 }, pack: HOSTILE },
};

describe('forAnalytics: counts, ids and enums, never words (#31)', () => {
  it('lets nothing of hostile personal text through, from any field of any event', () => {
    const names = [...Object.keys(HOSTILE_DETAILS), 'sf-task', 'sf-something-new'];
    for (const name of names) {
      const detail = HOSTILE_DETAILS[name as keyof SfEventMap] ?? { id: HOSTILE, text: HOSTILE, done: true };
      const record = forAnalytics(new CustomEvent(name, { detail }));
      expect(record?.event, name).to.equal(name);
      expectNoLeak(record);
    }
  });

  it('keeps what a programme may count: ids, enums, counts, booleans and the acting tag', () => {
    const target = document.createElement('keep-in-touch');
    document.body.append(target);
    let record: ReturnType<typeof forAnalytics>;
    target.addEventListener('sf-contact-logged', (e) => (record = forAnalytics(e)));
    target.dispatchEvent(createSfEvent('sf-contact-logged', { id: 'c-1x9', contactId: 'c-1x9', channel: 'coffee', date: '2026-12-07' }));
    target.remove();
    expect(record!).to.deep.equal({ event: 'sf-contact-logged', tag: 'keep-in-touch', id: 'c-1x9', contactId: 'c-1x9', channel: 'coffee' });

    const response = forAnalytics(
      createSfEvent('sf-response', {
        channel: 'paste',
        response: { to: HOSTILE, from: HOSTILE, answers: [{ id: 'q1', text: HOSTILE, answer: HOSTILE }, { id: 'q2', text: HOSTILE, answer: ' ' }] },
      }),
    );
    expect(response).to.deep.equal({ event: 'sf-response', channel: 'paste', response: { answered: 1, questions: 2 } });
    // Every channel an element says (SfEventMap): a verified answer through the board's server is counted as one.
    for (const channel of ['mail', 'copy', 'paste', 'server'] as const) {
      expect(forAnalytics(createSfEvent('sf-response', { channel, response: { to: HOSTILE, from: HOSTILE, answers: [] } }))?.channel, channel).to.equal(channel);
    }
    expect(forAnalytics(new CustomEvent('click'))).to.equal(undefined);
  });
});

const PREFIX = 'cnw-';

describe('sf-progress from the kit (#31)', () => {
  afterEach(() => clearKeys(PREFIX));

  it('says counts once her data is read and again only when a count changes, with no words in it', async () => {
    const seen: SfEventMap['sf-progress'][] = [];
    const all: Event[] = [];
    const listen = (e: Event) => all.push(e);
    const names = ['sf-progress', 'sf-item-toggle', 'sf-step', 'sf-milestone', 'sf-task', 'sf-send'];
    for (const n of names) document.addEventListener(n, listen);
    document.addEventListener('sf-progress', (e) => seen.push(e.detail));
    try {
      const el = await fixture<InternshipWrapUp>(html`<internship-wrap-up storage-key="${PREFIX}p" end-date="2026-12-18" intern-name=${HOSTILE}></internship-wrap-up>`);
      el.now = new Date(2026, 11, 1);
      await settle(300);
      expect(seen.length, 'one report once loaded').to.equal(1);
      const first = seen[0];
      expect(first.tag).to.equal('internship-wrap-up');
      expect(first.tasks.done).to.equal(0);
      expect(first.tasks.total).to.equal(el.tasks.length);
      expect(first.steps).to.deep.equal({ done: 0, total: 6 });

      el.requestUpdate();
      await settle(50);
      expect(seen.length, 'no report when nothing changed').to.equal(1);

      const task = el.tasks.find((t) => !t.done)!;
      el.tick(task.id, true);
      await settle(100);
      expect(seen.at(-1)!.tasks.done).to.equal(1);
      el.selectStep('planner');
      await settle(100);
      for (const e of all) expectNoLeak(forAnalytics(e));
      expectNoLeak(seen);
    } finally {
      for (const n of names) document.removeEventListener(n, listen);
    }
  });

  it('names the programme’s pack (id and version), which forAnalytics keeps', async () => {
    const seen: SfEventMap['sf-progress'][] = [];
    const on = (e: Event) => seen.push((e as CustomEvent<SfEventMap['sf-progress']>).detail);
    const records: ReturnType<typeof forAnalytics>[] = [];
    const forward = (e: Event) => records.push(forAnalytics(e));
    document.addEventListener('sf-progress', on);
    document.addEventListener('sf-progress', forward);
    try {
      const el = await fixture<InternshipWrapUp>(html`<internship-wrap-up storage-key="${PREFIX}pack" end-date="2026-12-18"></internship-wrap-up>`);
      el.now = new Date(2026, 11, 1);
      (el as unknown as { content: unknown }).content = { id: 'cs-2026', version: 3 };
      for (let waited = 0; waited < 5000 && !seen.some((d) => d.pack); waited += 50) await settle(50);
      const last = seen.at(-1)!;
      expect({ pack: last.pack, packVersion: last.packVersion }).to.deep.equal({ pack: 'cs-2026', packVersion: 3 });
      const record = records.at(-1)!;
      expect({ pack: record.pack, packVersion: record.packVersion }).to.deep.equal({ pack: 'cs-2026', packVersion: 3 });
      expect(Object.keys(record).sort()).to.deep.equal(['event', 'pack', 'packVersion', 'steps', 'tag', 'tasks']);
    } finally {
      document.removeEventListener('sf-progress', on);
      document.removeEventListener('sf-progress', forward);
    }
  });
});

/**
 * The shared computer runs on its own origin (127.0.0.1 instead of localhost): clearing "everything the
 * kit wrote" there can't touch the test files that run beside this one.
 */
async function sharedComputer(): Promise<(cmd: string, args?: unknown) => Promise<Record<string, unknown>>> {
  const frame = document.createElement('iframe');
  const origin = `${location.protocol}//127.0.0.1:${location.port}`;
  const ready = new Promise<void>((resolve) => {
    const on = (e: MessageEvent) => {
      if (e.data?.ready) {
        removeEventListener('message', on);
        resolve();
      }
    };
    addEventListener('message', on);
  });
  frame.src = `${origin}/tests/pages/shared-computer.html`;
  frame.style.cssText = 'width: 800px; height: 600px';
  frame.className = 'shared-computer';
  document.body.append(frame);
  await ready;
  let n = 0;
  return (cmd, args) =>
    new Promise((resolve, reject) => {
      const id = ++n;
      const on = (e: MessageEvent) => {
        if (e.data?.id !== id) return;
        removeEventListener('message', on);
        if (e.data.error) reject(new Error(e.data.error));
        else resolve(e.data.result);
      };
      addEventListener('message', on);
      frame.contentWindow!.postMessage({ id, cmd, args }, origin);
    });
}

describe('Shared computers: clearAll() (#31)', function () {
  this.timeout(30000);
  afterEach(() => document.querySelectorAll('iframe.shared-computer').forEach((f) => f.remove()));

  for (const storage of ['local', 'session']) {
    it(`leaves nothing of the kit in this browser (storage="${storage}"), and the host's own keys alone`, async () => {
      const run = await sharedComputer();
      await run('hostKey');
      await run('mount', { storage, key: 'lab-3' });
      const written = (await run('work')) as { local: string[]; session: string[] };
      const ours = [...written.local, ...written.session].filter((k) => k.startsWith('strong-finish'));
      expect(ours.length, 'the sitting saved her work in this browser').to.be.greaterThan(0);

      const after = (await run('clearAll')) as { removed: number; keys: { local: string[]; session: string[] }; done: number; name: string };
      expect(after.removed).to.equal(ours.length);
      expect(after.keys).to.deep.equal({ local: ['board/theme'], session: ['board/session'] });
      expect(after.done, 'the page no longer shows her ticks').to.equal(0);
      expect(after.name, 'nor her name').to.equal('');
    });
  }

  it('clearAll() as a function removes what an earlier visit left, with no kit on the page', async () => {
    const run = await sharedComputer();
    await run('mount', { storage: 'local', key: 'lab-4' });
    await run('work');
    const result = (await run('clearAllFunction')) as { removed: number; keys: { local: string[]; session: string[] } };
    expect(result.removed).to.be.greaterThan(0);
    expect([...result.keys.local, ...result.keys.session].filter((k) => k.startsWith('strong-finish'))).to.deep.equal([]);
  });
});
