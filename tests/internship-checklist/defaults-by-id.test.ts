// Issue #28: defaults are not data. The checklist stores the kit's default items by id and shows their
// text in the page's language, also after a switch and when the catalogue arrives late; a default she
// reworded is hers; nothing is written without an edit, alone or in the kit (its own copy included);
// data of versions 1 and 2 migrates (stored fixtures).
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/internship-checklist/define.js';
import '../../src/internship-wrap-up/define.js';
import { container, settle } from '../helpers/test-element.js';
import { lateCatalogues, storedFixture } from '../helpers/stored.js';
import type { InternshipChecklist, ChecklistItem } from '../../src/internship-checklist/internship-checklist.js';

type Catalogue = Record<string, string>;
const catalogue = (lang: 'es' | 'ar') => (lang === 'es' ? import('../../src/locales/es.js') : import('../../src/locales/ar.js')).then((m) => m.default as Catalogue);
const fixture = storedFixture;
const EN_FINAL = 'Book final meetings with people you want to learn from';

/** A storage adapter over a Map that counts its writes (key by key). */
function countingStore() {
  const map = new Map<string, string>();
  const writes: string[] = [];
  return {
    map,
    writes,
    adapter: {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => {
        writes.push(k);
        map.set(k, v);
      },
      removeItem: (k: string) => void map.delete(k),
    },
  };
}

async function checklist(lang: string, store: ReturnType<typeof countingStore>): Promise<InternshipChecklist> {
  const wrapper = container();
  wrapper.lang = lang;
  const el = document.createElement('internship-checklist') as InternshipChecklist;
  el.storageAdapter = store.adapter;
  el.setAttribute('end-date', '2026-12-18');
  el.now = new Date('2026-12-07T10:00:00');
  wrapper.append(el);
  await el.updateComplete;
  await settle(400);
  await el.updateComplete;
  return el;
}

const KEY = 'strong-finish/internship-checklist';
const row = (el: HTMLElement, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`li.item:not(.from)[data-id="${id}"]`);
const shown = (el: HTMLElement, id: string) => row(el, id)?.querySelector('label.text')?.textContent?.trim() ?? '';
const why = (el: HTMLElement, id: string) => row(el, id)?.querySelector('.why')?.textContent?.trim() ?? '';
const storedItems = (store: ReturnType<typeof countingStore>, key = KEY): ChecklistItem[] => JSON.parse(store.map.get(key)!).data.items;

/** Every text of a default item in English, Spanish and Arabic (what must never be stored for an untouched one). */
async function defaultTexts(): Promise<string[]> {
  const [es, ar] = await Promise.all([catalogue('es'), catalogue('ar')]);
  return [EN_FINAL, es['checklist.item.finalMeetings'], ar['checklist.item.finalMeetings'], 'Write a handover note for each project', es['checklist.item.handover'], ar['checklist.item.handover']];
}

async function tick(el: InternshipChecklist, id: string): Promise<void> {
  row(el, id)!.querySelector<HTMLInputElement>('input[data-c="check"]')!.click();
  await el.updateComplete;
}

async function reword(el: InternshipChecklist, id: string, text: string): Promise<void> {
  row(el, id)!.querySelector<HTMLButtonElement>('[data-c="edit"]')!.click();
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLInputElement>('#e-text')!.value = text;
  el.shadowRoot!.querySelector<HTMLFormElement>('li.editing form')!.requestSubmit();
  await el.updateComplete;
}

