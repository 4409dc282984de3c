import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { profileContext, kitContext, type Kit } from '../../src/core/profile.js';
import { captureWarnings, clearKeys, container, settle, type TestNotes } from '../helpers/test-element.js';
import '../helpers/test-element.js';

describe('SfElement (shared base)', () => {
  beforeEach(() => clearKeys('b-'));

  it('is accessible', async () => {
    const el = await fixture<TestNotes>(html`<sf-test-notes storage="none"></sf-test-notes>`);
    await expect(el).to.be.accessible();
  });

  it('fires change (bubbling, composed) after a user edit, and none after a programmatic value', async () => {
    const el = await fixture<TestNotes>(html`<sf-test-notes storage="none"></sf-test-notes>`);
    let count = 0;
    document.addEventListener('change', () => count++);
    el.value = { title: 'x', notes: [] };
    await el.updateComplete;
    expect(count).to.equal(0);
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    input.value = 'typed';
    setTimeout(() => input.dispatchEvent(new Event('input', { bubbles: true, composed: true })));
    const event = await oneEvent(el, 'change');
    expect(event.bubbles && event.composed).to.be.true;
    expect(el.value.title).to.equal('typed');
  });

  it('round-trips value and returns a copy', async () => {
    const el = await fixture<TestNotes>(html`<sf-test-notes storage="none"></sf-test-notes>`);
    const v = { title: 'T ✓ <b>', notes: ['a', '😀'] };
    el.value = v;
    expect(el.value).to.deep.equal(v);
    el.value.notes.push('mutated');
    expect(el.value.notes).to.have.length(2);
  });

  it('treats value = undefined as "not set": keeps the data, no warning (React\'s useState() before the first change)', async () => {
    const el = await fixture<TestNotes>(html`<sf-test-notes storage-key="b-undef"></sf-test-notes>`);
    el.value = { title: 'kept', notes: ['a'] };
    await el.updateComplete;
    const warnings = await captureWarnings(() => {
      el.value = undefined;
    });
    expect(warnings).to.deep.equal([]);
    expect(el.value).to.deep.equal({ title: 'kept', notes: ['a'] });
    const again = await fixture<TestNotes>(html`<sf-test-notes storage-key="b-undef"></sf-test-notes>`);
    again.value = undefined;
    await settle(20);
    expect(again.value.title, 'stored data is not replaced by undefined').to.equal('kept');
  });

  it('drops malformed fields with one warning, keeps unknown ones (issue #28: never lost), and never throws', async () => {
    const el = await fixture<TestNotes>(html`<sf-test-notes storage="none"></sf-test-notes>`);
    const warnings = await captureWarnings(() => {
      el.value = { title: 5, notes: ['ok', 7], extra: true } as never;
    });
    expect(el.value).to.deep.equal({ title: '', notes: ['ok'], extra: true });
    const again = await captureWarnings(() => (el.value = { title: 5 } as never));
    expect(again).to.deep.equal([]); // once per element
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<sf-test-notes>').and.to.contain('extra');
    expect(() => (el.value = null as never)).not.to.throw();
  });

  it('takes the profile from context, with attributes winning; invalid dates warn and are ignored', async () => {
    const host = container();
    const provider = new ContextProvider(host, { context: profileContext, initialValue: { internName: 'Ctx', endDate: '2026-12-18', role: 'Analyst' } });
    const el = document.createElement('sf-test-notes') as TestNotes;
    el.storage = 'none';
    host.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.profile')!.textContent).to.equal('Ctx|2026-12-18|Analyst');
    provider.setValue({ internName: 'Changed', endDate: '2026-12-18' });
    await el.updateComplete;
    expect(el.profile.internName).to.equal('Changed');
    el.setAttribute('intern-name', 'Attr');
    const warnings = await captureWarnings(async () => {
      el.setAttribute('end-date', '18/12/2026');
      await el.updateComplete;
    });
    expect(el.shadowRoot!.querySelector('.profile')!.textContent).to.equal('Attr|2026-12-18|');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('end-date');
  });

  it('moves a role attribute to the profile so no bogus ARIA role remains', async () => {
    const el = await fixture<TestNotes>(html`<sf-test-notes storage="none" role="Marketing intern"></sf-test-notes>`);
    expect(el.hasAttribute('role')).to.be.false;
    expect(el.profile.role).to.equal('Marketing intern');
    await expect(el).to.be.accessible();
  });

  it('reads host content from a child JSON script and warns once on invalid JSON', async () => {
    const el = await fixture<TestNotes>(html`<sf-test-notes storage="none"><script type="application/json">["one","two"]</script></sf-test-notes>`);
    expect(el.value.notes).to.deep.equal(['one', 'two']);
    const warnings = await captureWarnings(async () => {
      await fixture(html`<sf-test-notes storage="none"><script type="application/json">{oops</script></sf-test-notes>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<sf-test-notes>').and.to.contain('not valid JSON');
  });

  it('publishes its value to the kit context', async () => {
    const host = container();
    const published: Record<string, unknown> = {};
    const kit: Kit = { data: published, publish: (slot, v) => (published[slot] = v), request: () => false };
    new ContextProvider(host, { context: kitContext, initialValue: kit });
    const el = document.createElement('sf-test-notes') as TestNotes;
    el.storage = 'none';
    host.append(el);
    await el.updateComplete;
    el.addNote('shared');
    expect((published.notes as { notes: string[] }).notes).to.contain('shared');
  });

  it('applies theme tokens with fallbacks and dark mode', async () => {
    const el = await fixture<TestNotes>(html`<sf-test-notes storage="none"></sf-test-notes>`);
    const base = el.shadowRoot!.querySelector('.base')!;
    const light = getComputedStyle(base).backgroundColor;
    el.theme = 'dark';
    await el.updateComplete;
    expect(getComputedStyle(base).backgroundColor).not.to.equal(light);
    el.style.setProperty('--sf-surface', 'rgb(1, 2, 3)');
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('keeps hostile host CSS out of its shadow tree', async () => {
    const style = document.createElement('style');
    style.textContent = '* { font-size: 3px !important; text-transform: uppercase !important; } input { display: none !important; }';
    document.head.append(style);
    try {
      const el = await fixture<TestNotes>(html`<sf-test-notes storage="none"></sf-test-notes>`);
      const input = el.shadowRoot!.querySelector('input')!;
      expect(getComputedStyle(input).display).not.to.equal('none');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.base')!).textTransform).to.equal('none');
    } finally {
      style.remove();
    }
  });

  it('saves a user edit made while storage is being read from a slow adapter', async () => {
    let resolve!: (v: string | null) => void;
    const map = new Map<string, string>();
    const adapter = { getItem: () => new Promise<string | null>((r) => (resolve = r)), setItem: (k: string, v: string) => void map.set(k, v), removeItem: () => undefined };
    const el = await fixture<TestNotes>(html`<sf-test-notes storage-key="b-slow" .storageAdapter=${adapter}></sf-test-notes>`);
    el.addNote('mine');
    resolve(JSON.stringify({ v: 1, savedAt: '', data: { title: 'theirs', notes: [] } }));
    await settle();
    expect(el.value.notes).to.contain('mine');
  });
});

describe('SfElement before the tag is defined', () => {
  it('keeps a value assigned before upgrade', async () => {
    const { TestNotes } = await import('../helpers/test-element.js');
    const el = document.createElement('sf-late-notes') as TestNotes;
    (el as unknown as { value: unknown }).value = { title: 'early', notes: ['set before define'] };
    el.setAttribute('storage', 'none');
    document.body.append(el);
    customElements.define('sf-late-notes', class extends TestNotes {});
    await (el as TestNotes).updateComplete;
    expect(el.value).to.deep.equal({ title: 'early', notes: ['set before define'] });
    el.remove();
  });
});
