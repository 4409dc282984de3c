// Issue #28: defaults are not data. <feedback-questions> stores the bank's questions on her agenda by id
// (`from: 'default'`, no text) and shows their text in the page's language, also after a switch and when
// the catalogue arrives late; a question she reworded, her own questions and the supervisor's answers
// stay hers, by id; nothing is written without an edit; data of every earlier version migrates; fields a
// newer build added survive an edit.
import { expect, waitUntil } from '@open-wc/testing';
import { registerTranslations } from '../../src/core/i18n.js';
import { responseBlock } from '../../src/core/formats/feedback-link.js';
import '../../src/feedback-questions/define.js';
import { container, settle } from '../helpers/test-element.js';
import { countingStorage, lateCatalogues, storedFixture } from '../helpers/stored.js';
import type { FeedbackQuestions, FeedbackValue } from '../../src/feedback-questions/feedback-questions.js';
import type { StorageLike } from '../../src/core/storage/contract.js';

const KEY = (k: string) => `strong-finish/feedback-questions/${k}`;
const catalogue = (lang: 'es' | 'ar') => (lang === 'es' ? import('../../src/locales/es.js') : import('../../src/locales/ar.js')).then((m) => m.default as Record<string, string>);
const fixture = storedFixture;
const ENGLISH_REF_OK = 'Would you be comfortable';

async function questions(lang: string, key: string, adapter?: StorageLike): Promise<FeedbackQuestions> {
  const wrapper = container();
  wrapper.lang = lang;
  const el = document.createElement('feedback-questions') as FeedbackQuestions;
  el.setAttribute('storage-key', key);
  el.setAttribute('end-date', '2026-12-18');
  el.now = new Date('2026-12-07T10:00:00');
  if (adapter) el.storageAdapter = adapter;
  wrapper.append(el);
  await el.updateComplete;
  await settle(400);
  await el.updateComplete;
  return el;
}

const agendaText = (el: FeedbackQuestions, id: string) => el.shadowRoot!.querySelector(`ol.list > li[data-id="${id}"] .head p`)?.textContent?.trim();
const starter = async (el: FeedbackQuestions) => {
  el.shadowRoot!.querySelector<HTMLButtonElement>('.empty button.primary')!.click();
  await el.updateComplete;
};
const stored = (text: string | null | undefined) => JSON.parse(text!) as { v: number; data: FeedbackValue & Record<string, unknown> };

