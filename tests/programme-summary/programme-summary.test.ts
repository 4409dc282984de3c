// <programme-summary> (#31): counts as an accessible SVG chart and a table, hidden groups said plainly, en/es/ar.
import { expect } from '@open-wc/testing';
import '../../src/programme-summary/define.js';
import '../../src/translations/es.js';
import '../../src/translations/ar.js';
import type { ProgrammeSummaryElement, ProgrammeSummary } from '../../src/programme-summary/programme-summary.js';
import { mount } from '../helpers/i18n.js';
import { $, $$ } from '../helpers/harness.js';

const SUMMARY: ProgrammeSummary = {
  programme: 'cs-2026',
  interns: 200,
  minGroup: 5,
  steps: [
    { step: 'checklist', started: 180, completed: 22 },
    { step: 'feedback', started: 160, completed: 40 },
    { step: 'thanks', started: 150, completed: null },
    { step: 'reflection', started: 110, completed: 34 },
    { step: 'planner', started: 134, completed: 67 },
    { step: 'contacts', started: 171, completed: 171 },
  ],
};

async function make(lang = 'en', summary: unknown = SUMMARY): Promise<ProgrammeSummaryElement> {
  const el = await mount<ProgrammeSummaryElement>('programme-summary', lang);
  el.value = summary as ProgrammeSummary;
  await el.updateComplete;
  return el;
}

describe('<programme-summary>', () => {
  it('draws each step’s counts as a labelled SVG chart with the same numbers in a table; a hidden count says “fewer than 5”', async () => {
    const el = await make();
    const chart = $(el, 'svg[role="img"]');
    expect(chart.querySelector('title')!.textContent).to.equal('Started and completed, per step');
    expect(chart.getAttribute('aria-labelledby')).to.equal('chart-title chart-desc');
    const rows = $$(el, 'tbody tr').map((r) => [...r.children].map((c) => c.textContent!.trim()));
    expect(rows[0]).to.deep.equal(['Checklist', '180', '22']);
    expect(rows[2]).to.deep.equal(['Thank-yous', '150', 'fewer than 5']);
    expect($$(el, 'thead th').map((t) => t.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
    // Bars are proportional to the cohort: 171 of 200 completed is 85.5% of the bar area.
    const bars = $$(el, 'rect.completed').map((r) => Number(r.getAttribute('width')));
    expect(bars[5] / bars[4]).to.be.closeTo(171 / 67, 0.01);
    expect(bars[2], 'a hidden count draws nothing').to.equal(0);
    expect(el.shadowRoot!.innerHTML).not.to.match(/style="/);
    expect(el.toMarkdown()).to.contain('| Thank-yous | 150 | fewer than 5 |');
    await expect(el).to.be.accessible();
  });

  it('a cohort under 5 shows no chart and says why; nothing but counts is kept from the answer', async () => {
    const el = await make('en', { programme: 'tiny', interns: null, minGroup: 5, steps: [{ step: 'checklist', started: null, completed: null, names: ['Maya'] }], note: '<img src=x onerror=alert(1)>' });
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    expect($(el, '.intro').textContent).to.contain('Fewer than 5 interns in this programme');
    expect(JSON.stringify(el.value)).not.to.contain('Maya').and.not.to.contain('onerror');
    await expect(el).to.be.accessible();
  });

  it('is axe-clean in dark mode too, like every other element (docs/accessibility.md)', async () => {
    const el = await make();
    el.theme = 'dark';
    await el.updateComplete;
    expect(getComputedStyle($(el, '.base')).backgroundColor).not.to.equal('rgb(255, 255, 255)');
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish and Arabic (right to left), axe-clean', async () => {
    const es = await make('es');
    expect($(es, 'h2').textContent).to.equal('Progreso del programa: cs-2026');
    expect($$(es, 'tbody tr')[2].textContent).to.contain('menos de 5');
    await expect(es).to.be.accessible();
    const ar = await make('ar');
    expect($(ar, '.base').getAttribute('dir')).to.equal('rtl');
    expect($(ar, 'thead').textContent).to.contain('الخطوة');
    expect($$(ar, 'tbody tr')[2].textContent).to.contain('أقل من');
    await expect(ar).to.be.accessible();
  });
});