describe('<internship-checklist>: default items by id, in the page\'s language', function () {
  this.timeout(20000);
  beforeEach(lateCatalogues);

  it('on a Spanish page: shows its defaults in Spanish, writes nothing on load, and stores no default text after a tick', async () => {
    const store = countingStore();
    const el = await checklist('es', store);
    const es = await catalogue('es');
    await waitUntil(() => shown(el, 'final-meetings') === es['checklist.item.finalMeetings'], 'the Spanish defaults shown', { timeout: 8000 });
    expect(why(el, 'final-meetings')).to.equal(es['checklist.why.finalMeetings']);
    expect(el.value.items.find((i) => i.id === 'final-meetings')).to.include({ text: es['checklist.item.finalMeetings'], why: es['checklist.why.finalMeetings'] });
    expect(el.toMarkdown()).to.contain(es['checklist.item.finalMeetings']);
    expect(store.writes, 'the late catalogue is not an edit').to.deep.equal([]);
    await tick(el, 'right-questions');
    await settle(600);
    const stored = JSON.parse(store.map.get(KEY)!);
    expect(stored.v).to.equal(3);
    const texts = await defaultTexts();
    for (const item of stored.data.items as ChecklistItem[]) {
      expect(item.from, item.id).to.equal('default');
      expect(item, item.id).not.to.have.property('text');
      expect(item, item.id).not.to.have.property('why');
    }
    for (const text of texts) expect(store.map.get(KEY), text).not.to.contain(text);
    expect(stored.data.items.find((i: ChecklistItem) => i.id === 'right-questions').done).to.equal(true);
  });

  it('follows a language switch after a tick without writing; her reworded default stays hers, set back it follows again', async () => {
    const store = countingStore();
    const el = await checklist('es', store);
    const [es, ar] = await Promise.all([catalogue('es'), catalogue('ar')]);
    await waitUntil(() => shown(el, 'final-meetings') === es['checklist.item.finalMeetings'], 'the Spanish defaults shown', { timeout: 8000 });
    await tick(el, 'right-questions');
    await reword(el, 'handover', 'Nota de traspaso del panel de ventas');
    await settle(600);
    expect(storedItems(store).find((i) => i.id === 'handover')).to.include({ from: 'default', text: 'Nota de traspaso del panel de ventas' });
    expect(el.value.items.find((i) => i.id === 'handover')).to.include({ text: 'Nota de traspaso del panel de ventas', edited: true });
    const writes = store.writes.length;
    const saved = store.map.get(KEY);

    (el.parentElement as HTMLElement).lang = 'ar';
    await waitUntil(() => shown(el, 'final-meetings') === ar['checklist.item.finalMeetings'], 'the Arabic defaults shown', { timeout: 8000 });
    expect(shown(el, 'handover'), 'her words stay hers').to.equal('Nota de traspaso del panel de ventas');
    expect(why(el, 'handover'), 'the why is still the default\'s, in Arabic').to.equal(ar['checklist.why.handover']);
    expect(el.value.items.find((i) => i.id === 'final-meetings')!.text).to.equal(ar['checklist.item.finalMeetings']);
    await settle(600);
    expect(store.writes.length, 'a language switch writes nothing').to.equal(writes);
    expect(store.map.get(KEY)).to.equal(saved);

    // Set back to the default's own words (in the language shown): it follows the language again.
    await reword(el, 'handover', ar['checklist.item.handover']);
    await settle(600);
    expect(storedItems(store).find((i) => i.id === 'handover')).not.to.have.property('text');
    (el.parentElement as HTMLElement).lang = 'en';
    await waitUntil(() => shown(el, 'handover') === 'Write a handover note for each project', 'English again', { timeout: 8000 });
  });

  it('an untouched checklist follows the language and is never written', async () => {
    const store = countingStore();
    const el = await checklist('es', store);
    const ar = await catalogue('ar');
    (el.parentElement as HTMLElement).lang = 'ar';
    await waitUntil(() => shown(el, 'final-meetings') === ar['checklist.item.finalMeetings'], 'the Arabic defaults shown', { timeout: 8000 });
    (el.parentElement as HTMLElement).lang = 'en';
    await waitUntil(() => shown(el, 'final-meetings') === EN_FINAL, 'English', { timeout: 8000 });
    await settle(500);
    expect(store.writes).to.deep.equal([]);
  });

  for (const v of [1, 2]) {
    it(`migrates version ${v} data on a Spanish page: default texts (English or Spanish) go, her words stay`, async () => {
      const store = countingStore();
      const text = await fixture(`internship-checklist.v${v}.json`);
      store.map.set(KEY, text);
      const old = JSON.parse(text).data as { items: (ChecklistItem & { edited?: true })[] };
      const el = await checklist('es', store);
      const es = await catalogue('es');
      await waitUntil(() => shown(el, 'handover') !== '', 'the saved list shown', { timeout: 8000 });
      await settle(400);
      expect(store.writes, 'reading writes nothing').to.deep.equal([]);
      const value = new Map(el.value.items.map((i) => [i.id, i]));
      for (const item of old.items) {
        expect(value.get(item.id), item.id).to.include({ done: item.done, section: item.section });
        if (item.note) expect(value.get(item.id)!.note).to.equal(item.note);
        if (item.due) expect(value.get(item.id)!.due).to.equal(item.due);
      }
      // Version 1 stored English defaults; version 2 Spanish ones (final-meetings), an English one and a reworded one.
      const untouched = v === 1 ? ['right-questions', 'handover'] : ['final-meetings', 'schedule-feedback'];
      const key = { 'right-questions': 'rightQuestions', handover: 'handover', 'final-meetings': 'finalMeetings', 'schedule-feedback': 'scheduleFeedback' } as Record<string, string>;
      for (const id of untouched) {
        const want = es[`checklist.item.${key[id]}`];
        await waitUntil(() => shown(el, id) === want, `${id} in Spanish`, { timeout: 8000 }).catch(() => expect(shown(el, id), id).to.equal(want));
      }
      const hers = v === 1 ? { 'i-own1': 'Give the keys back to Facilities' } : { handover: 'Nota de traspaso para el panel de ventas', 'i-own2': 'Devolver la tarjeta de acceso' };
      for (const [id, words] of Object.entries(hers)) expect(shown(el, id), id).to.equal(words);
      expect(el.value.explore).to.deep.equal(JSON.parse(text).data.explore);

      await tick(el, untouched[0]);
      await settle(600);
      const stored = JSON.parse(store.map.get(KEY)!);
      expect(stored.v).to.equal(3);
      const byId = new Map((stored.data.items as (ChecklistItem & { edited?: true })[]).map((i) => [i.id, i]));
      for (const id of untouched) {
        expect(byId.get(id), id).to.include({ from: 'default' });
        expect(byId.get(id), id).not.to.have.property('text');
        expect(byId.get(id), id).not.to.have.property('why');
      }
      for (const [id, words] of Object.entries(hers)) expect(byId.get(id)!.text, id).to.equal(words);
      for (const item of byId.values()) if (!item.from?.startsWith('pack:')) expect(item, item.id).not.to.have.property('edited');
      if (v === 2) {
        // A programme's item: the pack's words kept only as the last seen; her reworded one is hers (and says so).
        expect(byId.get('rv-form')).to.include({ packText: 'Hand in the placement form', done: true }).and.not.to.have.property('text');
        expect(byId.get('rv-talk')).to.include({ text: 'My talk on the data pipeline', edited: true });
      }
      expect(byId.get(untouched[0])!.done, 'the tick saved').to.equal(!old.items.find((i) => i.id === untouched[0])!.done);
    });
  }
});

