import { expect, fixture, html } from '@open-wc/testing';
import ICAL from 'ical.js';
import { toICS, mergeICSTexts } from '../../src/core/formats/ics.js';
import { bothReaders, readIcs } from '../helpers/ics-reader.js';
import type { InternshipChecklist } from '../../src/internship-checklist/internship-checklist.js';
import type { FinishStrongPlanner } from '../../src/finish-strong-planner/finish-strong-planner.js';
import type { FeedbackQuestions } from '../../src/feedback-questions/feedback-questions.js';
import type { KeepInTouch } from '../../src/keep-in-touch/keep-in-touch.js';
import '../../src/internship-checklist/define.js';
import '../../src/finish-strong-planner/define.js';
import '../../src/feedback-questions/define.js';
import '../../src/keep-in-touch/define.js';

// #22 §3: every calendar export is read by ical.js and by a second, independent reader (ts-ics). Each test
// states what a calendar app must see, checks it with ts-ics, and checks that ical.js reads the same.

const NOW = new Date(Date.UTC(2026, 10, 25, 12, 0, 0));
const HOSTILE = 'Ship 🚀 <script>alert("x")</script> «نص عربي», A; B \\ C';

/** Reads with both readers, asserts they agree, and returns ts-ics's view. */
function read(text: string) {
  const { tsIcs, icalJs } = bothReaders(ICAL, text);
  expect(tsIcs).to.deep.equal(icalJs);
  return tsIcs;
}

/** Runs `fn` as if the browser were in `zone` (the default zone of Intl.DateTimeFormat), as on an intern's laptop. */
function inZone<T>(zone: string, fn: () => T): T {
  const Original = Intl.DateTimeFormat;
  const withZone = (options?: Intl.DateTimeFormatOptions) => ({ timeZone: zone, ...options });
  Intl.DateTimeFormat = new Proxy(Original, {
    construct: (target, [locales, options]: [string | undefined, Intl.DateTimeFormatOptions | undefined]) => new target(locales, withZone(options)),
    apply: (target, _this, [locales, options]: [string | undefined, Intl.DateTimeFormatOptions | undefined]) => target(locales, withZone(options)),
  });
  try {
    return fn();
  } finally {
    Intl.DateTimeFormat = Original;
  }
}

