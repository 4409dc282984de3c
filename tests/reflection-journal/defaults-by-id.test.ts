// Issue #28: defaults are not data. <reflection-journal> stores its default content by id: the
// frameworks' prompts are looked up by theme, the NACE skills are `{ id, from: 'default' }` and entries
// tag skills by id. Untouched, they follow the page's language (also after a switch, also after an edit
// elsewhere); a late catalogue or a switch writes nothing; her own skills and words stay hers; version 1
// data migrates (stored fixture); fields a newer build added survive an edit.
import { expect, waitUntil } from '@open-wc/testing';
import { registerTranslations } from '../../src/core/i18n.js';
import '../../src/reflection-journal/define.js';
import { container, settle } from '../helpers/test-element.js';
import { countingStorage, lateCatalogues, storedFixture } from '../helpers/stored.js';
import type { ReflectionJournal, ReflectionValue } from '../../src/reflection-journal/reflection-journal.js';
import type { StorageLike } from '../../src/core/storage/contract.js';

const KEY = (k: string) => `strong-finish/reflection-journal/${k}`;
const catalogue = (lang: 'es' | 'ar') => (lang === 'es' ? import('../../src/locales/es.js') : import('../../src/locales/ar.js')).then((m) => m.default as Record<string, string>);
const fixture = storedFixture;

async function journal(lang: string, key: string, adapter?: StorageLike): Promise<ReflectionJournal> {
  const wrapper = container();
  wrapper.lang = lang;
  const el = document.createElement('reflection-journal') as ReflectionJournal;
  el.setAttribute('storage-key', key);
  if (adapter) el.storageAdapter = adapter;
  wrapper.append(el);
  await el.updateComplete;
  await settle(400);
  await el.updateComplete;
  return el;
}

const skillNames = (el: ReflectionJournal) => [...el.shadowRoot!.querySelectorAll('.skill .name')].map((s) => s.textContent!.trim());
const chips = (el: ReflectionJournal, entry = 0) => [...el.shadowRoot!.querySelectorAll('.entries section.entry')[entry].querySelectorAll<HTMLButtonElement>('button.chip')];
const prompt = (el: ReflectionJournal, i: number) => el.shadowRoot!.querySelector(`label.prompt[for="t${i}"]`)!.textContent!.trim();
const stored = (text: string | null | undefined) => JSON.parse(text!) as { v: number; data: ReflectionValue & Record<string, unknown> };
const typeSummary = async (el: ReflectionJournal, text: string) => {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#summary')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
};

