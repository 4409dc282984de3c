import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { captureWarnings, clearKeys, settle, type TestNotes } from '../helpers/test-element.js';
import '../helpers/test-element.js';
import { $, button, maybe$ } from '../helpers/harness.js';
import '../../src/internship-checklist/define.js';
import type { InternshipChecklist } from '../../src/internship-checklist/internship-checklist.js';
import { resetPersistRequest } from '../../src/core/persistence.js';
import { ConflictError, AuthError, OfflineError, type SetItemOptions, type StorageLike } from '../../src/core/storage/contract.js';

// Issue #18, "Never lose an edit": every test here fails on the code before it (which loaded without a
// loading state, replaced the whole document on save, and saved host values synchronously).
const KEY = (k: string) => `strong-finish/sf-test-notes/${k}`;
const env = (data: unknown, savedAt = '2026-01-01T00:00:00.000Z') => JSON.stringify({ v: 1, savedAt, data });
const parse = (text: string | null | undefined) => JSON.parse(text!).data;
const notice = (el: TestNotes) => maybe$(el, '[part~="notice"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const savedText = (el: TestNotes) => maybe$(el, '[part="saved"]')?.textContent ?? '';

/** Polls until `check` passes: timers run late on a busy machine, so fixed waits would be flaky. */
async function until(check: () => unknown, what: string, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await settle(20);
  }
}
const loaded = (el: HTMLElement) => until(() => !el.hasAttribute('aria-busy'), 'the load');
const has = (text: string | null | undefined, part: string) => !!text?.includes(part);

/** A host adapter for one device, over a "server" map shared by devices; compare-and-set like the issue's. */
/** Two devices on one account: an element each, with its own adapter over one server, both loaded. */
async function twoDevices(key: string) {
  const server = new Map<string, string>();
  const a = device(server);
  const b = device(server);
  const elA = await fixture<TestNotes>(html`<sf-test-notes storage-key=${key} .storageAdapter=${a.adapter}></sf-test-notes>`);
  const elB = await fixture<TestNotes>(html`<sf-test-notes storage-key=${key} .storageAdapter=${b.adapter}></sf-test-notes>`);
  await loaded(elA);
  await loaded(elB);
  return { server, a, b, elA, elB };
}

function device(server: Map<string, string>, opts: { delay?: number; cas?: boolean; label?: string } = {}) {
  const wait = () => new Promise((r) => setTimeout(r, opts.delay ?? 5));
  const calls = { set: 0, conflicts: 0 };
  const adapter: StorageLike = {
    label: opts.label,
    async getItem(k) {
      await wait();
      return server.get(k) ?? null;
    },
    async setItem(k, v, o?: SetItemOptions) {
      await wait();
      calls.set++;
      if (opts.cas !== false && o && (server.get(k) ?? null) !== o.expected) {
        calls.conflicts++;
        throw new ConflictError();
      }
      server.set(k, v);
    },
    async removeItem(k) {
      server.delete(k);
    },
  };
  return { adapter, calls };
}

/**
 * A compare-and-set adapter over `server` that pushes changes to the element (`push`), as
 * createHttpStorage's live updates do. `beforeSet` runs first on each save and may throw (unreachable).
 */
function pushing(server: Map<string, string>, beforeSet?: (text: string) => void) {
  let listener: ((text: string | null) => void) | undefined;
  const adapter: StorageLike = {
    getItem: async (k) => server.get(k) ?? null,
    setItem: async (k, v, o) => {
      beforeSet?.(v);
      if (o && (server.get(k) ?? null) !== o.expected) throw new ConflictError();
      server.set(k, v);
    },
    removeItem: async (k) => void server.delete(k),
    subscribe: (_k, l) => {
      listener = l;
      return () => undefined;
    },
  };
  return { adapter, push: (text: string | null) => listener!(text) };
}

