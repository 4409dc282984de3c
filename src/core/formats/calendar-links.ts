/**
 * "Add to Google Calendar" and "Add to Outlook" links, from the public URL templates those calendars
 * open with a filled-in event. They are the fallback for people whose calendar mishandles an .ics:
 * Google Calendar drops an imported file's reminders (VALARM). The links carry less than the file, and
 * {@link calendarLinkLosses} says what, so the UI can tell the user.
 */
import { isTimeZone, utcStampOf } from './timezone.js';
import { toWellFormed } from './content-line.js';

export interface CalendarLinkEvent {
  summary: string;
  description?: string;
  /** `YYYY-MM-DD` (all day) or `YYYY-MM-DDTHH:MM` (wall-clock time in `timeZone`). */
  start: string;
  /** For timed events; default 30. */
  durationMinutes?: number;
  /** An RRULE value without the prefix (`FREQ=MONTHLY;INTERVAL=3`). */
  rrule?: string;
  /** Whether the .ics version has a reminder. */
  alarm?: boolean;
}

export type CalendarTarget = 'google' | 'outlook';

/** Long descriptions make links some browsers and mail apps cut: the .ics keeps the full text. */
const MAX_DETAILS = 1500;
const RRULE = /^FREQ=[A-Z]+(;[A-Z]+=[A-Z0-9,+-]+)*$/;

const pad = (n: number) => String(n).padStart(2, '0');
const compact = (local: string) => local.replace(/[-:]/g, '') + (local.includes('T') ? '00' : '');

function plusMinutes(local: string, minutes: number): string {
  const [d, t] = local.split('T');
  const [y, m, day] = d.split('-').map(Number);
  const [h, mi] = (t ?? '00:00').split(':').map(Number);
  const x = new Date(Date.UTC(y, m - 1, day, h, mi + minutes));
  return `${x.getUTCFullYear()}-${pad(x.getUTCMonth() + 1)}-${pad(x.getUTCDate())}${t ? `T${pad(x.getUTCHours())}:${pad(x.getUTCMinutes())}` : ''}`;
}

function valid(event: CalendarLinkEvent): boolean {
  return /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(event.start);
}

const text = (s: string | undefined, max = 1000) => toWellFormed(s ?? '').slice(0, max);

/**
 * Google Calendar's template link (`calendar.google.com/calendar/render?action=TEMPLATE`). Timed events
 * carry the zone (`ctz`); a repeat is kept (`recur=RRULE:…`); a reminder can't be carried.
 */
export function googleCalendarUrl(event: CalendarLinkEvent, timeZone?: string): string | undefined {
  if (!valid(event)) return undefined;
  const timed = event.start.includes('T');
  const end = timed ? plusMinutes(event.start, Math.max(1, event.durationMinutes ?? 30)) : plusMinutes(`${event.start}`, 24 * 60);
  const url = new URL('https://calendar.google.com/calendar/render');
  url.searchParams.set('action', 'TEMPLATE');
  url.searchParams.set('text', text(event.summary));
  url.searchParams.set('dates', `${compact(event.start)}/${compact(end)}`);
  if (event.description) url.searchParams.set('details', text(event.description, MAX_DETAILS));
  if (timed && isTimeZone(timeZone)) url.searchParams.set('ctz', timeZone);
  if (event.rrule && RRULE.test(event.rrule)) url.searchParams.set('recur', `RRULE:${event.rrule}`);
  return url.href;
}

/**
 * Outlook's compose link (`outlook.live.com` for personal accounts, `outlook.office.com` for work and
 * school). Timed events are given in UTC, so the zone is never guessed; Outlook's link has no repeat
 * and no reminder.
 */
export function outlookCalendarUrl(event: CalendarLinkEvent, timeZone?: string, host: 'live' | 'office' = 'live'): string | undefined {
  if (!valid(event)) return undefined;
  const timed = event.start.includes('T');
  const url = new URL(`https://outlook.${host === 'office' ? 'office' : 'live'}.com/calendar/0/action/compose`);
  url.searchParams.set('rru', 'addevent');
  url.searchParams.set('subject', text(event.summary));
  if (timed) {
    const end = plusMinutes(event.start, Math.max(1, event.durationMinutes ?? 30));
    const iso = (local: string) => {
      const z = utcStampOf(isTimeZone(timeZone) ? timeZone : undefined, local);
      // A known zone: an exact UTC instant. None: the wall-clock time, which Outlook reads in the user's zone.
      return isTimeZone(timeZone) ? `${z.slice(0, 4)}-${z.slice(4, 6)}-${z.slice(6, 8)}T${z.slice(9, 11)}:${z.slice(11, 13)}:00Z` : `${local}:00`;
    };
    url.searchParams.set('startdt', iso(event.start));
    url.searchParams.set('enddt', iso(end));
  } else {
    url.searchParams.set('startdt', event.start);
    url.searchParams.set('enddt', plusMinutes(event.start, 24 * 60));
    url.searchParams.set('allday', 'true');
  }
  if (event.description) url.searchParams.set('body', text(event.description, MAX_DETAILS));
  return url.href;
}

/** What a link loses compared with the .ics: the reminder (both), the repeat (Outlook). */
export function calendarLinkLosses(target: CalendarTarget, event: CalendarLinkEvent): { reminder: boolean; repeat: boolean } {
  return { reminder: !!event.alarm, repeat: target === 'outlook' && !!event.rrule };
}
