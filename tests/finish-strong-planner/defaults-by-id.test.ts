// Issue #28: defaults are not data. The planner stores its default milestones by id and shows their
// text in the page's language, also after a switch and when the catalogue arrives late; her own words
// stay hers; nothing is written without an edit; data of every earlier version migrates (stored fixtures).
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/finish-strong-planner/define.js';
import { container, settle } from '../helpers/test-element.js';
import { lateCatalogues, storedFixture } from '../helpers/stored.js';
import type { FinishStrongPlanner, Milestone } from '../../src/finish-strong-planner/finish-strong-planner.js';

const KEY = (k: string) => `strong-finish/finish-strong-planner/${k}`;
const es = (id: string) => import('../../src/locales/es.js').then((m) => (m.default as Record<string, string>)[id]);
const fixture = storedFixture;

async function planner(lang: string, key: string): Promise<FinishStrongPlanner> {
  const wrapper = container();
  wrapper.lang = lang;
  const el = document.createElement('finish-strong-planner') as FinishStrongPlanner;
  el.setAttribute('storage-key', key);
  el.setAttribute('end-date', '2026-12-18');
  el.now = new Date('2026-12-07T10:00:00');
  wrapper.append(el);
  await el.updateComplete;
  await settle(500);
  await el.updateComplete;
  return el;
}

const shownTexts = (el: FinishStrongPlanner) => [...el.shadowRoot!.querySelectorAll('.timeline li .check span')].map((s) => s.textContent!.trim());

describe('<finish-strong-planner>: default milestones by id, in the page\'s language', function () {
  this.timeout(20000);
  beforeEach(() => {
    lateCatalogues();
    for (const k of Object.keys(localStorage)) if (k.startsWith(KEY('dbi-'))) localStorage.removeItem(k);
  });

  it('alone on a Spanish page: shows and exports its defaults in Spanish, and writes nothing until an edit', async () => {
    const el = await planner('es', 'dbi-alone');
    const confirm = await es('planner.m.confirm');
    // The catalogue arrives late (a busy browser may take a while to bring the module).
    await waitUntil(() => shownTexts(el).includes(confirm), 'the Spanish defaults shown', { timeout: 8000 });
    expect(el.value.milestones.find((m) => m.id === 'confirm')!.text).to.equal(confirm);
    expect(el.toMarkdown()).to.contain(confirm);
    // The catalogue arriving late is not an edit.
    expect(localStorage.getItem(KEY('dbi-alone'))).to.equal(null);
    (el.shadowRoot!.querySelector<HTMLInputElement>('.timeline li .check input'))!.click();
    await settle(600);
    const stored = JSON.parse(localStorage.getItem(KEY('dbi-alone'))!);
    expect(stored.v).to.equal(2);
    for (const m of stored.data.milestones as Milestone[]) {
      expect(m.from, m.id).to.equal('default');
      expect(m, m.id).not.to.have.property('text');
    }
  });

  it('follows a language switch (and a second page in another language) while untouched; her words stay hers', async () => {
    const el = await planner('es', 'dbi-switch');
    // Her own milestone, and a default she reworded (a host value, as the kit's backup restore gives it).
    const value = el.value;
    value.milestones = value.milestones.map((m) => (m.id === 'talk' ? { ...m, text: 'Charla con Marta el jueves' } : m));
    value.milestones.push({ id: 'm-own', from: 'own', text: 'Presentar los resultados', date: '2026-12-15', done: false });
    el.value = value;
    await settle(500);
    const stored = localStorage.getItem(KEY('dbi-switch'));
    (el.parentElement as HTMLElement).lang = 'ar';
    const ar = (await import('../../src/locales/ar.js')).default as Record<string, string>;
    await waitUntil(() => shownTexts(el).includes(ar['planner.m.confirm']), 'the Arabic defaults shown', { timeout: 8000 });
    const texts = shownTexts(el);
    expect(texts).to.include(ar['planner.m.confirm']);
    expect(texts).to.include('Charla con Marta el jueves');
    expect(texts).to.include('Presentar los resultados');
    expect(el.value.milestones.find((m) => m.id === 'confirm')!.text).to.equal(ar['planner.m.confirm']);
    expect(localStorage.getItem(KEY('dbi-switch')), 'a language switch writes nothing').to.equal(stored);
    // The same data on an English page.
    el.parentElement!.remove();
    const en = await planner('en', 'dbi-switch');
    expect(shownTexts(en)).to.include('Confirm your last day with your supervisor and ask what they most want finished');
    expect(shownTexts(en)).to.include('Charla con Marta el jueves');
  });

  it('migrates version 1 data (texts stored as shown) to defaults by id, keeping every edit of hers', async () => {
    localStorage.setItem(KEY('dbi-v1'), await fixture('finish-strong-planner.v1.json'));
    const el = await planner('es', 'dbi-v1');
    const confirm = await es('planner.m.confirm');
    await waitUntil(() => shownTexts(el).includes(confirm), 'the Spanish defaults shown', { timeout: 8000 });
    const v = el.value;
    expect(v.projects.map((p) => p.name)).to.deep.equal(['Informe trimestral']);
    expect(v.log).to.have.length(1);
    expect(v.holidays).to.deep.equal(['2026-12-08']);
    const byId = new Map(v.milestones.map((m) => [m.id, m]));
    expect(byId.get('confirm')!.done).to.equal(true);
    expect(byId.get('handover')!.date).to.equal('2026-12-10');
    // English defaults now follow the page; her reworded default and her own milestone keep her words.
    expect(byId.get('confirm')!.text).to.equal(confirm);
    expect(byId.get('share')!.text).to.equal('Comparte el traspaso con quien te releve y pide una referencia');
    expect(byId.get('m-own1')!.text).to.equal('Presentar los resultados al equipo');
    expect(byId.get('m-own1')!.from).to.equal('own');
    // Reading wrote nothing; the next edit writes version 2.
    expect(JSON.parse(localStorage.getItem(KEY('dbi-v1'))!).v).to.equal(1);
    (el.shadowRoot!.querySelector<HTMLInputElement>('.timeline li .check input'))!.click();
    await settle(600);
    const stored = JSON.parse(localStorage.getItem(KEY('dbi-v1'))!);
    expect(stored.v).to.equal(2);
    expect(stored.data.projects[0].name).to.equal('Informe trimestral');
    expect(stored.data.milestones.find((m: Milestone) => m.id === 'confirm')).not.to.have.property('text');
    expect(stored.data.milestones.find((m: Milestone) => m.id === 'share').text).to.equal('Comparte el traspaso con quien te releve y pide una referencia');
  });
});
