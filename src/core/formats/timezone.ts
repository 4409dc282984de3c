/**
 * Time zones for calendar files and links, from the browser's own Intl data (no tz database shipped):
 * the offset of an IANA zone at an instant, wall-clock time to UTC, and an RFC 5545 VTIMEZONE listing
 * the zone's real transitions over the years a calendar covers.
 */

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

const formats = new Map<string, Intl.DateTimeFormat>();

/** The browser's zone (`Europe/Madrid`), or undefined where Intl can't say. */
export function localTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/** Whether Intl knows this IANA zone name. */
export function isTimeZone(zone: string | undefined): zone is string {
  if (!zone) return false;
  try {
    format(zone);
    return true;
  } catch {
    return false;
  }
}

function format(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formats.set(zone, f);
  }
  return f;
}

/** Minutes east of UTC of `zone` at the instant `ms`. */
export function zoneOffset(zone: string, ms: number): number {
  const parts: Record<string, number> = {};
  for (const p of format(zone).formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second);
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
}

/**
 * The instant (ms) of a wall-clock time in `zone`, given as a UTC-based ms of that wall time. A time
 * skipped by a spring-forward gap resolves to the later offset, as calendar apps do.
 */
export function wallToUtc(zone: string, wallMs: number): number {
  let guess = wallMs - zoneOffset(zone, wallMs) * 60_000;
  guess = wallMs - zoneOffset(zone, guess) * 60_000;
  return guess;
}

const stamp = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
};
const offsetText = (minutes: number) => `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(minutes / 60))}${pad(minutes % 60)}`;

/** Every change of offset in `zone` from the start of `fromYear` to the end of `toYear`: the instant, and the offsets before and after. */
export function zoneTransitions(zone: string, fromYear: number, toYear: number): { at: number; from: number; to: number }[] {
  const out: { at: number; from: number; to: number }[] = [];
  const end = Date.UTC(toYear + 1, 0, 1);
  const DAY = 86_400_000;
  let t = Date.UTC(fromYear, 0, 1);
  let before = zoneOffset(zone, t);
  while (t < end) {
    const next = Math.min(t + DAY, end);
    const after = zoneOffset(zone, next);
    if (after !== before) {
      // Narrow the day down to the minute.
      let lo = t;
      let hi = next;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (zoneOffset(zone, mid) === before) lo = mid;
        else hi = mid;
      }
      out.push({ at: hi, from: before, to: after });
      before = after;
    }
    t = next;
  }
  return out;
}

/**
 * An RFC 5545 VTIMEZONE for `zone` covering `fromYear`–`toYear`: one observance for the offset at the
 * start, then one per transition (DAYLIGHT when the offset grows, STANDARD when it shrinks), each
 * starting at the local time before the change, as RFC 5545 §3.6.5 defines it.
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string[] {
  const start = Date.UTC(fromYear, 0, 1);
  const first = zoneOffset(zone, start);
  const transitions = zoneTransitions(zone, fromYear, toYear);
  const standard = Math.min(first, ...transitions.map((x) => x.to));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const observance = (kind: 'STANDARD' | 'DAYLIGHT', localStart: number, from: number, to: number) =>
    lines.push(`BEGIN:${kind}`, `DTSTART:${stamp(localStart)}`, `TZOFFSETFROM:${offsetText(from)}`, `TZOFFSETTO:${offsetText(to)}`, `END:${kind}`);
  // Starts a year early, so an event on New Year's morning east of UTC still has an observance.
  observance(first > standard ? 'DAYLIGHT' : 'STANDARD', Date.UTC(fromYear - 1, 0, 1), first, first);
  for (const x of transitions) observance(x.to > standard ? 'DAYLIGHT' : 'STANDARD', x.at + x.from * 60_000, x.from, x.to);
  lines.push('END:VTIMEZONE');
  return lines;
}

/** `YYYY-MM-DDTHH:MM` wall time in `zone` → `20261210T133000Z`. */
export function utcStampOf(zone: string | undefined, local: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return '';
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  return `${stamp(isTimeZone(zone) ? wallToUtc(zone, wall) : wall)}Z`;
}
