import { expect, fixture, html } from '@open-wc/testing';
import ICAL from 'ical.js';
import type { FeedbackQuestions } from '../../src/feedback-questions/feedback-questions.js';
import '../../src/feedback-questions/define.js';
import { $$ } from '../helpers/harness.js';

async function make(zone?: string) {
  const el = await fixture<FeedbackQuestions>(html`<feedback-questions storage="none" supervisor="Dana Ortiz" time-zone=${zone ?? ''}></feedback-questions>`);
  el.value = { selected: [{ id: 'perf-overall', text: 'How did I do?', theme: 'performance' }], actions: [], meeting: { date: '2026-12-10', time: '14:30', minutes: 20 } };
  await el.updateComplete;
  return el;
}

describe('<feedback-questions> calendars people use', () => {
  it('offers Google Calendar and Outlook links beside the .ics, says they drop the reminder, and stays accessible', async () => {
    const el = await make('America/New_York');
    await expect(el).to.be.accessible();
    const [google, outlook] = $$<HTMLAnchorElement>(el, 'a.calendar-link');
    expect(google.textContent).to.equal('Add to Google Calendar');
    expect(outlook.textContent).to.equal('Add to Outlook');
    const g = new URL(google.href);
    expect(g.host).to.equal('calendar.google.com');
    expect([g.searchParams.get('dates'), g.searchParams.get('ctz'), g.searchParams.get('text')]).to.deep.equal(['20261210T143000/20261210T145000', 'America/New_York', 'Feedback conversation with Dana Ortiz']);
    expect(g.searchParams.get('details')).to.equal('1. How did I do?');
    expect(new URL(outlook.href).searchParams.get('startdt')).to.equal('2026-12-10T19:30:00Z');
    const note = el.shadowRoot!.getElementById(google.getAttribute('aria-describedby')!)!;
    expect(note.textContent).to.contain('without the reminder');
  });

  it('shows no links until the meeting has a date and a time', async () => {
    const el = await make();
    el.value = { ...el.value, meeting: { date: '2026-12-10' } };
    await el.updateComplete;
    expect($$(el, 'a.calendar-link')).to.have.length(0);
  });

  it('writes the meeting in the intern’s time zone (TZID + VTIMEZONE), read back by ical.js at the right instant', async () => {
    const el = await make('America/New_York');
    const cal = new ICAL.Component(ICAL.parse(el.toICS()));
    const tz = cal.getFirstSubcomponent('vtimezone')!;
    expect(tz.getFirstPropertyValue('tzid')).to.equal('America/New_York');
    ICAL.TimezoneService.register(new ICAL.Timezone(tz));
    try {
      const ev = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
      expect(new Date(ev.startDate.toUnixTime() * 1000).toISOString()).to.equal('2026-12-10T19:30:00.000Z');
      expect(cal.getFirstSubcomponent('vevent')!.getFirstSubcomponent('valarm')).to.exist;
    } finally {
      ICAL.TimezoneService.remove('America/New_York');
    }
    // Without the attribute: the browser's zone.
    const local = await make();
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(local.toICS()).to.contain(/^(Etc\/)?UTC$/.test(zone) ? 'DTSTART:20261210T143000Z' : `DTSTART;TZID=${zone}:20261210T143000`);
  });
});
