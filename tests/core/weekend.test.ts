import { expect } from '@open-wc/testing';
import { localeWeekend, parseWeekend, tableWeekend, workingDaysBetween, isWorkingDay } from '../../src/core/dates.js';
import { captureWarnings, container } from '../helpers/test-element.js';
import '../../src/finish-strong-planner/define.js';
import '../../src/internship-checklist/define.js';
import type { FinishStrongPlanner } from '../../src/finish-strong-planner/finish-strong-planner.js';
import type { InternshipChecklist } from '../../src/internship-checklist/internship-checklist.js';
import { collectTasks } from '../../src/core/tasks/index.js';
import { defaultMilestones } from '../../src/finish-strong-planner/content.js';

const sorted = (days: readonly number[]) => [...days].sort();

// Weekends follow the locale (were Saturday–Sunday for everyone).
describe('weekends', () => {
  it('come from the locale: Saturday–Sunday for en-US and es-ES, Friday–Saturday for ar-SA and ar-EG', () => {
    expect(sorted(localeWeekend('en-US'))).to.deep.equal([0, 6]);
    expect(sorted(localeWeekend('es-ES'))).to.deep.equal([0, 6]);
    expect(sorted(localeWeekend('ar-SA'))).to.deep.equal([5, 6]); // ✗ old code: Saturday–Sunday
    expect(sorted(localeWeekend('ar-EG'))).to.deep.equal([5, 6]); // ✗
    expect(sorted(localeWeekend('ar'))).to.deep.equal([5, 6]); // a bare "ar" is ar-EG
    expect(sorted(localeWeekend('not a locale'))).to.deep.equal([0, 6]);
  });

  it('the fallback table (browsers without Intl.Locale#weekInfo) agrees with the browser’s CLDR data', () => {
    for (const locale of ['en-US', 'es-ES', 'es-MX', 'ar-SA', 'ar-EG', 'ar-MA', 'ar-AE', 'ar', 'he-IL', 'fa-IR', 'hi-IN']) {
      expect(sorted(tableWeekend(locale)), locale).to.deep.equal(sorted(localeWeekend(locale)));
    }
  });

  it('a host can name the weekend: day names or ISO numbers', () => {
    expect(sorted(parseWeekend('fri sat')!)).to.deep.equal([5, 6]);
    expect(sorted(parseWeekend('Friday, Saturday')!)).to.deep.equal([5, 6]);
    expect(sorted(parseWeekend('5 6')!)).to.deep.equal([5, 6]);
    expect(parseWeekend('7')).to.deep.equal([0]);
    expect(parseWeekend('none')).to.deep.equal([]);
    expect(parseWeekend('funday')).to.equal(undefined);
    expect(parseWeekend('0')).to.equal(undefined);
    expect(parseWeekend('1 2 3 4 5 6 7')).to.equal(undefined);
    expect(parseWeekend('')).to.equal(undefined);
  });

  it('working days skip the given weekend', () => {
    // Tue 1 → Fri 18 Dec 2026: 13 working days with Saturday–Sunday, 12 with Friday–Saturday.
    expect(workingDaysBetween('2026-12-01', '2026-12-18')).to.equal(13);
    expect(workingDaysBetween('2026-12-01', '2026-12-18', [], [5, 6])).to.equal(12);
    expect(isWorkingDay('2026-12-13', [], [5, 6])).to.be.true; // a Sunday is a working day in Riyadh
    expect(isWorkingDay('2026-12-11', [], [5, 6])).to.be.false; // a Friday is not
  });

  describe('in <finish-strong-planner>', () => {
    async function planner(lang: string, attrs: Record<string, string> = {}): Promise<FinishStrongPlanner> {
      const wrapper = container();
      wrapper.lang = lang;
      const el = document.createElement('finish-strong-planner');
      for (const [k, v] of Object.entries({ storage: 'none', 'end-date': '2026-12-18', ...attrs })) el.setAttribute(k, v);
      el.now = new Date(2026, 11, 1, 10);
      wrapper.append(el);
      await el.updateComplete;
      return el;
    }
    const byId = (el: FinishStrongPlanner, id: string) => el.dateOf(el.value.milestones.find((m) => m.id === id)!);

    it('counts working days and moves milestones off the locale’s weekend (ar-SA)', async () => {
      const en = await planner('en-US');
      const ar = await planner('ar-SA');
      expect(sorted(ar.weekendDays)).to.deep.equal([5, 6]);
      // a milestone a week before Friday 18 lands on Friday 11: a weekend day in Riyadh → Thursday 10
      expect(byId(en, 'handover')).to.equal('2026-12-11');
      expect(byId(ar, 'handover')).to.equal('2026-12-10');
      // the last day stays the last day, whatever day it is
      expect(byId(ar, 'goodbye')).to.equal('2026-12-18');
    });

    it('the weekend attribute wins over the locale, and a bad one warns once and is ignored', async () => {
      const el = await planner('en', { weekend: 'fri sat' });
      expect(el.shadowRoot!.textContent).to.contain('12 working days after today');
      const warnings = await captureWarnings(async () => {
        el.weekend = 'someday';
        await el.updateComplete;
        void el.weekendDays;
      });
      expect(warnings.join()).to.contain('weekend="someday"');
      expect(el.shadowRoot!.textContent).to.contain('13 working days after today');
    });
  });

  // The checklist and the kit's one task list (overview, calendar) dated by the same weekend as the planner.
  describe('in <internship-checklist> and the kit’s task list', () => {
    async function checklist(lang: string, attrs: Record<string, string> = {}): Promise<InternshipChecklist> {
      const wrapper = container();
      wrapper.lang = lang;
      const el = document.createElement('internship-checklist') as InternshipChecklist;
      for (const [k, v] of Object.entries({ storage: 'none', 'end-date': '2026-12-18', ...attrs })) el.setAttribute(k, v);
      el.now = new Date(2026, 10, 1, 10);
      wrapper.append(el);
      await el.updateComplete;
      return el;
    }
    const due = (el: InternshipChecklist, id: string) => el.dueOf(el.value.items.find((i) => i.id === id)!);

    it('checklist dates skip the locale’s weekend: Friday in Riyadh and Cairo is not a working day (was Saturday–Sunday for all)', async () => {
      // two weeks before Friday 18 December is Friday 4 December
      expect(due(await checklist('en-US'), 'confirm-end-date')).to.equal('2026-12-04');
      expect(due(await checklist('es-ES'), 'confirm-end-date')).to.equal('2026-12-04');
      expect(due(await checklist('ar-SA'), 'confirm-end-date')).to.equal('2026-12-03'); // ✗ old code: Friday the 4th
      expect(due(await checklist('ar-EG'), 'handover')).to.equal('2026-12-10'); // ✗ old code: Friday the 11th
      // a Sunday is a working day there: nothing moves off it
      expect(due(await checklist('ar-SA', { 'end-date': '2026-12-20' }), 'return-equipment')).to.equal('2026-12-20');
    });

    it('the weekend attribute wins over the locale in the checklist too', async () => {
      expect(due(await checklist('ar-SA', { weekend: 'sat sun' }), 'confirm-end-date')).to.equal('2026-12-04');
      expect(due(await checklist('en-US', { weekend: 'fri sat' }), 'confirm-end-date')).to.equal('2026-12-03');
    });

    it('the task list gives each milestone the planner’s own date, on the same weekend (was a different rule: 25 December, Fridays in Riyadh)', async () => {
      const en = (_id: string, english: string) => english;
      const data = { planner: { holidays: [], milestones: defaultMilestones(en).map((m) => ({ ...m, date: '', done: false })) } };
      for (const [lang, weekend] of [['en-US', [6, 0]], ['ar-SA', [5, 6]]] as const) {
        const wrapper = container();
        wrapper.lang = lang;
        const planner = document.createElement('finish-strong-planner') as FinishStrongPlanner;
        planner.setAttribute('storage', 'none');
        planner.setAttribute('end-date', '2026-12-18');
        wrapper.append(planner);
        await planner.updateComplete;
        const tasks = collectTasks(data, { lastDay: '2026-12-18', weekend });
        for (const m of planner.value.milestones) {
          expect(tasks.find((t) => t.id === `planner:${m.id}`)!.due, `${lang} ${m.id}`).to.equal(planner.dateOf(m));
        }
        // a week after Friday 18 December is Christmas Day: not a date anyone follows up on
        expect(tasks.find((t) => t.id === 'planner:follow')!.due).to.equal('2026-12-24');
      }
    });
  });
});
