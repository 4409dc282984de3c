import { expect } from '@open-wc/testing';
import { localeWeekend, parseWeekend, tableWeekend, workingDaysBetween, isWorkingDay } from '../../src/core/dates.js';
import { captureWarnings, container } from '../helpers/test-element.js';
import '../../src/finish-strong-planner/define.js';
import type { FinishStrongPlanner } from '../../src/finish-strong-planner/finish-strong-planner.js';

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
});
