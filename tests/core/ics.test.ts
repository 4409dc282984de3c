import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { toICS, mergeICS, mergeICSTexts } from '../../src/core/formats/ics.js';
import { foldLine, escapeText } from '../../src/core/formats/content-line.js';

const NOW = new Date(Date.UTC(2026, 10, 25, 12, 0, 0));
const enc = new TextEncoder();

function parse(text: string) {
  return new ICAL.Component(ICAL.parse(text));
}

describe('iCalendar writer (RFC 5545), checked with ical.js', () => {
  it('writes a calendar that ical.js reads, with UID, DTSTAMP and an all-day event', () => {
    const text = toICS({ now: NOW, events: [{ uid: 'a', summary: 'Last day', start: '2026-12-18' }] });
    const cal = parse(text);
    const ev = cal.getFirstSubcomponent('vevent')!;
    expect(ev.getFirstPropertyValue('summary')).to.equal('Last day');
    expect(String(ev.getFirstPropertyValue('uid'))).to.match(/^a@/);
    expect(ev.getFirstPropertyValue('dtstamp')!.toString()).to.equal('2026-11-25T12:00:00Z');
    expect(ev.getFirstPropertyValue('dtstart')!.toString()).to.equal('2026-12-18');
    expect(ev.getFirstPropertyValue('dtend')!.toString()).to.equal('2026-12-19');
  });

  it('uses CRLF line ends only', () => {
    const text = toICS({ now: NOW, events: [{ uid: 'a', summary: 'x', start: '2026-12-18' }] });
    expect(text.endsWith('\r\n')).to.be.true;
    expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
  });

  it('escapes CR, LF, CRLF, commas, semicolons and backslashes in TEXT so they round-trip', () => {
    const summary = 'Line1\rLine2\nLine3\r\nA, B; C \\ D';
    const text = toICS({ now: NOW, events: [{ uid: 'a', summary, description: summary, start: '2026-12-18' }] });
    expect(text).not.to.match(/[^\n]\r(?!\n)/); // no bare CR anywhere
    const ev = parse(text).getFirstSubcomponent('vevent')!;
    expect(ev.getFirstPropertyValue('summary')).to.equal('Line1\nLine2\nLine3\nA, B; C \\ D');
  });

  it('folds lines at 75 octets without splitting UTF-8 sequences', () => {
    const summary = 'é'.repeat(50) + '😀'.repeat(30) + 'ق'.repeat(40);
    const text = toICS({ now: NOW, events: [{ uid: 'a', summary, start: '2026-12-18' }] });
    for (const line of text.split('\r\n')) expect(enc.encode(line).length).to.be.at.most(75);
    // a split inside a sequence would produce U+FFFD after decoding
    expect(text).not.to.contain('\ufffd');
    const ev = parse(text).getFirstSubcomponent('vevent')!;
    expect(ev.getFirstPropertyValue('summary')).to.equal(summary);
  });

  it('never emits a 76-octet line, even for ASCII', () => {
    const line = 'SUMMARY:' + 'x'.repeat(300);
    for (const part of foldLine(line).split('\r\n')) expect(enc.encode(part).length).to.be.at.most(75);
    expect(foldLine('x'.repeat(75))).to.equal('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).to.equal('x'.repeat(75) + '\r\n x');
    // 25 three-octet characters are exactly 75 octets: not folded; one more ASCII is.
    expect(foldLine('中'.repeat(25))).to.equal('中'.repeat(25));
    expect(foldLine('中'.repeat(25) + 'x')).to.equal('中'.repeat(25) + '\r\n x');
  });

  it('folds any mix of 1- to 4-octet characters exactly where the encoder says, and unfolds to the input', () => {
    const alphabet = ['a', ' ', 'é', 'ß', 'ق', '中', '€', '😀', '👩🏽‍💻', '\ud800'];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 200; round++) {
      const line = Array.from({ length: rand(120) }, () => alphabet[rand(alphabet.length)]).join('');
      const folded = foldLine(line);
      const parts = folded.split('\r\n');
      for (const part of parts) expect(enc.encode(part).length).to.be.at.most(75);
      // Not folded early: each break happens only when the next code point would not fit.
      if (enc.encode(line).length <= 75) expect(folded).to.equal(line);
      expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).to.equal(line);
    }
  });

  it('writes timed events, RRULE and a VALARM that ical.js understands', () => {
    const text = toICS({
      now: NOW,
      events: [{ uid: 'c', summary: 'Check in', start: '2027-01-04T10:30', durationMinutes: 45, rrule: 'FREQ=MONTHLY;INTERVAL=3', alarm: { minutesBefore: 60 } }],
    });
    const ev = parse(text).getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(ev);
    expect(event.startDate.toString()).to.equal('2027-01-04T10:30:00');
    expect(event.endDate.toString()).to.equal('2027-01-04T11:15:00');
    expect(event.isRecurring()).to.be.true;
    const rule = ev.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).to.equal('MONTHLY');
    expect(rule.interval).to.equal(3);
    const alarm = ev.getFirstSubcomponent('valarm')!;
    expect((alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).to.equal(-3600);
  });

  it('refuses an RRULE that would inject a property', () => {
    const text = toICS({ now: NOW, events: [{ uid: 'c', summary: 'x', start: '2027-01-04', rrule: 'FREQ=DAILY\r\nATTENDEE:evil' }] });
    expect(text).not.to.contain('ATTENDEE');
    expect(text).not.to.contain('RRULE');
  });

  it('writes VTODOs with DUE and STATUS', () => {
    const text = toICS({ now: NOW, events: [{ uid: 't', summary: 'Return laptop', start: '2026-12-18', todo: true, alarm: { minutesBefore: 1440 } }] });
    const todo = parse(text).getFirstSubcomponent('vtodo')!;
    expect(todo.getFirstPropertyValue('due')!.toString()).to.equal('2026-12-18');
    expect(todo.getFirstPropertyValue('status')).to.equal('NEEDS-ACTION');
  });

  it('skips events with invalid dates and keeps UIDs unique when merging', () => {
    const text = mergeICS(
      [
        { events: [{ uid: 'x', summary: 'A', start: '2026-12-01' }, { uid: 'bad', summary: 'B', start: 'soon' }] },
        { events: [{ uid: 'x', summary: 'C', start: '2026-12-02' }] },
      ],
      'All',
      NOW,
    );
    const events = parse(text).getAllSubcomponents('vevent');
    expect(events).to.have.length(2);
    const uids = events.map((e) => String(e.getFirstPropertyValue('uid')));
    expect(new Set(uids).size).to.equal(2);
  });

  it('escapeText replaces lone surrogates instead of writing invalid UTF-8', () => {
    expect(escapeText('a\ud800b')).to.equal('a\ufffdb');
    expect(escapeText('😀')).to.equal('😀');
  });

  it('merges finished calendars into one, keeping alarms and renaming repeated UIDs', () => {
    const a = toICS({ now: NOW, events: [{ uid: 'x', summary: 'A ' + 'é'.repeat(60), start: '2026-12-01', alarm: { minutesBefore: 30 } }] });
    const b = toICS({ now: NOW, events: [{ uid: 'x', summary: 'B', start: '2026-12-02', todo: true }] });
    const merged = mergeICSTexts([a, b], 'All, of it\nnow');
    for (const line of merged.split('\r\n')) expect(enc.encode(line).length).to.be.at.most(75);
    const cal = parse(merged);
    // X-WR-CALNAME is an extension property ical.js keeps raw: check our TEXT escaping directly.
    expect(merged).to.contain('X-WR-CALNAME:All\\, of it\\nnow\r\n');
    const ev = cal.getFirstSubcomponent('vevent')!;
    const todo = cal.getFirstSubcomponent('vtodo')!;
    expect(ev.getFirstPropertyValue('summary')).to.equal('A ' + 'é'.repeat(60));
    expect(ev.getFirstSubcomponent('valarm')).to.exist;
    expect(String(ev.getFirstPropertyValue('uid'))).not.to.equal(String(todo.getFirstPropertyValue('uid')));
  });
});