describe('<reflection-journal>: default prompts and skills by id, in the page\'s language', function () {
  this.timeout(30000);
  beforeEach(() => {
    lateCatalogues();
    for (const k of Object.keys(localStorage)) if (k.startsWith(KEY('rjid-'))) localStorage.removeItem(k);
  });

  it('on a Spanish page: shows its prompts and skills in Spanish, writes nothing until an edit, then stores no default text', async () => {
    const es = await catalogue('es');
    const el = await journal('es', 'rjid-es');
    await waitUntil(() => skillNames(el).includes(es['reflection.skill.teamwork']), 'the Spanish skills shown', { timeout: 8000 });
    expect(prompt(el, 0)).to.equal(es['reflection.seed.industry']);
    expect(localStorage.getItem(KEY('rjid-es')), 'the late catalogue wrote nothing').to.equal(null);
    // Tag a skill on the first entry and type a summary.
    chips(el)[1].click();
    await el.updateComplete;
    await typeSummary(el, 'Tres meses de paneles.');
    await settle(600);
    expect(el.value.entries[0].skills).to.deep.equal([es['reflection.skill.teamwork']]);
    expect(el.value.entries[0].prompt).to.equal(es['reflection.seed.industry']);
    const doc = stored(localStorage.getItem(KEY('rjid-es')));
    expect(doc.v).to.equal(2);
    expect(doc.data.entries[0].skills).to.deep.equal(['teamwork']);
    for (const e of doc.data.entries) expect(e, e.id).not.to.have.property('prompt');
    for (const s of doc.data.skills) {
      expect(s.from).to.equal('default');
      expect(s).not.to.have.property('name');
    }
    const json = JSON.stringify(doc.data);
    for (const text of [es['reflection.skill.teamwork'], 'Teamwork', es['reflection.seed.industry'], es['reflection.skill.communication']]) expect(json).not.to.contain(text);
  });

  it('follows a language switch without writing, also after an edit; her own skill stays hers', async () => {
    const [es, ar] = await Promise.all([catalogue('es'), catalogue('ar')]);
    const storage = countingStorage();
    const el = await journal('es', 'rjid-switch', storage);
    await waitUntil(() => skillNames(el).includes(es['reflection.skill.teamwork']), 'the Spanish skills shown', { timeout: 8000 });
    // Her own skill, tagged on the first entry.
    const form = el.shadowRoot!.querySelector<HTMLFormElement>('form.add')!;
    form.querySelector<HTMLInputElement>('#skill')!.value = 'SQL';
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    chips(el).find((c) => c.textContent!.trim() === 'SQL')!.click();
    await settle(600);
    const writes = storage.writes;
    const doc = storage.docs.get(KEY('rjid-switch'));
    expect(writes).to.be.greaterThan(0);

    (el.parentElement as HTMLElement).lang = 'ar';
    await waitUntil(() => skillNames(el).includes(ar['reflection.skill.teamwork']), 'the Arabic skills shown', { timeout: 8000 });
    await settle(500);
    expect(prompt(el, 0)).to.equal(ar['reflection.seed.industry']);
    expect(skillNames(el)).to.include('SQL');
    expect(chips(el).find((c) => c.textContent!.trim() === 'SQL')!.getAttribute('aria-pressed')).to.equal('true');
    expect(storage.writes, 'a language switch writes nothing').to.equal(writes);
    expect(storage.docs.get(KEY('rjid-switch'))).to.equal(doc);

    // An edit elsewhere (a skill rated), then another switch: the untouched defaults still follow.
    const before = el.shadowRoot!.querySelectorAll<HTMLSelectElement>('.skill select')[0];
    before.value = '2';
    before.dispatchEvent(new Event('change'));
    await settle(600);
    expect(storage.writes).to.be.greaterThan(writes);
    const after = storage.writes;
    (el.parentElement as HTMLElement).lang = 'en';
    await waitUntil(() => skillNames(el).includes('Teamwork'), 'the English skills shown', { timeout: 8000 });
    await settle(500);
    expect(prompt(el, 0)).to.equal('What did you learn about this industry that you couldn’t have learned from the outside? What surprised you?');
    expect(el.value.skills[0]).to.deep.equal({ id: 'communication', from: 'default', name: 'Communication', before: 2 });
    expect(storage.writes, 'switching back writes nothing').to.equal(after);
    const data = stored(storage.docs.get(KEY('rjid-switch'))).data;
    expect(data.skills[0]).to.deep.equal({ id: 'communication', from: 'default', before: 2 });
    expect(data.skills.at(-1)).to.deep.equal({ name: 'SQL' });
    expect(data.entries[0].skills).to.deep.equal(['SQL']);
  });

  it('migrates version 1 (texts in the language of the moment): defaults become ids, her words stay, nothing is written on load', async () => {
    const es = await catalogue('es');
    registerTranslations('es', es);
    const text = await fixture('reflection-journal.v1.json');
    const old = JSON.parse(text);
    localStorage.setItem(KEY('rjid-v1'), text);
    const el = await journal('es', 'rjid-v1');
    expect(localStorage.getItem(KEY('rjid-v1')), 'nothing written on load').to.equal(text);
    const value = el.value;
    expect(value.summary).to.equal(old.data.summary);
    expect(value.bullets).to.deep.equal(old.data.bullets);
    expect(value.entries.map((e) => e.text)).to.deep.equal(old.data.entries.map((e: { text: string }) => e.text));
    expect(value.entries[0]).to.deep.include({ prompt: es['reflection.seed.industry'], mood: 4 });
    expect(value.entries[2].skills).to.deep.equal([es['reflection.skill.communication'], 'SQL']);
    expect(value.entries[3].prompt).to.equal('¿Qué pregunta me haría mi tutora?');
    expect(value.entries[4].skills).to.deep.equal([es['reflection.skill.technology']]);
    expect(value.skills[0]).to.deep.equal({ id: 'communication', from: 'default', name: es['reflection.skill.communication'], before: 2, after: 4 });
    expect(value.skills.at(-1)).to.deep.equal({ name: 'SQL', before: 1, after: 3 });
    expect(skillNames(el)).to.include(es['reflection.skill.teamwork']);

    await typeSummary(el, 'Tres meses construyendo paneles.');
    await settle(600);
    const doc = stored(localStorage.getItem(KEY('rjid-v1')));
    expect(doc.v).to.equal(2);
    expect(doc.data.entries.map((e) => e.prompt)).to.deep.equal([undefined, undefined, undefined, '¿Qué pregunta me haría mi tutora?', undefined, undefined]);
    expect(doc.data.entries[2].skills).to.deep.equal(['communication', 'SQL']);
    expect(doc.data.entries[4].skills).to.deep.equal(['technology']);
    expect(doc.data.entries[0].mood).to.equal(4);
    expect(doc.data.skills[0]).to.deep.equal({ id: 'communication', from: 'default', before: 2, after: 4 });
    expect(doc.data.skills[3]).to.deep.equal({ id: 'technology', from: 'default', after: 5 });
    expect(doc.data.skills[8]).to.deep.equal({ name: 'SQL', before: 1, after: 3 });
    expect(doc.data.bullets).to.deep.equal(old.data.bullets);
  });

  it('keeps fields a newer build added (top level, inside an entry, inside a skill) through an edit', async () => {
    const newer = {
      v: 2,
      savedAt: '2026-12-05T09:00:00.000Z',
      data: {
        framework: 'seed',
        summary: '',
        entries: [
          { id: 'industry', theme: 'industry', text: 'Algo', skills: [], photo: 'img-1' },
          { id: 'self', theme: 'self', text: '', skills: [] },
          { id: 'worked', theme: 'worked', text: '', skills: [] },
          { id: 'didnt', theme: 'didnt', text: '', skills: [] },
          { id: 'fit', theme: 'fit', text: '', skills: [] },
          { id: 'next', theme: 'next', text: '', skills: [] },
        ],
        skills: [{ id: 'teamwork', from: 'default', evidence: 'Sprint review' }],
        bullets: [],
        goals: ['Aprender Python'],
      },
    };
    localStorage.setItem(KEY('rjid-newer'), JSON.stringify(newer));
    const el = await journal('en', 'rjid-newer');
    await typeSummary(el, 'A summary');
    await settle(600);
    const doc = stored(localStorage.getItem(KEY('rjid-newer')));
    expect(doc.data.summary).to.equal('A summary');
    expect(doc.data.goals).to.deep.equal(['Aprender Python']);
    expect(doc.data.entries[0]).to.deep.equal(newer.data.entries[0]);
    expect(doc.data.skills[0]).to.deep.equal(newer.data.skills[0]);
  });
});
