import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings, settle, type TestNotes } from '../helpers/test-element.js';
import '../helpers/test-element.js';
import { $, $$, maybe$ } from '../helpers/harness.js';
import '../../src/reflection-journal/define.js';
import type { ReflectionJournal } from '../../src/reflection-journal/reflection-journal.js';
import { createHttpStorage } from '../../src/core/storage/http-storage.js';
import { OfflineError, type StorageLike } from '../../src/core/storage/contract.js';

// Issue #28, "Status that frightens": an alert only when an edit could really be lost; "Not saved yet"
// while the adapter still holds it; and when saved data could not be loaded, say so and never present
// the empty form as the intern's work. Every test here fails on the code before the change.

const KEY = (k: string) => `strong-finish/sf-test-notes/${k}`;
const env = (data: unknown, savedAt = '2026-01-01T00:00:00.000Z') => JSON.stringify({ v: 1, savedAt, data });
const notice = (el: HTMLElement) => maybe$(el, '[part~="notice"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const savedText = (el: HTMLElement) => maybe$(el, '[part="saved"]')?.textContent ?? '';
const liveRegion = (el: HTMLElement) => $(el, '[role="status"][aria-live="polite"]').textContent?.trim() ?? '';

async function until(check: () => unknown, what: string, ms = 10000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await settle(20);
  }
}
const loaded = (el: HTMLElement) => until(() => !el.hasAttribute('aria-busy'), 'the load');

/**
 * The sync protocol's server (GET/PUT with ETags, If-Match / If-None-Match), in the page, as a `fetch`:
 * `mode` makes it unreachable (`down`: the request fails as a refused connection) or refuse saves for
 * good (`refuse`: 413). No event stream (404), so only the adapter's queue can bring a save back.
 */
function fakeServer() {
  const docs = new Map<string, { text: string; etag: string }>();
  let n = 0;
  const state = { mode: 'up' as 'up' | 'down' | 'refuse', puts: 0 };
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = String(input);
    if (state.mode === 'down') throw new TypeError('Failed to fetch');
    if (url.endsWith('/events')) return new Response('', { status: 404 });
    const key = decodeURIComponent(url.slice(url.lastIndexOf('/') + 1));
    const headers = new Headers(init.headers);
    const doc = docs.get(key);
    if ((init.method ?? 'GET') === 'GET') return doc ? new Response(doc.text, { status: 200, headers: { ETag: doc.etag } }) : new Response('', { status: 404 });
    if (init.method === 'PUT') {
      state.puts++;
      if (state.mode === 'refuse') return new Response(JSON.stringify({ message: 'too large' }), { status: 413 });
      const match = headers.get('If-Match');
      if ((headers.get('If-None-Match') === '*' && doc) || (match && match !== doc?.etag)) return new Response('', { status: 412 });
      const next = { text: String(init.body), etag: `"${++n}"` };
      docs.set(key, next);
      return new Response('', { status: 200, headers: { ETag: next.etag } });
    }
    return new Response('', { status: 405 });
  };
  return { docs, state, fetch: fetch as typeof globalThis.fetch };
}

const base = (el: HTMLElement) => $(el, '[part~="base"]');

