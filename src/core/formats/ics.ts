import { safeUrl } from '../url.js';
import { escapeText, joinLines } from './content-line.js';
import { isTimeZone, utcStampOf, vtimezone } from './timezone.js';

/** A date `YYYY-MM-DD` (all-day) or a local date-time `YYYY-MM-DDTHH:MM`. */
export type IcsDate = string;

export interface IcsAlarm {
  /** Minutes before the start (positive numbers remind earlier). */
  minutesBefore: number;
  description?: string;
}

export interface IcsEvent {
  /** Stable within the calendar; combined with the domain to make the UID globally unique. */
  uid: string;
  summary: string;
  description?: string;
  start: IcsDate;
  /** Minutes, for timed events (default 30). All-day events last one day. */
  durationMinutes?: number;
  /** An RFC 5545 RRULE value without the `RRULE:` prefix, e.g. `FREQ=MONTHLY;INTERVAL=3`. */
  rrule?: string;
  alarm?: IcsAlarm;
  /** Write a VTODO (a task with a due date) instead of a VEVENT. */
  todo?: boolean;
  /** For a VTODO: whether it is done. */
  completed?: boolean;
  url?: string;
}

export interface IcsCalendar {
  name?: string;
  events: readonly IcsEvent[];
  /** Fixed for repeatable output in tests; defaults to now. */
  now?: Date;
  /**
   * The IANA zone of timed events' wall-clock times (`Europe/Madrid`): written as `TZID` with a
   * VTIMEZONE, or as UTC for `UTC`/an unknown zone. Without it, timed events are floating local times.
   */
  timeZone?: string;
}