describe('<internship-checklist>: a programme pack\'s items by id too', function () {
  this.timeout(20000);
  const pack = (version: number, items: [string, string][]) => ({ pack: { id: 'rv', version }, items: items.map(([id, text]) => ({ id, section: 'finish', text, offsetDays: -3 })) });

  it('stores the pack\'s words only as the last seen; her reworded item is hers; a new version rewords the others; a dropped one keeps its words', async () => {
    const store = countingStore();
    const el = await checklist('en', store);
    el.content = pack(1, [['rv-form', 'Hand in the placement form'], ['rv-talk', 'Give the lunch talk'], ['rv-report', 'Write the final report']]);
    await el.updateComplete;
    await tick(el, 'rv-form');
    await reword(el, 'rv-talk', 'My talk on the data pipeline');
    await settle(600);
    const byId = () => new Map(storedItems(store).map((i) => [i.id, i]));
    expect(byId().get('rv-report')).to.include({ from: 'pack:rv' }).and.not.to.have.property('text');
    expect(byId().get('rv-talk')).to.include({ from: 'pack:rv', text: 'My talk on the data pipeline', edited: true });
    expect(el.value.items.find((i) => i.id === 'rv-report')!.text).to.equal('Write the final report');
    const writes = store.writes.length;

    el.content = pack(2, [['rv-report', 'Upload the final report'], ['rv-talk', 'Give the Friday talk']]);
    await el.updateComplete;
    expect(shown(el, 'rv-report'), 'unedited: the pack\'s new words').to.equal('Upload the final report');
    expect(shown(el, 'rv-talk'), 'edited: hers').to.equal('My talk on the data pipeline');
    expect(row(el, 'rv-form'), 'dropped: retired').to.equal(null);
    const retired = el.value.items.find((i) => i.id === 'rv-form')!;
    expect(retired).to.include({ retired: true, done: true, text: 'Hand in the placement form' });
    await settle(500);
    expect(store.writes.length, 'a new pack version is not an edit').to.equal(writes);
    // Her words set back to the pack's: it follows the pack again.
    await reword(el, 'rv-talk', 'Give the Friday talk');
    await settle(600);
    expect(byId().get('rv-talk')).not.to.have.property('text');
    expect(byId().get('rv-talk')).not.to.have.property('edited');
  });
});

