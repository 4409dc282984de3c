import { convertIcsCalendar, type IcsDateObject } from 'ts-ics';

/**
 * The second, independent .ics reader (ts-ics), beside ical.js: reads a calendar as a client would and
 * returns each event and task in a plain shape to compare. ts-ics computes instants from the file's own
 * VTIMEZONE, so a wrong TZID or VTIMEZONE shows up as a wrong `instant`.
 *
 * Known limits of ts-ics 2.4 (not of our files): a VALARM's DESCRIPTION is returned still escaped, and
 * alarms inside a VTODO are not read (none of our tasks carries one).
 */
export interface ReadEntry {
  kind: 'event' | 'todo';
  uid: string;
  summary?: string;
  description?: string;
  /** `YYYY-MM-DD` for an all-day date; otherwise the UTC instant `YYYY-MM-DDTHH:MM`. */
  start?: string;
  end?: string;
  /** The wall-clock time and zone as written (`TZID`), for timed events in a named zone. */
  local?: { time: string; zone: string };
  allDay?: boolean;
  rrule?: { frequency: string; interval?: number };
  /** Minutes before the start, one per VALARM. */
  alarms: number[];
  status?: string;
  url?: string;
}

const iso = (d: IcsDateObject | null | undefined) => (!d ? undefined : d.type === 'DATE' ? d.date.toISOString().slice(0, 10) : d.date.toISOString().slice(0, 16));

export function readIcs(text: string): { name?: string; zones: string[]; entries: ReadEntry[] } {
  const cal = convertIcsCalendar(undefined, text);
  const entries: ReadEntry[] = [];
  for (const e of cal.events ?? []) {
    entries.push({
      kind: 'event',
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: iso(e.start),
      end: iso('end' in e ? e.end : undefined),
      local: e.start.local ? { time: e.start.local.date.toISOString().slice(0, 16), zone: e.start.local.timezone } : undefined,
      allDay: e.start.type === 'DATE',
      rrule: e.recurrenceRule ? { frequency: e.recurrenceRule.frequency, interval: e.recurrenceRule.interval } : undefined,
      alarms: (e.alarms ?? []).map((a) => {
        const t = a.trigger;
        if (t.type !== 'relative') throw new Error('absolute trigger');
        const v = t.value;
        const minutes = (v.weeks ?? 0) * 10080 + (v.days ?? 0) * 1440 + (v.hours ?? 0) * 60 + (v.minutes ?? 0) + (v.seconds ?? 0) / 60;
        return v.before ? minutes : -minutes;
      }),
      url: e.url,
    });
  }
  for (const t of cal.todos ?? []) {
    entries.push({ kind: 'todo', uid: t.uid, summary: t.summary, description: t.description, start: iso('due' in t ? t.due : undefined), allDay: 'due' in t && t.due?.type === 'DATE', alarms: [], status: t.status });
  }
  return { name: cal.name, zones: (cal.timezones ?? []).map((z) => z.id), entries };
}

/** The same shape read by ical.js (registering the file's VTIMEZONEs as a client does), to compare the two readers. */
export function readIcsWithIcalJs(ICAL: typeof import('ical.js').default, text: string): ReadEntry[] {
  const cal = new ICAL.Component(ICAL.parse(text));
  const zones = cal.getAllSubcomponents('vtimezone').map((tz) => new ICAL.Timezone(tz));
  for (const tz of zones) ICAL.TimezoneService.register(tz);
  const when = (t: import('ical.js').default.Time | undefined) =>
    !t ? undefined : t.isDate ? t.toString() : new Date(t.toUnixTime() * 1000).toISOString().slice(0, 16);
  try {
    return [...cal.getAllSubcomponents('vevent'), ...cal.getAllSubcomponents('vtodo')].map((c) => {
      const todo = c.name === 'vtodo';
      const rule = c.getFirstPropertyValue('rrule') as import('ical.js').default.Recur | null;
      const start = (todo ? c.getFirstPropertyValue('due') : c.getFirstPropertyValue('dtstart')) as import('ical.js').default.Time;
      const tzid = c.getFirstProperty(todo ? 'due' : 'dtstart')?.getParameter('tzid') as string | undefined;
      return {
        kind: todo ? 'todo' : 'event',
        uid: String(c.getFirstPropertyValue('uid')),
        summary: (c.getFirstPropertyValue('summary') as string | null) ?? undefined,
        description: (c.getFirstPropertyValue('description') as string | null) ?? undefined,
        start: when(start),
        end: todo ? undefined : when(c.getFirstPropertyValue('dtend') as import('ical.js').default.Time),
        local: tzid ? { time: `${start.toString().slice(0, 16)}`, zone: tzid } : undefined,
        allDay: start.isDate,
        rrule: rule ? { frequency: rule.freq, interval: rule.interval > 1 ? rule.interval : undefined } : undefined,
        alarms: todo ? [] : c.getAllSubcomponents('valarm').map((a) => -(a.getFirstPropertyValue('trigger') as import('ical.js').default.Duration).toSeconds() / 60),
        status: todo ? ((c.getFirstPropertyValue('status') as string | null) ?? undefined) : undefined,
        url: (c.getFirstPropertyValue('url') as string | null) ?? undefined,
      } satisfies ReadEntry;
    });
  } finally {
    for (const tz of zones) ICAL.TimezoneService.remove(tz.tzid);
  }
}

/** Both readers' views, with fields ts-ics leaves out where ical.js has them aligned (undefined keys dropped). */
export function bothReaders(ICAL: typeof import('ical.js').default, text: string): { tsIcs: ReadEntry[]; icalJs: ReadEntry[] } {
  const clean = (list: ReadEntry[]) => list.map((e) => JSON.parse(JSON.stringify(e)) as ReadEntry);
  return { tsIcs: clean(readIcs(text).entries), icalJs: clean(readIcsWithIcalJs(ICAL, text)) };
}