const UID_DOMAIN = 'strong-finish.invalid';
const RRULE_PART = /^[A-Z]+=[A-Z0-9,+-]+$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `20261125T203000Z` for DTSTAMP. */
export function icsUtcStamp(date: Date): string {
  return (
    `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

function parseIcsDate(value: IcsDate): { date: string; time?: string } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
  if (!m) return undefined;
  return { date: `${m[1]}${m[2]}${m[3]}`, time: m[4] ? `${m[4]}${m[5]}00` : undefined };
}

function addMinutes(value: IcsDate, minutes: number): string {
  const [d, t] = value.split('T');
  const [y, mo, da] = d.split('-').map(Number);
  const [h, mi] = t.split(':').map(Number);
  const date = new Date(Date.UTC(y, mo - 1, da, h, mi + minutes));
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(
    date.getUTCHours(),
  )}${pad(date.getUTCMinutes())}00`;
}

function nextDay(yyyymmdd: string): string {
  const date = new Date(Date.UTC(+yyyymmdd.slice(0, 4), +yyyymmdd.slice(4, 6) - 1, +yyyymmdd.slice(6, 8) + 1));
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

/** Only a well-formed RRULE passes, so user text can never inject a property. */
function cleanRrule(rrule: string | undefined): string | undefined {
  if (!rrule) return undefined;
  const parts = rrule.split(';');
  return parts.every((p) => RRULE_PART.test(p)) && /^FREQ=/.test(rrule) ? rrule : undefined;
}

function uidPart(uid: string): string {
  return uid.replace(/[^A-Za-z0-9._-]/g, '-') || 'item';
}

function calendarHead(name?: string): string[] {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Strong Finish//Internship wrap-up//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (name) lines.push(`X-WR-CALNAME:${escapeText(name)}`);
  return lines;
}

/**
 * Builds an RFC 5545 calendar. Timed events carry `calendar.timeZone` (TZID and a VTIMEZONE, or UTC);
 * without one they are "floating" local times. Events with an invalid date are skipped.
 */
export function toICS(calendar: IcsCalendar): string {
  const stamp = icsUtcStamp(calendar.now ?? new Date());
  const lines = calendarHead(calendar.name);
  const seen = new Set<string>();
  const zone = calendar.timeZone;
  // A named zone gets TZID + VTIMEZONE; "UTC" or a name Intl doesn't know gets UTC times.
  const tzid = isTimeZone(zone) && !/^(Etc\/)?(UTC|GMT|Zulu|UCT)$/i.test(zone) ? zone : undefined;
  const utc = !!zone && !tzid;
  const timedYears = calendar.events.filter((e) => /^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(e.start)).map((e) => +e.start.slice(0, 4));
  if (tzid && timedYears.length) {
    // A repeating event needs the zone's rules for the years it repeats in: cover a few.
    const repeats = calendar.events.some((e) => e.rrule && e.start.includes('T'));
    lines.push(...vtimezone(tzid, Math.min(...timedYears), Math.max(...timedYears) + (repeats ? 5 : 0)));
  }
  const timed = (local: string, compact: string) => (tzid ? `;TZID=${tzid}:${compact}` : utc ? `:${utcStampOf(zone, local)}` : `:${compact}`);
  for (const event of calendar.events) {
    const start = parseIcsDate(event.start);
    if (!start) continue;
    let uid = `${uidPart(event.uid)}@${UID_DOMAIN}`;
    for (let n = 2; seen.has(uid); n++) uid = `${uidPart(event.uid)}-${n}@${UID_DOMAIN}`;
    seen.add(uid);
    const kind = event.todo ? 'VTODO' : 'VEVENT';
    lines.push(`BEGIN:${kind}`, `UID:${uid}`, `DTSTAMP:${stamp}`);
    if (start.time) {
      lines.push(`DTSTART${timed(event.start, `${start.date}T${start.time}`)}`);
      const end = addMinutes(event.start, Math.max(1, event.durationMinutes ?? 30));
      const endLocal = `${end.slice(0, 4)}-${end.slice(4, 6)}-${end.slice(6, 8)}T${end.slice(9, 11)}:${end.slice(11, 13)}`;
      lines.push(`${event.todo ? 'DUE' : 'DTEND'}${timed(endLocal, end)}`);
    } else if (event.todo) {
      lines.push(`DUE;VALUE=DATE:${start.date}`);
    } else {
      lines.push(`DTSTART;VALUE=DATE:${start.date}`, `DTEND;VALUE=DATE:${nextDay(start.date)}`);
    }
    lines.push(`SUMMARY:${escapeText(event.summary)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    const url = safeUrl(event.url, ['http:', 'https:']);
    if (url) lines.push(`URL:${url}`);
    const rrule = cleanRrule(event.rrule);
    if (rrule) lines.push(`RRULE:${rrule}`);
    if (event.todo) lines.push(`STATUS:${event.completed ? 'COMPLETED' : 'NEEDS-ACTION'}`);
    if (event.alarm) {
      const minutes = Math.max(0, Math.round(event.alarm.minutesBefore));
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `DESCRIPTION:${escapeText(event.alarm.description ?? event.summary)}`,
        `TRIGGER:-PT${minutes}M`,
        'END:VALARM',
      );
    }
    lines.push(`END:${kind}`);
  }
  lines.push('END:VCALENDAR');
  return joinLines(lines);
}

/** Merges several calendars' event lists into one file with unique UIDs. */
export function mergeICS(calendars: readonly IcsCalendar[], name?: string, now?: Date): string {
  return toICS({ name, now, events: calendars.flatMap((c) => c.events) });
}

/**
 * Merges finished calendar texts (each widget's `toICS()`) into one: keeps every VEVENT/VTODO block
 * as written (alarms included) and renames repeated UIDs so each is unique.
 */
export function mergeICSTexts(texts: readonly string[], name?: string): string {
  const out: string[] = [];
  const seen = new Set<string>();
  // Time zones the events refer to (TZID), once each: the one covering the most years wins.
  const zones = new Map<string, string[]>();
  for (const text of texts) {
    // Logical lines: a physical line starting with a space or tab continues the previous one.
    const lines = text.split(/\r?\n(?![ \t])/).filter((l) => l !== '');
    let depth = 0;
    let zone: string[] | undefined;
    for (const line of lines) {
      const flat = line.replace(/\r?\n[ \t]/g, '');
      if (flat === 'BEGIN:VTIMEZONE') zone = [];
      if (zone) {
        zone.push(flat);
        if (flat === 'END:VTIMEZONE') {
          const id = zone.find((l) => l.startsWith('TZID:'))?.slice(5) ?? '';
          if ((zones.get(id)?.length ?? 0) < zone.length) zones.set(id, zone);
          zone = undefined;
        }
        continue;
      }
      if (/^BEGIN:(VEVENT|VTODO)$/.test(flat)) depth++;
      if (!depth) continue;
      if (depth === 1 && flat.startsWith('UID:')) {
        const uid = flat.slice(4);
        let next = uid;
        for (let n = 2; seen.has(next); n++) next = uid.replace(/(@|$)/, `-${n}$1`);
        seen.add(next);
        out.push(`UID:${next}`);
      } else out.push(flat);
      if (/^END:(VEVENT|VTODO)$/.test(flat)) depth--;
    }
  }
  return joinLines([...calendarHead(name), ...[...zones.values()].flat(), ...out, 'END:VCALENDAR']);
}