describe('<internship-checklist> in the kit: defaults by id in the kit\'s copy too', function () {
  this.timeout(30000);
  beforeEach(lateCatalogues);

  async function kit(lang: string, store: ReturnType<typeof countingStore>) {
    const wrapper = container();
    wrapper.lang = lang;
    const k = document.createElement('internship-wrap-up') as HTMLElement & { storageAdapter: unknown; now: Date; updateComplete: Promise<boolean> };
    k.storageAdapter = store.adapter;
    k.setAttribute('end-date', '2026-12-18');
    k.setAttribute('step', 'checklist');
    k.now = new Date('2026-12-07T10:00:00');
    wrapper.append(k);
    await k.updateComplete;
    const find = () => (k.shadowRoot?.querySelector('internship-checklist') ?? k.querySelector('internship-checklist')) as InternshipChecklist | null;
    await waitUntil(find, 'the checklist step', { timeout: 8000 });
    const el = find()!;
    await el.updateComplete;
    await waitUntil(() => row(el, 'final-meetings'), 'rows', { timeout: 8000 });
    return { k, el: el as InternshipChecklist, wrapper };
  }

  it('a Spanish kit: a switch writes to no key; after a tick neither the step nor the kit stores a default text, and untouched texts still follow the language', async () => {
    const store = countingStore();
    const { el, wrapper } = await kit('es', store);
    const [es, ar] = await Promise.all([catalogue('es'), catalogue('ar')]);
    await waitUntil(() => shown(el, 'final-meetings') === es['checklist.item.finalMeetings'], 'Spanish', { timeout: 8000 });
    await settle(500);
    expect(store.writes, 'opening writes nothing').to.deep.equal([]);
    wrapper.lang = 'ar';
    await waitUntil(() => shown(el, 'final-meetings') === ar['checklist.item.finalMeetings'], 'Arabic', { timeout: 8000 });
    await settle(600);
    expect(store.writes, 'a switch of the untouched kit writes nothing').to.deep.equal([]);

    await tick(el, 'right-questions');
    await settle(900);
    expect(store.writes.length, 'the tick is saved').to.be.greaterThan(0);
    const texts = await defaultTexts();
    for (const [key, json] of store.map) for (const text of texts) expect(json, `${key}: ${text}`).not.to.contain(text);
    const writes = store.writes.length;
    wrapper.lang = 'es';
    await waitUntil(() => shown(el, 'final-meetings') === es['checklist.item.finalMeetings'], 'Spanish again', { timeout: 8000 });
    await settle(900);
    expect(store.writes.slice(writes), 'a switch after the tick writes nothing').to.deep.equal([]);
    expect((row(el, 'right-questions')!.querySelector('input') as HTMLInputElement).checked).to.equal(true);
  });
});