describe('calendars read by a second reader (ts-ics) the same as by ical.js', () => {
  afterEach(() => document.querySelectorAll('finish-strong-planner, keep-in-touch').forEach((e) => e.remove()));

  describe('the writer', () => {
    it('all-day events and tasks: dates, text with commas, semicolons, backslashes and hostile markup, status', () => {
      const [day, task] = read(
        toICS({ now: NOW, name: 'Kit', events: [{ uid: 'a', summary: HOSTILE, description: `Line 1\n${HOSTILE}`, start: '2026-12-18' }, { uid: 't', summary: 'Return laptop', start: '2026-12-19', todo: true }] }),
      );
      expect(day).to.deep.include({ kind: 'event', uid: 'a@strong-finish.invalid', summary: HOSTILE, description: `Line 1\n${HOSTILE}`, start: '2026-12-18', end: '2026-12-19', allDay: true });
      expect(task).to.deep.include({ kind: 'todo', summary: 'Return laptop', start: '2026-12-19', status: 'NEEDS-ACTION' });
      expect(readIcs(toICS({ now: NOW, name: 'Kit', events: [] })).name).to.equal('Kit');
    });

    for (const [zone, start, utc] of [
      ['Europe/Madrid', '2026-12-10T14:30', '2026-12-10T13:30'],
      ['Europe/Madrid', '2026-07-10T14:30', '2026-07-10T12:30'],
      ['America/New_York', '2026-11-02T09:00', '2026-11-02T14:00'],
      ['Australia/Sydney', '2026-01-15T10:00', '2026-01-14T23:00'],
      ['Asia/Kolkata', '2026-12-10T14:30', '2026-12-10T09:00'],
    ] as const) {
      it(`timed events in ${zone} (TZID + VTIMEZONE): ${start} local is ${utc}Z, with RRULE and VALARM`, () => {
        const text = toICS({ now: NOW, timeZone: zone, events: [{ uid: 'm', summary: 'Check in', start, durationMinutes: 45, rrule: 'FREQ=MONTHLY;INTERVAL=3', alarm: { minutesBefore: 60 } }] });
        expect(readIcs(text).zones).to.deep.equal([zone]);
        const [ev] = read(text);
        expect(ev.local).to.deep.equal({ time: start, zone });
        expect(ev.start).to.equal(utc);
        expect(new Date(`${ev.end}Z`).getTime() - new Date(`${ev.start}Z`).getTime()).to.equal(45 * 60_000);
        expect(ev.rrule).to.deep.equal({ frequency: 'MONTHLY', interval: 3 });
        expect(ev.alarms).to.deep.equal([60]);
      });
    }

    it('UTC times for UTC or an unknown zone; floating times without a zone', () => {
      const [utc] = read(toICS({ now: NOW, timeZone: 'Not/AZone', events: [{ uid: 'm', summary: 'x', start: '2026-12-10T14:30' }] }));
      expect([utc.start, utc.local]).to.deep.equal(['2026-12-10T14:30', undefined]);
      expect(readIcs(toICS({ now: NOW, timeZone: 'UTC', events: [{ uid: 'm', summary: 'x', start: '2026-12-10T14:30' }] })).entries[0].start).to.equal('2026-12-10T14:30');
    });

    it('a merged kit calendar keeps one VTIMEZONE per zone, every event and its alarm', () => {
      const a = toICS({ now: NOW, timeZone: 'Europe/Madrid', events: [{ uid: 'x', summary: 'A', start: '2026-12-10T14:30', alarm: { minutesBefore: 15 } }] });
      const b = toICS({ now: NOW, timeZone: 'Europe/Madrid', events: [{ uid: 'x', summary: 'B', start: '2026-12-11T09:00' }, { uid: 'd', summary: 'Day', start: '2026-12-18', alarm: { minutesBefore: 900 } }] });
      const merged = mergeICSTexts([a, b], 'All');
      expect(readIcs(merged).zones).to.deep.equal(['Europe/Madrid']);
      const events = read(merged);
      expect(events.map((e) => [e.summary, e.start, e.alarms])).to.deep.equal([
        ['A', '2026-12-10T13:30', [15]],
        ['B', '2026-12-11T08:00', []],
        ['Day', '2026-12-18', [900]],
      ]);
      expect(new Set(events.map((e) => e.uid)).size).to.equal(3);
    });
  });

  describe('the elements’ exports', () => {
    it('<internship-checklist>: one all-day event per dated open item, reminder at 9:00 the day before', async () => {
      const el = await fixture<InternshipChecklist>(html`<internship-checklist storage="none" end-date="2026-12-18" .now=${NOW}></internship-checklist>`);
      el.value = {
        items: [
          { id: 'a', section: 'finish', text: HOSTILE, done: false, offsetDays: -7, note: 'Note; with, commas' },
          { id: 'b', section: 'finish', text: 'Done', done: true, offsetDays: 0 },
          { id: 'c', section: 'finish', text: 'Undated', done: false },
          { id: 'd', section: 'finish', text: 'Fixed date', done: false, due: '2026-12-01' },
        ],
        explore: [],
        ask: [],
      };
      const events = read(el.toICS());
      expect(events.map((e) => [e.summary, e.start, e.allDay, e.alarms])).to.deep.equal([
        [HOSTILE, '2026-12-11', true, [900]],
        ['Fixed date', '2026-12-01', true, [900]],
      ]);
      expect(events[0].description).to.equal('Note; with, commas');
    });

    it('<finish-strong-planner>: all-day milestones, a reminder only on open ones', async () => {
      const el = document.createElement('finish-strong-planner') as FinishStrongPlanner;
      el.setAttribute('storage', 'none');
      el.setAttribute('end-date', '2026-12-18');
      el.now = NOW;
      document.body.append(el);
      el.value = {
        holidays: [],
        milestones: [
          { id: 'a', text: 'Confirm the last day', date: '2026-12-04', done: true },
          { id: 'b', text: HOSTILE, date: '2026-12-10', done: false },
          { id: 'c', text: 'No date yet', date: '', done: false },
        ],
        projects: [],
        log: [],
      };
      await el.updateComplete;
      const events = read(el.toICS());
      expect(events.map((e) => [e.summary, e.start, e.allDay, e.alarms])).to.deep.equal([
        ['Confirm the last day', '2026-12-04', true, []],
        [HOSTILE, '2026-12-10', true, [900]],
      ]);
    });

    it('<feedback-questions>: the meeting in the intern’s zone (TZID + VTIMEZONE), its length and a reminder 15 minutes before', async () => {
      const el = await fixture<FeedbackQuestions>(html`<feedback-questions storage="none" supervisor="Dana Ortiz" time-zone="America/New_York" .now=${NOW}></feedback-questions>`);
      el.value = { selected: [{ id: 'own', text: HOSTILE, theme: 'improve', custom: true }], actions: [], meeting: { date: '2026-12-10', time: '14:30', minutes: 20 } };
      await el.updateComplete;
      expect(readIcs(el.toICS()).zones).to.deep.equal(['America/New_York']);
      const [ev] = read(el.toICS());
      expect(ev).to.deep.include({ summary: 'Feedback conversation with Dana Ortiz', start: '2026-12-10T19:30', end: '2026-12-10T19:50', allDay: false });
      expect(ev.local).to.deep.equal({ time: '2026-12-10T14:30', zone: 'America/New_York' });
      expect(ev.description).to.equal(`1. ${HOSTILE}`);
      expect(ev.alarms).to.deep.equal([15]);
      // No date and time: no event.
      el.value = { ...el.value, meeting: { date: '2026-12-10' } };
      expect(read(el.toICS())).to.deep.equal([]);
    });

    it('<keep-in-touch>: repeating follow-ups stay RRULEs at 9:00 in the browser’s zone; due ones are single events; reference reminders are tasks', async () => {
      const el = document.createElement('keep-in-touch') as KeepInTouch;
      el.setAttribute('storage', 'none');
      el.now = new Date(2026, 6, 20, 10);
      el.value = {
        contacts: [
          { id: 'ana', name: 'Ana Ruiz', email: 'ana@example.com', linkedin: 'https://www.linkedin.com/in/ana', tags: ['mentor'], cadence: 'monthly', lastContact: '2026-06-01', log: [], reference: 'agreed' },
          { id: 'cy', name: 'Cy Park', linkedin: 'javascript:alert(1)', tags: [], cadence: 'custom:10', lastContact: '2026-07-15', log: [] },
        ],
        applications: [{ id: 'app', role: 'Data engineer', deadline: '2026-08-15' }],
      };
      document.body.append(el);
      await el.updateComplete;
      const recurring = inZone('America/New_York', () => el.toICS());
      expect(readIcs(recurring).zones).to.deep.equal(['America/New_York']);
      const all = read(recurring);
      const ana = all.find((e) => e.summary === 'Keep in touch: Ana Ruiz')!;
      const cy = all.find((e) => e.summary === 'Keep in touch: Cy Park')!;
      expect(ana.rrule).to.deep.equal({ frequency: 'MONTHLY' });
      expect(ana.local!.zone).to.equal('America/New_York');
      expect(ana.local!.time.slice(11)).to.equal('09:00');
      expect(ana.alarms).to.deep.equal([0]);
      expect(ana.url).to.equal('https://www.linkedin.com/in/ana');
      // Saturday the 25th moves to Monday the 27th (#32: follow-ups on working days).
      expect(cy).to.deep.include({ start: '2026-07-27T13:00', end: '2026-07-27T13:15', local: { time: '2026-07-27T09:00', zone: 'America/New_York' }, rrule: { frequency: 'DAILY', interval: 10 } });
      expect(cy.url).to.equal(undefined); // javascript: is never written
      const task = all.find((e) => e.kind === 'todo')!;
      // A week before the deadline is Saturday 8 August: the reminder comes on the Friday before (#32).
      expect(task).to.deep.include({ summary: 'Remind Ana Ruiz: reference for Data engineer', start: '2026-08-07', allDay: true, status: 'NEEDS-ACTION' });
      // Due follow-ups: one event each, no RRULE; an overdue one lands today, a soon one on its day.
      const due = read(inZone('America/New_York', () => el.toICS({ mode: 'due' }))).filter((e) => e.kind === 'event');
      expect(due.map((e) => [e.summary, e.local?.time, e.rrule])).to.deep.equal([
        ['Keep in touch: Ana Ruiz', '2026-07-20T09:00', undefined],
        ['Keep in touch: Cy Park', '2026-07-27T09:00', undefined],
      ]);
    });
  });
});
