// Issue #28, the shared data model (src/core/model/): the envelope and its versions, unknown fields kept
// through every edit, data from a newer build shown but never written over, items stored by id.
import { expect, fixture, html } from '@open-wc/testing';
import { readEnvelope, writeEnvelope, migrate, itemText, withText, isHers } from '../../src/core/model/index.js';
import { captureWarnings, clearKeys, settle, type TestNotes } from '../helpers/test-element.js';
import '../helpers/test-element.js';

const KEY = (k: string) => `strong-finish/sf-test-notes/${k}`;
const stored = (k: string) => JSON.parse(localStorage.getItem(KEY(k))!);

describe('the data model: envelopes and versions', () => {
  it('reads nothing, corrupt, newer and older data, migrating older data step by step', () => {
    const migrations = { 1: (d: any) => ({ ...d, two: true }), 2: (d: any) => ({ ...d, three: d.two && true }) };
    expect(readEnvelope(null, 3, migrations)).to.deep.equal({ kind: 'none' });
    expect(readEnvelope('{nope', 3).kind).to.equal('corrupt');
    expect(readEnvelope('{"data":1}', 3).kind).to.equal('corrupt');
    const newer = readEnvelope('{"v":4,"savedAt":"2026-12-01T10:00:00.000Z","data":{"x":1}}', 3);
    expect(newer.kind).to.equal('newer');
    expect(newer.kind === 'newer' && newer.data).to.deep.equal({ x: 1 });
    const old = readEnvelope('{"v":1,"savedAt":"2026-12-01T10:00:00.000Z","data":{"a":1}}', 3, migrations);
    expect(old.kind === 'ok' && old.data).to.deep.equal({ a: 1, two: true, three: true });
    expect(old.kind === 'ok' && old.from).to.equal(1);
    expect(migrate({ a: 1 }, 3, 3, migrations)).to.deep.equal({ a: 1 });
  });

  it('writes its version and data, keeping the envelope fields it does not know (the pack, a newer build\'s)', () => {
    const previous = { v: 1, savedAt: 'x', data: { old: 1 }, pack: { id: 'ridgeview', version: 3 }, device: 'phone' };
    const out = writeEnvelope(2, { now: 1 }, new Date('2026-12-07T12:00:00.000Z'), previous);
    expect(out).to.deep.equal({ pack: { id: 'ridgeview', version: 3 }, device: 'phone', v: 2, savedAt: '2026-12-07T12:00:00.000Z', data: { now: 1 } });
  });

  it('stores a default item by id and resolves its text in the current language until she edits it', () => {
    const texts: Record<string, Record<string, string>> = { en: { handover: 'Start the handover' }, es: { handover: 'Empieza el traspaso' } };
    const item = { id: 'handover', from: 'default' as const };
    expect(itemText(item, (i) => texts.en[i.id])).to.equal('Start the handover');
    expect(itemText(item, (i) => texts.es[i.id])).to.equal('Empieza el traspaso');
    expect(isHers(item)).to.equal(false);
    const edited = withText(item, 'Mi propio traspaso', (i) => texts.es[i.id]);
    expect(edited).to.deep.equal({ id: 'handover', from: 'default', text: 'Mi propio traspaso' });
    expect(itemText(edited, (i) => texts.en[i.id])).to.equal('Mi propio traspaso');
    // Typed back to the default's own words: it follows the language again.
    expect(withText(edited, 'Empieza el traspaso', (i) => texts.es[i.id])).to.deep.equal(item);
    // Her own item keeps its text even when it matches a default.
    expect(withText({ id: 'o1', from: 'own' as const }, 'Start the handover', () => 'Start the handover')).to.deep.equal({ id: 'o1', from: 'own', text: 'Start the handover' });
  });
});

describe('the data model in an element', () => {
  beforeEach(() => clearKeys('m-'));

  it('keeps unknown fields, at the top level and inside list items, through an edit', async () => {
    localStorage.setItem(KEY('m-unknown'), JSON.stringify({ v: 1, savedAt: '2026-12-01T10:00:00.000Z', future: 'envelope field', data: { title: 'T', notes: ['a'], mood: { stars: 4 } } }));
    const el = await fixture<TestNotes>(html`<sf-test-notes storage-key="m-unknown"></sf-test-notes>`);
    const warnings = await captureWarnings(async () => {
      el.addNote('b');
      await settle();
    });
    const env = stored('m-unknown');
    expect(env.data).to.deep.equal({ title: 'T', notes: ['a', 'b'], mood: { stars: 4 } });
    expect(env.future).to.equal('envelope field');
    // A newer build's fields in stored data are expected, not a host's mistake: no warning.
    expect(warnings.join()).not.to.contain('unknown field');
  });

  it('shows data saved by a newer version, never writes over it, says so, and keeps edits in memory', async () => {
    const newer = JSON.stringify({ v: 99, savedAt: '2026-12-01T10:00:00.000Z', data: { title: 'From the future', notes: ['kept'], later: [1, 2] } });
    localStorage.setItem(KEY('m-newer'), newer);
    let el!: TestNotes;
    await captureWarnings(async () => {
      el = await fixture<TestNotes>(html`<sf-test-notes storage-key="m-newer"></sf-test-notes>`);
      await settle();
    });
    expect(el.value.notes).to.deep.equal(['kept']);
    expect(el.value.title).to.equal('From the future');
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Saved by a newer version of this page — reload');
    el.addNote('typed here');
    await settle(500);
    expect(localStorage.getItem(KEY('m-newer'))).to.equal(newer);
    expect(el.value.notes).to.deep.equal(['kept', 'typed here']);
  });

  it('value round trip: its own value given back changes nothing and fires nothing', async () => {
    const el = await fixture<TestNotes>(html`<sf-test-notes storage-key="m-round"></sf-test-notes>`);
    el.addNote('x');
    await settle();
    const before = localStorage.getItem(KEY('m-round'));
    let changes = 0;
    el.addEventListener('change', () => changes++);
    el.value = JSON.parse(JSON.stringify(el.value));
    await settle();
    expect(localStorage.getItem(KEY('m-round'))).to.equal(before);
    expect(changes).to.equal(0);
  });
});