describe('<feedback-questions>: the bank\'s questions by id, in the page\'s language', function () {
  this.timeout(30000);
  beforeEach(() => {
    lateCatalogues();
    for (const k of Object.keys(localStorage)) if (k.startsWith(KEY('fqid-'))) localStorage.removeItem(k);
  });

  it('on a Spanish page: the suggested six show in Spanish and are stored by id, with no default text', async () => {
    const es = await catalogue('es');
    const el = await questions('es', 'fqid-es');
    await waitUntil(() => el.shadowRoot!.querySelector('.empty button.primary')?.textContent?.trim() === es['feedback.starter'], 'the Spanish catalogue arrived', { timeout: 8000 });
    // The catalogue arriving late is not an edit.
    expect(localStorage.getItem(KEY('fqid-es'))).to.equal(null);
    await starter(el);
    await settle(600);
    expect(agendaText(el, 'ref-ok')).to.equal(es['feedback.q.ref-ok']);
    expect(el.value.selected.find((q) => q.id === 'ref-ok')!.text).to.equal(es['feedback.q.ref-ok']);
    expect(el.toMarkdown()).to.contain(es['feedback.q.ref-ok']);
    const doc = stored(localStorage.getItem(KEY('fqid-es')));
    expect(doc.v).to.equal(3);
    expect(doc.data.selected).to.have.length(6);
    for (const q of doc.data.selected) {
      expect(q.from, q.id).to.equal('default');
      expect(q, q.id).not.to.have.property('text');
    }
  });

  it('follows a language switch without writing; a reworded question stays hers; after an edit elsewhere the untouched ones still follow', async () => {
    const [es, ar] = await Promise.all([catalogue('es'), catalogue('ar')]);
    const storage = countingStorage();
    const el = await questions('es', 'fqid-switch', storage);
    await waitUntil(() => el.shadowRoot!.querySelector('.empty button.primary')?.textContent?.trim() === es['feedback.starter'], 'the Spanish catalogue arrived', { timeout: 8000 });
    await starter(el);
    // A question she reworded (a host value, as a restore gives it) and her own question.
    const value = el.value;
    value.selected = value.selected.map((q) => (q.id === 'imp-one' ? { ...q, text: '¿Qué debería dejar de hacer?' } : q));
    value.selected.push({ id: 'own-1', text: '¿Me recomendarías para el equipo de datos?', theme: 'offers', custom: true });
    el.value = value;
    await settle(600);
    const before = storage.writes;
    const doc = storage.docs.get(KEY('fqid-switch'));
    expect(stored(doc).data.selected.find((q) => q.id === 'imp-one')!.text).to.equal('¿Qué debería dejar de hacer?');

    (el.parentElement as HTMLElement).lang = 'ar';
    await waitUntil(() => agendaText(el, 'ref-ok') === ar['feedback.q.ref-ok'], 'the Arabic question shown', { timeout: 8000 });
    await settle(600);
    expect(agendaText(el, 'imp-one')).to.equal('¿Qué debería dejar de hacer?');
    expect(agendaText(el, 'own-1')).to.equal('¿Me recomendarías para el equipo de datos?');
    expect(el.value.selected.find((q) => q.id === 'str-best')!.text).to.equal(ar['feedback.q.str-best']);
    expect(storage.writes, 'a language switch writes nothing').to.equal(before);
    expect(storage.docs.get(KEY('fqid-switch'))).to.equal(doc);

    // An edit elsewhere (a star during the talk): stored by id still; the untouched ones follow the next switch.
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.stage button')[1].click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('ol.list > li[data-id="sk-next"] button.star')!.click();
    await settle(600);
    expect(storage.writes).to.be.greaterThan(before);
    const after = stored(storage.docs.get(KEY('fqid-switch')));
    expect(after.data.selected.find((q) => q.id === 'sk-next')).to.deep.include({ from: 'default', starred: true });
    expect(after.data.selected.find((q) => q.id === 'sk-next')).not.to.have.property('text');
    const writes = storage.writes;
    (el.parentElement as HTMLElement).lang = 'en';
    await waitUntil(() => agendaText(el, 'sk-next') === 'Which skill should I build next, and how?', 'the English question shown', { timeout: 8000 });
    expect(agendaText(el, 'imp-one')).to.equal('¿Qué debería dejar de hacer?');
    await settle(400);
    expect(storage.writes, 'switching back writes nothing').to.equal(writes);
  });

  it('keeps the supervisor\'s answers on their questions by id, in any language shown', async () => {
    const [es, ar] = await Promise.all([catalogue('es'), catalogue('ar')]);
    const el = await questions('es', 'fqid-said');
    await waitUntil(() => el.shadowRoot!.querySelector('.empty button.primary')?.textContent?.trim() === es['feedback.starter'], 'the Spanish catalogue arrived', { timeout: 8000 });
    await starter(el);
    // Answered on the page the link opened, in the words they saw (Spanish).
    el.applyResponse(responseBlock({ to: 'Lucía', from: 'Sara', answers: [{ id: 'ref-ok', text: es['feedback.q.ref-ok'], answer: 'Sí, con gusto.' }] }));
    await settle(600);
    const doc = stored(localStorage.getItem(KEY('fqid-said')));
    expect(doc.data.selected).to.have.length(6);
    const refOk = doc.data.selected.find((q) => q.id === 'ref-ok')!;
    expect(refOk).to.deep.include({ from: 'default', said: 'Sí, con gusto.' });
    expect(refOk).not.to.have.property('text');
    (el.parentElement as HTMLElement).lang = 'ar';
    await waitUntil(() => agendaText(el, 'ref-ok') === ar['feedback.q.ref-ok'], 'the Arabic question shown', { timeout: 8000 });
    expect(el.value.selected.find((q) => q.id === 'ref-ok')!.said).to.equal('Sí, con gusto.');
    expect(el.shadowRoot!.querySelector('ol.list > li[data-id="ref-ok"] blockquote')?.textContent).to.equal('Sí, con gusto.');
  });

  it('migrates version 2 (texts in the language of the moment): the bank\'s texts become ids, hers stay, answers stay on their questions, nothing is written on load', async () => {
    const es = await catalogue('es');
    // The page's catalogue is in before the stored data is read (as on a page that loaded it before).
    registerTranslations('es', es);
    const text = await fixture('feedback-questions.v2.json');
    const old = JSON.parse(text);
    localStorage.setItem(KEY('fqid-v2'), text);
    const el = await questions('es', 'fqid-v2');
    expect(localStorage.getItem(KEY('fqid-v2')), 'nothing written on load').to.equal(text);
    const value = el.value;
    expect(value.selected.map((q) => q.id)).to.deep.equal(old.data.selected.map((q: { id: string }) => q.id));
    const byId = (id: string) => value.selected.find((q) => q.id === id)!;
    expect(byId('perf-overall')).to.deep.include({ text: es['feedback.q.perf-overall'], answer: 'Sólido y fiable', takeaway: 'Compartir borradores antes', starred: true, said: 'Muy buen trabajo con los paneles.' });
    expect(byId('str-best').text).to.equal(es['feedback.q.str-best']);
    expect(byId('imp-one')).to.deep.include({ text: '¿Qué es lo único que debería cambiar antes de mi próximo puesto?', answer: 'Pedir ayuda antes' });
    expect(byId('ref-ok')).to.deep.include({ text: es['feedback.q.ref-ok'], said: 'Sí, con gusto.' });
    expect(byId('own-7k2')).to.deep.include({ text: '¿Me recomendarías para el equipo de datos?', custom: true });
    expect(value.actions).to.deep.equal(old.data.actions);
    expect(value.response).to.deep.equal(old.data.response);
    expect(value.meeting).to.deep.equal(old.data.meeting);

    // The next edit stores version 3: the bank's questions by id, her words kept.
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.stage button')[1].click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('ol.list > li[data-id="str-best"] button.star')!.click();
    await settle(600);
    const doc = stored(localStorage.getItem(KEY('fqid-v2')));
    expect(doc.v).to.equal(3);
    const s = (id: string) => doc.data.selected.find((q) => q.id === id)! as unknown as Record<string, unknown>;
    expect(s('perf-overall')).to.deep.equal({ id: 'perf-overall', theme: 'performance', from: 'default', answer: 'Sólido y fiable', takeaway: 'Compartir borradores antes', starred: true, said: 'Muy buen trabajo con los paneles.' });
    expect(s('str-best')).to.deep.equal({ id: 'str-best', theme: 'strengths', from: 'default', starred: true });
    expect(s('imp-one')).to.deep.equal({ ...old.data.selected[2], from: 'default' });
    expect(s('ref-ok')).to.deep.equal({ id: 'ref-ok', theme: 'references', from: 'default', said: 'Sí, con gusto.' });
    expect(s('own-7k2')).to.deep.equal(old.data.selected[4]);
    expect(JSON.stringify(doc.data)).not.to.contain(es['feedback.q.str-best']);
    expect(JSON.stringify(doc.data)).not.to.contain(ENGLISH_REF_OK);
    expect(doc.data.actions).to.deep.equal(old.data.actions);
    expect(doc.data.response).to.deep.equal(old.data.response);
  });

  it('keeps fields a newer build added (top level and inside a question) through an edit', async () => {
    const newer = {
      v: 3,
      savedAt: '2026-12-05T09:00:00.000Z',
      data: {
        selected: [
          { id: 'perf-overall', theme: 'performance', from: 'default', priority: 'high' },
          { id: 'own-2', text: 'Mi propia pregunta', theme: 'skills', custom: true, asked: '2026-12-04' },
        ],
        actions: [{ id: 'a1', text: 'Paso', done: false, owner: 'me' }],
        mood: 'hopeful',
      },
    };
    localStorage.setItem(KEY('fqid-newer'), JSON.stringify(newer));
    const el = await questions('en', 'fqid-newer');
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.stage button')[1].click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('ol.list > li[data-id="own-2"] button.star')!.click();
    await settle(600);
    const doc = stored(localStorage.getItem(KEY('fqid-newer')));
    expect(doc.data.mood).to.equal('hopeful');
    expect(doc.data.selected[0]).to.deep.equal(newer.data.selected[0]);
    expect(doc.data.selected[1]).to.deep.equal({ ...newer.data.selected[1], starred: true });
    expect(doc.data.actions[0]).to.deep.equal(newer.data.actions[0]);
  });
});
