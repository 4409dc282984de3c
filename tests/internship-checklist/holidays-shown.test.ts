// What the intern sees is what she exports: a suggested date that falls on a public holiday of her
// locale's region moves off it on screen too, not only in `value` and the calendar file.
// (The render used to date items without holidays: in Spanish, "Organiza reuniones de cierre" showed
// Tuesday 8 December, a national holiday in Spain, while the .ics said Monday 7.)
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { holidayRules } from '../../src/core/holidays.js';
import type { InternshipChecklist } from '../../src/internship-checklist/internship-checklist.js';
import '../../src/internship-checklist/define.js';

/** The date text the row of `id` shows (its `<time datetime>`), as the intern reads it. */
const shownDate = (el: InternshipChecklist, id: string): string | null | undefined =>
  el.shadowRoot!.querySelector(`li[data-id="${id}"] time`)?.getAttribute('datetime');

describe('checklist: holidays on screen', () => {
  before(() => holidayRules.load());

  // 2031-12-18 is a Thursday; "final-meetings" is suggested ten days before: Monday 8 December 2031.
  for (const [lang, expected] of [
    ['es', '2031-12-05'], // the Inmaculada Concepción (ES): back to Friday the 5th
    ['en', '2031-12-08'], // an ordinary Monday in the US
  ] as const)
    it(`${lang}: the row shows the same date as value and the export`, async () => {
      const el = await fixture<InternshipChecklist>(html`<internship-checklist lang=${lang} storage="none" end-date="2031-12-18"></internship-checklist>`);
      await waitUntil(() => shownDate(el, 'final-meetings'), 'the row shows a date');
      const inValue = el.itemsWithDates.find((i) => i.id === 'final-meetings')!.due;
      expect(inValue).to.equal(expected);
      expect(shownDate(el, 'final-meetings')).to.equal(expected);
      expect(el.toICS()).to.include(`DTSTART;VALUE=DATE:${expected.replaceAll('-', '')}`);
    });
});
