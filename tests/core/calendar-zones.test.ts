import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { toICS, mergeICSTexts } from '../../src/core/formats/ics.js';
import { vtimezone, wallToUtc, zoneOffset } from '../../src/core/formats/timezone.js';
import { calendarLinkLosses, googleCalendarUrl, outlookCalendarUrl } from '../../src/core/formats/calendar-links.js';

const NOW = new Date(Date.UTC(2026, 10, 25, 12, 0, 0));

/** Reads a calendar with ical.js, registering its VTIMEZONEs the way a client does, and returns each event's start and end instants. */
function instants(text: string): { start: string; end: string; tzid?: string; rrule?: string }[] {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  try {
    return cal.getAllSubcomponents('vevent').map((v) => {
      const ev = new ICAL.Event(v);
      const iso = (t: ICAL.Time) => new Date(t.toUnixTime() * 1000).toISOString().slice(0, 16);
      const rrule = v.getFirstPropertyValue('rrule');
      return { start: iso(ev.startDate), end: iso(ev.endDate), tzid: v.getFirstProperty('dtstart')!.getParameter('tzid') as string | undefined, rrule: rrule ? String(rrule) : undefined };
    });
  } finally {
    for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.remove(String(tz.getFirstPropertyValue('tzid')));
  }
}

const meeting = (start: string, extra = {}) => ({ uid: 'm', summary: 'Feedback', start, durationMinutes: 20, ...extra });

describe('time zones in calendars (TZID + VTIMEZONE, or UTC), read back with ical.js', () => {
  it('knows offsets and wall-clock times across daylight saving', () => {
    expect(zoneOffset('Europe/Madrid', Date.UTC(2026, 11, 10, 12))).to.equal(60);
    expect(zoneOffset('Europe/Madrid', Date.UTC(2026, 6, 10, 12))).to.equal(120);
    expect(zoneOffset('Asia/Kolkata', Date.UTC(2026, 0, 1))).to.equal(330);
    expect(new Date(wallToUtc('America/New_York', Date.UTC(2026, 6, 1, 9, 0))).toISOString()).to.equal('2026-07-01T13:00:00.000Z');
  });

  for (const [zone, start, utc] of [
    ['Europe/Madrid', '2026-12-10T14:30', '2026-12-10T13:30'],
    ['Europe/Madrid', '2026-07-10T14:30', '2026-07-10T12:30'],
    ['America/New_York', '2026-11-02T09:00', '2026-11-02T14:00'], // the day after the clocks go back
    ['America/New_York', '2026-03-09T09:00', '2026-03-09T13:00'], // the day after they go forward
    ['Australia/Sydney', '2026-01-15T10:00', '2026-01-14T23:00'], // southern summer
    ['Asia/Kolkata', '2026-12-10T14:30', '2026-12-10T09:00'], // no daylight saving, half-hour offset
    ['Asia/Tokyo', '2027-01-01T00:30', '2026-12-31T15:30'], // New Year's night, east of UTC
  ] as const) {
    it(`writes ${start} in ${zone} as TZID with a VTIMEZONE that puts it at ${utc}Z`, () => {
      const text = toICS({ now: NOW, timeZone: zone, events: [meeting(start)] });
      expect(text).to.contain(`DTSTART;TZID=${zone}:${start.replace(/[-:]/g, '')}00`);
      expect(text.match(/BEGIN:VTIMEZONE/g)).to.have.length(1);
      const [ev] = instants(text);
      expect(ev.tzid).to.equal(zone);
      expect(ev.start).to.equal(utc);
      expect(new Date(`${ev.end}Z`).getTime() - new Date(`${ev.start}Z`).getTime()).to.equal(20 * 60_000);
    });
  }

  it('lists the zone’s real transitions in the VTIMEZONE', () => {
    const lines = vtimezone('Europe/Madrid', 2026, 2026);
    expect(lines.join('\n')).to.contain('BEGIN:DAYLIGHT\nDTSTART:20260329T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200');
    expect(lines.join('\n')).to.contain('BEGIN:STANDARD\nDTSTART:20261025T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100');
  });

  it('writes UTC times for UTC or a zone name the browser doesn’t know', () => {
    for (const zone of ['UTC', 'Not/AZone']) {
      const text = toICS({ now: NOW, timeZone: zone, events: [meeting('2026-12-10T14:30')] });
      expect(text).to.contain('DTSTART:20261210T143000Z');
      expect(text).not.to.contain('VTIMEZONE');
    }
  });

  it('keeps all-day events as dates and repeating events as RRULEs, with the zone’s rules for the years they repeat', () => {
    const text = toICS({
      now: NOW,
      timeZone: 'Europe/Madrid',
      events: [
        { uid: 'day', summary: 'Last day', start: '2026-12-18' },
        meeting('2026-12-10T14:30', { uid: 'monthly', rrule: 'FREQ=MONTHLY;INTERVAL=3' }),
      ],
    });
    expect(text).to.contain('DTSTART;VALUE=DATE:20261218');
    const events = instants(text);
    expect(events[1].rrule).to.equal('FREQ=MONTHLY;INTERVAL=3');
    // Three months on is March 10, still winter time; six months on is June 10, summer time.
    const cal = new ICAL.Component(ICAL.parse(text));
    for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
    const it = new ICAL.Event(cal.getAllSubcomponents('vevent')[1]).iterator();
    const next = () => new Date(it.next()!.toUnixTime() * 1000).toISOString().slice(0, 16);
    expect([next(), next(), next()]).to.deep.equal(['2026-12-10T13:30', '2027-03-10T13:30', '2027-06-10T12:30']);
    ICAL.TimezoneService.remove('Europe/Madrid');
  });

  it('keeps each time zone once when the kit merges calendars', () => {
    const a = toICS({ now: NOW, timeZone: 'Europe/Madrid', events: [meeting('2026-12-10T14:30')] });
    const b = toICS({ now: NOW, timeZone: 'Europe/Madrid', events: [meeting('2026-12-11T09:00', { uid: 'n' })] });
    const merged = mergeICSTexts([a, b], 'All');
    expect(merged.match(/BEGIN:VTIMEZONE/g)).to.have.length(1);
    expect(instants(merged).map((e) => e.start)).to.deep.equal(['2026-12-10T13:30', '2026-12-11T08:00']);
  });
});