describe('never lose an edit (#18)', () => {
  beforeEach(() => clearKeys('s-'));

  describe('loading', () => {
    it('says it is loading (visible, aria-busy), keeps the content inert, and an edit made meanwhile does not overwrite what was stored', async () => {
      const server = new Map([[KEY('s-load'), env({ title: 'saved', notes: ['0', '1', '2'] })]]);
      const { adapter } = device(server, { delay: 300 });
      const el = await fixture<TestNotes>(html`<sf-test-notes storage-key="s-load" .storageAdapter=${adapter}></sf-test-notes>`);
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect(notice(el)).to.contain('Loading your saved data');
      const input = $<HTMLInputElement>(el, 'input');
      expect(input.closest('[inert]'), 'content inert while loading').to.exist;
      input.focus();
      expect(el.shadowRoot!.activeElement).to.not.equal(input);
      await expect(el).to.be.accessible();
      el.addNote('9'); // a tick that got through anyway (programmatic)
      await until(() => has(server.get(KEY('s-load')), '"9"'), 'the merged save');
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(input.closest('[inert]')).to.equal(null);
      // The stored [0,1,2] survive, and the edit made during the load too.
      expect(parse(server.get(KEY('s-load'))).notes).to.have.members(['0', '1', '2', '9']);
      expect(parse(server.get(KEY('s-load'))).title).to.equal('saved');
      expect(el.value.notes).to.have.members(['0', '1', '2', '9']);
    });

    it('after the timeout offers "Try again", writes nothing it has not read, and loads on retry (focus kept)', async () => {
      const { TestNotes: Ctor } = await import('../helpers/test-element.js');
      Ctor.storageTimeout = 100;
      let answer = false;
      const writes: string[] = [];
      const adapter: StorageLike = {
        getItem: () => (answer ? Promise.resolve(env({ title: 'late', notes: [] })) : new Promise(() => {})),
        setItem: (_k, v) => void writes.push(v),
        removeItem: () => undefined,
      };
      let el!: TestNotes;
      try {
        await captureWarnings(async () => {
          el = await fixture<TestNotes>(html`<sf-test-notes storage-key="s-retry" .storageAdapter=${adapter}></sf-test-notes>`);
          await settle(200);
          el.addNote('typed');
          await settle();
        });
      } finally {
        Ctor.storageTimeout = 5000;
      }
      await el.updateComplete;
      expect(writes).to.deep.equal([]);
      expect(notice(el)).to.contain('not loaded yet');
      const retry = button(el, /Try again/);
      expect(retry).to.exist;
      answer = true;
      retry.focus();
      retry.click();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement, 'focus not dropped to <body>').to.not.equal(null);
      await until(() => writes.length, 'the save after the retry');
      expect(el.value.title).to.equal('late');
      expect(el.value.notes).to.contain('typed');
      expect(parse(writes.at(-1)).notes).to.contain('typed');
    });
  });

  it('issue case 1 in the checklist: a tick tried during a slow read changes nothing; the stored ticks survive and a later tick is added', async () => {
    const probe = document.createElement('internship-checklist');
    probe.storage = 'none';
    document.body.append(probe);
    await probe.updateComplete;
    const items = probe.value.items.map((item, i) => ({ ...item, done: i < 3 }));
    probe.remove();
    const k = 'strong-finish/internship-checklist/s-case1';
    const server = new Map([[k, env({ ...probe.value, items })]]);
    const { adapter, calls } = device(server, { delay: 400 });
    const el = await fixture<InternshipChecklist>(html`<internship-checklist storage-key="s-case1" .storageAdapter=${adapter}></internship-checklist>`);
    // The first item not ticked (near the top, so a real click can reach it).
    const boxN = () => $<HTMLInputElement>(el, `li.item[data-id="${items[3].id}"] input[type="checkbox"]`);
    expect(el.getAttribute('aria-busy')).to.equal('true');
    // A user's tick on the default checklist while the real one loads (a real click: inert stops it).
    boxN().scrollIntoView({ block: 'center' });
    const box = boxN().getBoundingClientRect();
    expect(box.bottom, 'the checkbox is on screen').to.be.lessThan(window.innerHeight);
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await loaded(el);
    await settle(100);
    await el.updateComplete;
    expect(calls.set, 'nothing written by the load').to.equal(0);
    expect(el.value.items.filter((i) => i.done).map((i) => i.id)).to.deep.equal(items.slice(0, 3).map((i) => i.id));
    boxN().click();
    await until(() => calls.set, 'the save delay, then the slow adapter');
    const done = (parse(server.get(k)).items as { id: string; done: boolean }[]).filter((i) => i.done).map((i) => i.id);
    expect(done).to.deep.equal([0, 1, 2, 3].map((i) => items[i].id));
  });

  it('asks for persistent storage on the first local save, only where the browser grants it without a prompt', async () => {
    // Some engines (WebKitGTK here) have no StorageManager: give the page one to observe.
    if (!navigator.storage) Object.defineProperty(navigator, 'storage', { configurable: true, value: {} });
    const storage = navigator.storage as unknown as Record<string, unknown>;
    const permissions = navigator.permissions as unknown as Record<string, unknown>;
    const query = navigator.permissions.query.bind(navigator.permissions);
    const asked: string[] = [];
    let state = 'prompt';
    Object.defineProperty(storage, 'persist', { configurable: true, value: async () => (asked.push('persist'), true) });
    Object.defineProperty(storage, 'persisted', { configurable: true, value: async () => false });
    Object.defineProperty(permissions, 'query', {
      configurable: true,
      value: async (d: PermissionDescriptor) => (d.name === ('persistent-storage' as PermissionName) ? { state } : query(d)),
    });
    try {
      resetPersistRequest();
      const el = await fixture<TestNotes>(html`<sf-test-notes storage-key="s-persist"></sf-test-notes>`);
      await settle();
      expect(asked, 'not before a save').to.deep.equal([]);
      el.addNote('a');
      await until(() => has(localStorage.getItem(KEY('s-persist')), '"a"'), 'the first save');
      await settle(50);
      expect(asked, 'never where it would prompt').to.deep.equal([]);
      resetPersistRequest();
      state = 'granted';
      el.addNote('b');
      await until(() => asked.length, 'the request');
      el.addNote('c');
      await until(() => has(localStorage.getItem(KEY('s-persist')), '"c"'), 'the next save');
      await settle(50);
      expect(asked).to.deep.equal(['persist']);
      const none = await fixture<TestNotes>(html`<sf-test-notes storage-key="s-persist2" storage="session"></sf-test-notes>`);
      resetPersistRequest();
      none.addNote('x');
      await until(() => has(sessionStorage.getItem(KEY('s-persist2')), '"x"'), 'the session save');
      await settle(50);
      expect(asked, 'session storage does not last anyway').to.deep.equal(['persist']);
    } finally {
      delete storage.persist;
      delete storage.persisted;
      delete permissions.query;
    }
  });

  describe('private means private', () => {
    /** Counts every call on localStorage and sessionStorage while `fn` runs. */
    async function storageCalls(fn: () => Promise<void>): Promise<string[]> {
      const calls: string[] = [];
      const proto = Storage.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
      const names = ['getItem', 'setItem', 'removeItem', 'key', 'clear'];
      const originals = names.map((n) => proto[n]);
      names.forEach((n, i) => {
        proto[n] = function (this: Storage, ...args: unknown[]) {
          if (String(args[0]).includes('/s-priv')) calls.push(`${n}(${String(args[0])})`);
          return originals[i].apply(this, args);
        };
      });
      try {
        await fn();
      } finally {
        names.forEach((n, i) => (proto[n] = originals[i]));
      }
      return calls;
    }
    const value = { title: 'secret', notes: ['from the server'] };

    for (const order of ['storage then value', 'value then storage'] as const) {
      it(`storage="none" as a property in the same tick as value (${order}) touches no storage`, async () => {
        const calls = await storageCalls(async () => {
          const el = document.createElement('sf-test-notes');
          el.storageKey = 's-priv';
          document.body.append(el);
          if (order === 'storage then value') {
            el.storage = 'none';
            el.value = value;
          } else {
            el.value = value;
            el.storage = 'none';
          }
          await el.updateComplete;
          el.addNote('typed');
          await settle();
          el.remove();
        });
        expect(calls).to.deep.equal([]);
      });
    }

    it('storage="none" set before connecting, or as an attribute, touches no storage', async () => {
      const calls = await storageCalls(async () => {
        const a = document.createElement('sf-test-notes');
        a.value = value;
        a.storage = 'none';
        a.storageKey = 's-priv';
        document.body.append(a);
        const b = await fixture<TestNotes>(html`<sf-test-notes storage="none" storage-key="s-priv" .value=${value}></sf-test-notes>`);
        b.addNote('typed');
        await settle();
        a.remove();
        b.remove();
      });
      expect(calls).to.deep.equal([]);
    });

    it('writes nothing before the first edit or host value', async () => {
      const el = await fixture<TestNotes>(html`<sf-test-notes storage-key="s-quiet"></sf-test-notes>`);
      await settle();
      el.remove();
      expect(localStorage.getItem(KEY('s-quiet'))).to.equal(null);
    });
  });

  describe('two devices (compare-and-set)', () => {
    it('both ticks survive: B, loaded before A saved, merges instead of replacing (issue case 2)', async () => {
      const { server, b, elA, elB } = await twoDevices('s-dev');
      elA.addNote('A ticked');
      await until(() => has(server.get(KEY('s-dev')), 'A ticked'), "A's save");
      elB.addNote('B ticked');
      await until(() => has(server.get(KEY('s-dev')), 'B ticked'), "B's save");
      expect(b.calls.conflicts).to.equal(1);
      expect(parse(server.get(KEY('s-dev'))).notes).to.have.members(['default note', 'A ticked', 'B ticked']);
      expect(elB.value.notes).to.have.members(['default note', 'A ticked', 'B ticked']);
    });

    it('the same field on both: the later edit wins, and the element says so visibly and to screen readers', async () => {
      const { server, elA, elB } = await twoDevices('s-same');
      elB.value = { ...elB.value, title: 'B, earlier' };
      await Promise.resolve();
      elB.addNote('b'); // edits pending on B...
      await new Promise((r) => setTimeout(r, 20));
      elA.value = { ...elA.value, title: 'A, later' }; // ...while A saves a later edit first
      await until(() => has(server.get(KEY('s-same')), 'A, later') && has(server.get(KEY('s-same')), '"b"'), 'both saves');
      const stored = parse(server.get(KEY('s-same')));
      expect(stored.title).to.equal('A, later');
      expect(stored.notes).to.contain('b');
      await elB.updateComplete;
      expect(notice(elB)).to.contain('Updated with changes from another device');
      expect($(elB, '[role="status"]').textContent).to.contain('Updated with changes from another device');
    });

    it('an adapter that ignores the third argument keeps working (last write wins, as before)', async () => {
      const server = new Map<string, string>();
      const { adapter, calls } = device(server, { cas: false });
      const el = await fixture<TestNotes>(html`<sf-test-notes storage-key="s-nocas" .storageAdapter=${adapter}></sf-test-notes>`);
      await loaded(el);
      el.addNote('x');
      await until(() => server.get(KEY('s-nocas')), 'the save');
      expect(calls.conflicts).to.equal(0);
      expect(parse(server.get(KEY('s-nocas'))).notes).to.contain('x');
    });

    it('subscribe pushes changes from elsewhere, merged with unsaved edits here', async () => {
      const server = new Map<string, string>();
      const { adapter, push } = pushing(server);
      const el = await fixture<TestNotes>(html`<sf-test-notes storage-key="s-sub" .storageAdapter=${adapter}></sf-test-notes>`);
      await loaded(el);
      el.addNote('mine');
      const theirs = env({ title: 'pushed', notes: ['default note', 'theirs'] }, new Date(Date.now() + 1000).toISOString());
      server.set(KEY('s-sub'), theirs);
      push(theirs);
      await until(() => has(server.get(KEY('s-sub')), 'mine'), 'the merged save');
      expect(el.value.notes).to.have.members(['default note', 'mine', 'theirs']);
      expect(el.value.title).to.equal('pushed');
      expect(parse(server.get(KEY('s-sub'))).notes).to.have.members(['default note', 'mine', 'theirs']);
    });

    it('a save that failed, then stored by the adapter on its own (its queue, once the server is back) and pushed back: "Saved", not "Not saved" until the next edit (issue #19)', async () => {
      const server = new Map<string, string>();
      let unsent: string | undefined;
      let reachable = true;
      const { adapter, push } = pushing(server, (v) => {
        if (reachable) return;
        unsent = v; // kept by the adapter, sent later
        throw new TypeError('Failed to fetch');
      });
      const el = await fixture<TestNotes>(html`<sf-test-notes storage-key="s-queued" .storageAdapter=${adapter}></sf-test-notes>`);
      await loaded(el);
      reachable = false;
      el.addNote('while unreachable');
      await until(() => /not saved/i.test(notice(el)), 'the "Not saved" notice');
      // The adapter's background retry lands the text and tells its listeners.
      reachable = true;
      server.set(KEY('s-queued'), unsent!);
      push(unsent!);
      await until(() => !notice(el) && /saved/i.test(savedText(el)), '"Saved" and no notice');
      expect(el.value.notes).to.contain('while unreachable');
      // The next edit is based on that text: no conflict.
      el.addNote('next');
      await until(() => has(server.get(KEY('s-queued')), 'next'), 'the next save');
      expect(parse(server.get(KEY('s-queued'))).notes).to.include.members(['while unreachable', 'next']);
    });

    it('edited while a save was failing (its reply lost after it landed, then the server down): when the server is back and pushes what it holds, the later edit is saved too', async () => {
      const server = new Map<string, string>();
      let calls = 0;
      let reachable = true;
      const adapter: StorageLike = {
        getItem: async (k) => server.get(k) ?? null,
        async setItem(k, v) {
          calls++;
          if (calls === 1) {
            // Lands, but the reply is lost while the intern goes on editing.
            await new Promise((r) => setTimeout(r, 150));
            server.set(k, v);
            reachable = false;
            throw new TypeError('Failed to fetch');
          }
          if (!reachable) throw new TypeError('Failed to fetch');
          server.set(k, v);
        },
        removeItem: async (k) => void server.delete(k),
      };
      let push!: (text: string | null) => void;
      adapter.subscribe = (_k, listener) => ((push = listener), () => undefined);
      const el = await fixture<TestNotes>(html`<sf-test-notes storage-key="s-lost-reply" .storageAdapter=${adapter}></sf-test-notes>`);
      await loaded(el);
      await captureWarnings(async () => {
        el.addNote('first');
        await until(() => calls === 1, 'the first save');
        el.addNote('second, while the first save is in flight');
        await until(() => /not saved/i.test(notice(el)), 'the "Not saved" notice');
        await settle(600);
        expect(parse(server.get(KEY('s-lost-reply'))).notes, 'the server has only the first edit').to.not.include('second, while the first save is in flight');
        // Back: the adapter's stream (or its queue) tells the element what is stored now.
        reachable = true;
        push(server.get(KEY('s-lost-reply'))!);
        await until(() => has(server.get(KEY('s-lost-reply')), 'second, while'), 'the later edit saved');
      });
      expect(parse(server.get(KEY('s-lost-reply'))).notes).to.include.members(['first', 'second, while the first save is in flight']);
      await until(() => !notice(el) && /saved/i.test(savedText(el)), '"Saved" and no notice');
    });
  });

  describe('two instances, two tabs', () => {
    it('two instances with the same key stay in sync, warn once naming both, and a reload keeps both edits (issue case 3)', async () => {
      let a!: TestNotes;
      let b!: TestNotes;
      const warnings = await captureWarnings(async () => {
        a = await fixture<TestNotes>(html`<sf-test-notes id="first" storage-key="s-two"></sf-test-notes>`);
        b = await fixture<TestNotes>(html`<sf-test-notes id="second" storage-key="s-two"></sf-test-notes>`);
        await settle(10);
      });
      const same = warnings.filter((w) => w.includes('same key'));
      expect(same).to.have.length(1);
      expect(same[0]).to.contain('<sf-test-notes id="first">').and.contain('<sf-test-notes id="second">');
      a.addNote('from A');
      await until(() => b.value.notes.includes('from A'), 'B to show A’s edit');
      b.addNote('from B');
      await until(() => has(localStorage.getItem(KEY('s-two')), 'from B'), 'B’s save');
      a.remove();
      b.remove();
      const reloaded = await fixture<TestNotes>(html`<sf-test-notes storage-key="s-two"></sf-test-notes>`);
      expect(reloaded.value.notes).to.include.members(['from A', 'from B']);
    });

    it('two instances editing within the save delay both keep their edits', async () => {
      const a = await fixture<TestNotes>(html`<sf-test-notes storage-key="s-both"></sf-test-notes>`);
      const b = await fixture<TestNotes>(html`<sf-test-notes storage-key="s-both"></sf-test-notes>`);
      await captureWarnings(() => settle(10));
      a.addNote('A');
      b.addNote('B');
      await until(() => has(localStorage.getItem(KEY('s-both')), '"A"') && has(localStorage.getItem(KEY('s-both')), '"B"'), 'both saves');
      expect(parse(localStorage.getItem(KEY('s-both'))).notes).to.include.members(['A', 'B']);
      expect(a.value.notes).to.include.members(['A', 'B']);
      expect(b.value.notes).to.include.members(['A', 'B']);
    });

    it('another tab that saved within the save delay is merged, not overwritten', async () => {
      const el = await fixture<TestNotes>(html`<sf-test-notes storage-key="s-tab"></sf-test-notes>`);
      el.addNote('this tab');
      // The other tab writes before our debounced save; its storage event may arrive later (or not yet).
      const theirs = env({ title: 'other tab', notes: ['default note', 'other tab'] }, new Date(Date.now() + 1000).toISOString());
      localStorage.setItem(KEY('s-tab'), theirs);
      await until(() => has(localStorage.getItem(KEY('s-tab')), 'this tab'), 'the merged save');
      const stored = parse(localStorage.getItem(KEY('s-tab')));
      expect(stored.notes).to.include.members(['this tab', 'other tab']);
      expect(stored.title).to.equal('other tab');
      // The late storage event changes nothing more.
      window.dispatchEvent(new StorageEvent('storage', { key: KEY('s-tab'), newValue: theirs, storageArea: localStorage }));
      await el.updateComplete;
      expect(el.value.notes).to.include.members(['this tab', 'other tab']);
    });

    it('a second tab (a same-origin frame running the built bundle) saving at the same moment is merged, both ways', async () => {
      const k = 'strong-finish/internship-checklist/s-frame';
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><meta charset="utf-8"><body><internship-checklist storage-key="s-frame"></internship-checklist>
        <script type="module">await import(${JSON.stringify(`${location.origin}/dist/strong-finish.bundle.js`)}); parent.postMessage({ ready: true }, '*');<\/script></body>`;
      const ready = new Promise<void>((resolve) => addEventListener('message', function on(e) {
        if (e.source === frame.contentWindow && e.data?.ready) {
          removeEventListener('message', on);
          resolve();
        }
      }));
      document.body.append(frame);
      try {
        await ready;
        const other = frame.contentDocument!.querySelector('internship-checklist') as unknown as InternshipChecklist;
        await other.updateComplete;
        const here = await fixture<InternshipChecklist>(html`<internship-checklist storage-key="s-frame"></internship-checklist>`);
        // Both tabs change the list in the same moment, each from the same starting point.
        here.value = { ...here.value, explore: ['from this tab'] };
        other.value = { ...other.value, ask: ['from the other tab'] };
        await until(() => has(localStorage.getItem(k), 'from this tab') && has(localStorage.getItem(k), 'from the other tab'), 'both saves, merged');
        await until(() => here.value.ask.includes('from the other tab') && other.value.explore.includes('from this tab'), 'each tab to show the other’s change');
      } finally {
        frame.remove();
      }
    });

    it('a storage event from another tab while edits are pending merges them', async () => {
      const el = await fixture<TestNotes>(html`<sf-test-notes storage-key="s-ev"></sf-test-notes>`);
      el.addNote('pending here');
      const theirs = env({ title: '', notes: ['default note', 'there'] });
      localStorage.setItem(KEY('s-ev'), theirs);
      window.dispatchEvent(new StorageEvent('storage', { key: KEY('s-ev'), newValue: theirs, storageArea: localStorage }));
      await el.updateComplete;
      expect(el.value.notes).to.include.members(['pending here', 'there']);
      await until(() => has(localStorage.getItem(KEY('s-ev')), 'pending here'), 'the merged save');
      expect(parse(localStorage.getItem(KEY('s-ev'))).notes).to.include.members(['pending here', 'there']);
    });
  });

  describe('honest status', () => {
    it('a read refused for the session says "Sign in again", offers Try again, and loads when signed in', async () => {
      let signedIn = false;
      const server = new Map([[KEY('s-auth'), env({ title: 'on the server', notes: [] })]]);
      const adapter: StorageLike = {
        getItem: async (k) => {
          if (!signedIn) throw new AuthError();
          return server.get(k) ?? null;
        },
        setItem: async (k, v) => void server.set(k, v),
        removeItem: async () => undefined,
      };
      let el!: TestNotes;
      await captureWarnings(async () => {
        el = await fixture<TestNotes>(html`<sf-test-notes storage-key="s-auth" .storageAdapter=${adapter}></sf-test-notes>`);
        await until(() => notice(el).includes('Sign in'), 'the refused read');
      });
      expect(notice(el)).to.contain('Sign in again');
      signedIn = true;
      button(el, /Try again/).click();
      await until(() => el.value.title === 'on the server', 'the read');
      await el.updateComplete;
      expect(el.value.title).to.equal('on the server');
      expect(notice(el)).to.equal('');
    });

    it('"Saved in this browser" only for local storage; an adapter says "Saved" or the host label', async () => {
      const local = await fixture<TestNotes>(html`<sf-test-notes storage-key="s-st1"></sf-test-notes>`);
      local.addNote('x');
      await until(() => savedText(local).includes('Saved'), 'the save');
      expect($(local, '[part="saved"]').textContent).to.contain('Saved in this browser');

      const plain = device(new Map()).adapter;
      const el = await fixture<TestNotes>(html`<sf-test-notes storage-key="s-st2" .storageAdapter=${plain}></sf-test-notes>`);
      await loaded(el);
      el.addNote('x');
      await until(() => savedText(el).startsWith('Saved'), 'the save');
      const saved = $(el, '[part="saved"]').textContent!;
      expect(saved).to.match(/^Saved \(/);
      expect(saved).to.not.contain('browser');

      const labelled = await fixture<TestNotes>(
        html`<sf-test-notes storage-key="s-st3" storage-label="Saved to your Jobs Section account" .storageAdapter=${device(new Map()).adapter}></sf-test-notes>`,
      );
      await loaded(labelled);
      labelled.addNote('x');
      await until(() => savedText(labelled).startsWith('Saved'), 'the save');
      expect($(labelled, '[part="saved"]').textContent).to.contain('Saved to your Jobs Section account');
      const fromAdapter = await fixture<TestNotes>(html`<sf-test-notes storage-key="s-st4" .storageAdapter=${device(new Map(), { label: 'Saved to Acme' }).adapter}></sf-test-notes>`);
      await loaded(fromAdapter);
      fromAdapter.addNote('x');
      await until(() => savedText(fromAdapter).startsWith('Saved'), 'the save');
      expect($(fromAdapter, '[part="saved"]').textContent).to.contain('Saved to Acme');
    });

    it('AuthError says "Sign in again to save" (never "in this browser"); OfflineError says offline and saves again when online', async () => {
      const server = new Map<string, string>();
      let fail: Error | undefined = new AuthError();
      const adapter: StorageLike = {
        getItem: async (k) => server.get(k) ?? null,
        setItem: async (k, v) => {
          if (fail) throw fail;
          server.set(k, v);
        },
        removeItem: async () => undefined,
      };
      const el = await fixture<TestNotes>(html`<sf-test-notes storage-key="s-err" .storageAdapter=${adapter}></sf-test-notes>`);
      await loaded(el);
      await captureWarnings(async () => {
        el.addNote('a');
        await until(() => notice(el).includes('Sign in again to save'), 'the refused save');
        expect(notice(el)).to.not.contain('browser');
        fail = new OfflineError();
        el.addNote('b');
        await until(() => notice(el).includes('Not saved yet: offline'), 'the offline save');
      });
      fail = undefined;
      window.dispatchEvent(new Event('online'));
      await until(() => server.get(KEY('s-err')), 'the save when back online');
      await el.updateComplete;
      expect(parse(server.get(KEY('s-err'))).notes).to.include.members(['a', 'b']);
      expect(notice(el)).to.equal('');
    });
  });
});
