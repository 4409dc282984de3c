import { expect, fixture, html } from '@open-wc/testing';
import { KEYS_WORK, captureWarnings, clearKeys, settle, type TestNotes, withFullStorage } from '../helpers/test-element.js';
import '../helpers/test-element.js';

const KEY = (k: string) => `strong-finish/sf-test-notes/${k}`;

function stored(k: string) {
  return JSON.parse(localStorage.getItem(KEY(k))!);
}

describe('persistence', () => {
  beforeEach(() => clearKeys('p-'));

  it('saves user edits (debounced) in a versioned envelope and restores them in a new element', async () => {
    const el = await fixture<TestNotes>(html`<sf-test-notes storage-key="p-p1"></sf-test-notes>`);
    el.addNote('typed');
    expect(localStorage.getItem(KEY('p-p1'))).to.equal(null); // debounced
    await settle();
    const env = stored('p-p1');
    expect(env.v).to.equal(1);
    expect(env.data.notes).to.deep.equal(['default note', 'typed']);
    el.remove();
    const again = await fixture<TestNotes>(html`<sf-test-notes storage-key="p-p1"></sf-test-notes>`);
    expect(again.value.notes).to.deep.equal(['default note', 'typed']);
  });

  it('flushes pending edits when the element is removed', async () => {
    const el = await fixture<TestNotes>(html`<sf-test-notes storage-key="p-p2"></sf-test-notes>`);
    el.addNote('quick');
    el.remove();
    expect(stored('p-p2').data.notes).to.contain('quick');
  });

  it('saves a programmatic value at once, and a value set before connecting wins over storage', async () => {
    localStorage.setItem(KEY('p-p3'), JSON.stringify({ v: 1, savedAt: '', data: { title: 'old', notes: [] } }));
    const el = await fixture<TestNotes>(html`<sf-test-notes storage-key="p-p3" .value=${{ title: 'host', notes: ['h'] }}></sf-test-notes>`);
    expect(el.value.title).to.equal('host');
    await settle(10);
    expect(stored('p-p3').data.title).to.equal('host');
    el.value = { title: 'next', notes: [] };
    await Promise.resolve(); // saved in a microtask, after any storage change made in the same tick
    expect(stored('p-p3').data.title).to.equal('next');
  });

  it('keeps instances with different keys apart, and uses sessionStorage or nothing when asked', async () => {
    const a = await fixture<TestNotes>(html`<sf-test-notes storage-key="p-a"></sf-test-notes>`);
    const b = await fixture<TestNotes>(html`<sf-test-notes storage-key="p-b" storage="session"></sf-test-notes>`);
    const c = await fixture<TestNotes>(html`<sf-test-notes storage-key="p-c" storage="none"></sf-test-notes>`);
    a.value = { title: 'A', notes: [] };
    b.value = { title: 'B', notes: [] };
    c.value = { title: 'C', notes: [] };
    await Promise.resolve();
    expect(stored('p-a').data.title).to.equal('A');
    expect(localStorage.getItem(KEY('p-b'))).to.equal(null);
    expect(JSON.parse(sessionStorage.getItem(KEY('p-b'))!).data.title).to.equal('B');
    expect(localStorage.getItem(KEY('p-c'))).to.equal(null);
    expect(sessionStorage.getItem(KEY('p-c'))).to.equal(null);
  });

  it('never overwrites corrupt data, warns once and tells the user', async () => {
    localStorage.setItem(KEY('p-bad'), '{not json');
    let el!: TestNotes;
    const warnings = await captureWarnings(async () => {
      el = await fixture<TestNotes>(html`<sf-test-notes storage-key="p-bad"></sf-test-notes>`);
      el.addNote('x');
      el.addNote('y');
      await settle();
    });
    expect(localStorage.getItem(KEY('p-bad'))).to.equal('{not json');
    expect(warnings.filter((w) => w.includes('not valid'))).to.have.length(1);
    expect(el.value.notes).to.contain('y'); // nothing typed is lost
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('could not be read');
  });

  it('never overwrites data from a newer version', async () => {
    const newer = JSON.stringify({ v: 99, savedAt: '', data: { future: true } });
    localStorage.setItem(KEY('p-new'), newer);
    const warnings = await captureWarnings(async () => {
      const el = await fixture<TestNotes>(html`<sf-test-notes storage-key="p-new"></sf-test-notes>`);
      el.value = { title: 'mine', notes: [] };
      await settle();
    });
    expect(localStorage.getItem(KEY('p-new'))).to.equal(newer);
    expect(warnings.join()).to.contain('newer version');
  });

  it('keeps working from memory when the quota is exceeded mid-save', async () => {
    const el = await fixture<TestNotes>(html`<sf-test-notes storage-key="p-quota"></sf-test-notes>`);
    const warnings = await withFullStorage(async () => {
      el.addNote('kept');
      await settle();
      el.addNote('kept too');
      await settle();
    });
    expect(warnings.filter((w) => w.includes('full'))).to.have.length(1);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('storage is full');
    expect(el.value.notes).to.include.members(['kept', 'kept too']);
    // once space is back, the next edit saves and the notice goes
    el.addNote('later');
    await settle();
    await el.updateComplete;
    expect(stored('p-quota').data.notes).to.contain('later');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  // Simulated by redefining window.localStorage, which proved unreliable in WebKitGTK within a long
  // session (it passed alone, failed in the full run); tests/reliability/storage-faults.test.ts covers
  // the real SecurityError in every browser, WebKit included, with a sandboxed iframe.
  const canRedefine = !!Object.getOwnPropertyDescriptor(window, 'localStorage')?.configurable && KEYS_WORK;
  if (canRedefine) it('works when storage itself is unavailable (SecurityError)', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    let el!: TestNotes;
    try {
      const warnings = await captureWarnings(async () => {
        el = await fixture<TestNotes>(html`<sf-test-notes storage-key="p-sec"></sf-test-notes>`);
        el.addNote('still works');
      });
      expect(warnings.join()).to.contain('not available');
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
    }
    await el.updateComplete;
    expect(el.value.notes).to.contain('still works');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Not saved');
  });

  it('migrates older data through the element migrations', async () => {
    const { TestNotes: Ctor } = await import('../helpers/test-element.js');
    const before = Ctor.schemaVersion;
    const migrations = Ctor.migrations;
    Ctor.schemaVersion = 2;
    Ctor.migrations = { 1: (d) => ({ ...(d as object), title: 'migrated' }) };
    try {
      localStorage.setItem(KEY('p-mig'), JSON.stringify({ v: 1, savedAt: '', data: { title: 'x', notes: [] } }));
      const el = await fixture<TestNotes>(html`<sf-test-notes storage-key="p-mig"></sf-test-notes>`);
      expect(el.value.title).to.equal('migrated');
    } finally {
      Ctor.schemaVersion = before;
      Ctor.migrations = migrations;
    }
  });

  it('re-reads when another tab writes the same key', async () => {
    const el = await fixture<TestNotes>(html`<sf-test-notes storage-key="p-tab"></sf-test-notes>`);
    const data = JSON.stringify({ v: 1, savedAt: '', data: { title: 'from other tab', notes: [] } });
    localStorage.setItem(KEY('p-tab'), data);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY('p-tab'), newValue: data, storageArea: localStorage }));
    await el.updateComplete;
    expect(el.value.title).to.equal('from other tab');
  });

  describe('host adapter', () => {
    it('uses a promise-based adapter for reads and writes', async () => {
      const map = new Map<string, string>([[KEY('p-ad'), JSON.stringify({ v: 1, savedAt: '', data: { title: 'remote', notes: [] } })]]);
      const adapter = {
        getItem: async (k: string) => map.get(k) ?? null,
        setItem: async (k: string, v: string) => void map.set(k, v),
        removeItem: async (k: string) => void map.delete(k),
      };
      const el = await fixture<TestNotes>(html`<sf-test-notes storage-key="p-ad" .storageAdapter=${adapter}></sf-test-notes>`);
      await settle(20);
      expect(el.value.title).to.equal('remote');
      el.addNote('n');
      await settle();
      expect(JSON.parse(map.get(KEY('p-ad'))!).data.notes).to.contain('n');
      expect(localStorage.getItem(KEY('p-ad'))).to.equal(null);
    });

    it('keeps working when the adapter rejects, and never writes over what it could not read', async () => {
      const writes: string[] = [];
      const adapter = {
        getItem: () => Promise.reject(new Error('offline')),
        setItem: (_k: string, v: string) => void writes.push(v),
        removeItem: () => undefined,
      };
      let el!: TestNotes;
      const warnings = await captureWarnings(async () => {
        el = await fixture<TestNotes>(html`<sf-test-notes storage-key="p-rej" .storageAdapter=${adapter}></sf-test-notes>`);
        await settle(20);
        el.addNote('typed');
        await settle();
      });
      expect(warnings.join()).to.contain('offline');
      expect(writes).to.deep.equal([]);
      expect(el.value.notes).to.contain('typed');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    });

    it('does not wait forever for an adapter that hangs, and keeps what the user types', async () => {
      const { TestNotes: Ctor } = await import('../helpers/test-element.js');
      Ctor.storageTimeout = 100;
      const adapter = { getItem: () => new Promise<string>(() => {}), setItem: () => undefined, removeItem: () => undefined };
      let el!: TestNotes;
      const warnings = await captureWarnings(async () => {
        el = await fixture<TestNotes>(html`<sf-test-notes storage-key="p-hang" .storageAdapter=${adapter}></sf-test-notes>`);
        el.addNote('typed while waiting');
        await settle(200);
      });
      Ctor.storageTimeout = 5000;
      await el.updateComplete;
      expect(warnings.join()).to.contain('did not answer');
      expect(el.value.notes).to.contain('typed while waiting');
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('not saved');
    });
  });
});