describe('honest status (#28)', () => {
  let scope = 0;
  beforeEach(() => {
    // The adapter's queue lives in sessionStorage: each test its own account, so none sends another's.
    scope++;
  });

  it('createHttpStorage with the server down: "Not saved yet — retrying" (polite, no alert) while it holds the edit; "Saved" once its background retry lands it', async () => {
    const server = fakeServer();
    const adapter = createHttpStorage({ url: 'https://sync.test/v1', fetch: server.fetch, retries: 1, retryDelay: 5, maxDelay: 10, scope: `retry-${scope}-${Date.now()}` });
    const el = await fixture<TestNotes>(html`<sf-test-notes storage-key="st-retry" .storageAdapter=${adapter}></sf-test-notes>`);
    await loaded(el);
    const warnings = await captureWarnings(async () => {
      server.state.mode = 'down';
      el.addNote('typed while the server is down');
      await until(() => /retrying/.test(notice(el)), 'the retrying notice');
      expect(notice(el)).to.contain('Not saved yet — retrying');
      expect(notice(el)).to.not.contain('export a copy');
      expect(maybe$(el, '[role="alert"]'), 'no alert while the adapter holds the edit').to.equal(null);
      expect(savedText(el)).to.not.match(/^Saved/);
      await until(() => liveRegion(el).includes('Not saved yet — retrying'), 'the notice said once, politely');
      expect(base(el).hasAttribute('data-not-loaded'), 'the data was loaded').to.equal(false);
      // The server is back: the adapter sends what it kept, with no further edit.
      server.state.mode = 'up';
      await until(() => server.docs.get(KEY('st-retry'))?.text.includes('typed while the server is down'), 'the queued save on the server', 15000);
      await until(() => !notice(el) && /^Saved/.test(savedText(el)), '"Saved" and no notice');
    });
    expect(warnings.filter((w) => w.includes('sf-test-notes')).length, 'warned once, naming the element').to.equal(1);
    expect(el.value.notes).to.include('typed while the server is down');
  });

  it('createHttpStorage that gives up on a queued edit (the server refuses it for good once back): then an alert says it is not saved', async () => {
    const server = fakeServer();
    const adapter = createHttpStorage({ url: 'https://sync.test/v1', fetch: server.fetch, retries: 1, retryDelay: 5, maxDelay: 10, scope: `refuse-${scope}-${Date.now()}` });
    const el = await fixture<TestNotes>(html`<sf-test-notes storage-key="st-refuse" .storageAdapter=${adapter}></sf-test-notes>`);
    await loaded(el);
    await captureWarnings(async () => {
      server.state.mode = 'down';
      el.addNote('too large for the server');
      await until(() => /retrying/.test(notice(el)), 'the retrying notice');
      expect(maybe$(el, '[role="alert"]')).to.equal(null);
      server.state.mode = 'refuse';
      await until(() => maybe$(el, '[role="alert"]'), 'an alert once the adapter gives up', 15000);
    });
    expect($(el, '[role="alert"]').textContent).to.contain('Not saved: export a copy');
    expect(el.value.notes, 'the edit is still on screen').to.include('too large for the server');
  });

  it('a board’s own adapter says it holds the edit with `queued: true` on its error; its push of the stored text ends "Not saved yet"', async () => {
    const server = new Map<string, string>();
    let reachable = false;
    let push!: (text: string | null) => void;
    const adapter: StorageLike = {
      getItem: async (k) => server.get(k) ?? null,
      async setItem(k, v) {
        if (!reachable) throw Object.assign(new Error('server unreachable; kept to send later'), { queued: true });
        server.set(k, v);
      },
      removeItem: async (k) => void server.delete(k),
      subscribe: (_k, listener) => ((push = listener), () => undefined),
    };
    const el = await fixture<TestNotes>(html`<sf-test-notes storage-key="st-own" .storageAdapter=${adapter}></sf-test-notes>`);
    await loaded(el);
    await captureWarnings(async () => {
      el.addNote('kept by the board');
      await until(() => /retrying/.test(notice(el)), 'the retrying notice');
    });
    expect(maybe$(el, '[role="alert"]')).to.equal(null);
    // The board's queue sends it and pushes what is stored now.
    reachable = true;
    const stored = env({ title: '', notes: el.value.notes }, new Date().toISOString());
    server.set(KEY('st-own'), stored);
    push(stored);
    await until(() => !notice(el) && /^Saved/.test(savedText(el)), '"Saved" and no notice');
  });

  it('an adapter that does not say it holds the edit still gets the alert (the edit could be lost)', async () => {
    const adapter: StorageLike = {
      getItem: async () => null,
      setItem: async () => {
        throw new Error('HTTP 500');
      },
      removeItem: async () => undefined,
    };
    const el = await fixture<TestNotes>(html`<sf-test-notes storage-key="st-plain" .storageAdapter=${adapter}></sf-test-notes>`);
    await loaded(el);
    await captureWarnings(async () => {
      el.addNote('x');
      await until(() => maybe$(el, '[role="alert"]'), 'the alert');
    });
    expect(notice(el)).to.contain('Not saved: export a copy');
  });

  it('offline on a second device: says the saved notes could not be loaded, marks the form as not hers, keeps what she types and merges it into her notes once online', async () => {
    const server = new Map<string, string>();
    const key = 'strong-finish/reflection-journal/st-second';
    server.set(key, JSON.stringify({ v: 1, savedAt: '2026-12-01T10:00:00.000Z', data: { framework: 'seed', summary: 'Ten weeks of dashboards, written on my laptop.', entries: [], skills: [], bullets: ['Built the weekly report'] } }));
    let online = false;
    const adapter: StorageLike = {
      async getItem(k) {
        if (!online) throw new OfflineError();
        return server.get(k) ?? null;
      },
      async setItem(k, v) {
        if (!online) throw new OfflineError();
        server.set(k, v);
      },
      removeItem: async (k) => void server.delete(k),
    };
    let el!: ReflectionJournal;
    await captureWarnings(async () => {
      el = await fixture<ReflectionJournal>(html`<reflection-journal storage-key="st-second" .storageAdapter=${adapter}></reflection-journal>`);
      await until(() => /offline/i.test(notice(el)), 'the offline notice');
    });
    expect(notice(el)).to.contain('Your saved work couldn’t be loaded (offline)');
    expect(notice(el)).to.contain('It’s safe');
    expect(notice(el), 'not only "Not saved yet: offline"').to.not.contain('Not saved yet');
    expect(maybe$(el, '[role="alert"]'), 'nothing is at risk: no alert').to.equal(null);
    expect(base(el).hasAttribute('data-not-loaded'), 'the empty form is marked as not her saved work').to.equal(true);
    await until(() => liveRegion(el).includes('couldn’t be loaded'), 'the notice said to screen readers');

    // She types anyway: kept, and merged into her saved notes once they load.
    const summary = $<HTMLInputElement>(el, '#summary');
    summary.value = 'Typed on the train.';
    summary.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;

    online = true;
    window.dispatchEvent(new Event('online'));
    await until(() => !notice(el), 'the notice to clear');
    expect(base(el).hasAttribute('data-not-loaded')).to.equal(false);
    expect(el.value.bullets, 'her saved work appears').to.deep.equal(['Built the weekly report']);
    expect(el.value.summary, 'what she typed offline wins over the older text').to.equal('Typed on the train.');
    await until(() => server.get(key)?.includes('Typed on the train.'), 'the merged save');
    expect(JSON.parse(server.get(key)!).data.bullets).to.deep.equal(['Built the weekly report']);
    expect($$(el, '.bullets li').length).to.equal(1);
  });

  it('signed out before the data loaded: says to sign in to see the saved work, not only "to save"', async () => {
    const adapter: StorageLike = {
      getItem: async () => {
        throw Object.assign(new Error('401'), { name: 'AuthError' });
      },
      setItem: async () => undefined,
      removeItem: async () => undefined,
    };
    let el!: TestNotes;
    await captureWarnings(async () => {
      el = await fixture<TestNotes>(html`<sf-test-notes storage-key="st-auth" .storageAdapter=${adapter}></sf-test-notes>`);
      await until(() => /Sign in/.test(notice(el)), 'the sign-in notice');
    });
    expect(notice(el)).to.contain('Sign in again to see your saved work');
    expect(base(el).hasAttribute('data-not-loaded')).to.equal(true);
  });
});