describe('Add to Google Calendar / Outlook links', () => {
  const event = { summary: 'Feedback with Dana', description: 'Agenda:\n1. How did I do?', start: '2026-12-10T14:30', durationMinutes: 20, alarm: true };

  it('fills Google’s template: dates in the zone, ctz, details and the repeat', () => {
    const url = new URL(googleCalendarUrl({ ...event, rrule: 'FREQ=MONTHLY;INTERVAL=3' }, 'Europe/Madrid')!);
    expect(url.origin + url.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).to.equal('TEMPLATE');
    expect(url.searchParams.get('text')).to.equal('Feedback with Dana');
    expect(url.searchParams.get('dates')).to.equal('20261210T143000/20261210T145000');
    expect(url.searchParams.get('ctz')).to.equal('Europe/Madrid');
    expect(url.searchParams.get('details')).to.equal('Agenda:\n1. How did I do?');
    expect(url.searchParams.get('recur')).to.equal('RRULE:FREQ=MONTHLY;INTERVAL=3');
    const allDay = new URL(googleCalendarUrl({ summary: 'Last day', start: '2026-12-31' })!);
    expect(allDay.searchParams.get('dates')).to.equal('20261231/20270101');
    expect(allDay.searchParams.has('ctz')).to.equal(false);
  });

  it('fills Outlook’s compose link with UTC instants, or all-day dates', () => {
    const url = new URL(outlookCalendarUrl(event, 'Europe/Madrid')!);
    expect(url.origin + url.pathname).to.equal('https://outlook.live.com/calendar/0/action/compose');
    expect(url.searchParams.get('rru')).to.equal('addevent');
    expect(url.searchParams.get('subject')).to.equal('Feedback with Dana');
    expect(url.searchParams.get('startdt')).to.equal('2026-12-10T13:30:00Z');
    expect(url.searchParams.get('enddt')).to.equal('2026-12-10T13:50:00Z');
    expect(url.searchParams.get('body')).to.equal('Agenda:\n1. How did I do?');
    const office = new URL(outlookCalendarUrl({ summary: 'Last day', start: '2026-12-18' }, undefined, 'office')!);
    expect(office.host).to.equal('outlook.office.com');
    expect([office.searchParams.get('startdt'), office.searchParams.get('enddt'), office.searchParams.get('allday')]).to.deep.equal(['2026-12-18', '2026-12-19', 'true']);
  });

  it('says what each link drops, refuses bad dates and keeps hostile text as text', () => {
    expect(calendarLinkLosses('google', { ...event, rrule: 'FREQ=WEEKLY' })).to.deep.equal({ reminder: true, repeat: false });
    expect(calendarLinkLosses('outlook', { ...event, rrule: 'FREQ=WEEKLY' })).to.deep.equal({ reminder: true, repeat: true });
    expect(googleCalendarUrl({ summary: 'x', start: 'soon' })).to.equal(undefined);
    const hostile = 'x&ctz=Evil/Zone#<script>window.__pwned=true</script>\ud800';
    const url = new URL(googleCalendarUrl({ summary: hostile, start: '2026-12-10', rrule: 'FREQ=DAILY;X=<b>' })!);
    expect(url.searchParams.get('text')).to.equal(hostile.replace('\ud800', '\ufffd'));
    expect(url.searchParams.has('ctz')).to.equal(false);
    expect(url.searchParams.has('recur')).to.equal(false);
  });
});
