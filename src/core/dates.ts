import { intl } from './intl-cache.js';

/**
 * Calendar-date helpers. Dates are `YYYY-MM-DD` strings in the intern's local calendar; arithmetic is
 * done in UTC so daylight-saving changes never shift a day.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY = 86_400_000;

/** True for a real calendar date in `YYYY-MM-DD` form (rejects 2026-02-30). */
export function isISODate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  // Lists of thousands of items repeat a few hundred dates; checking one costs a Date.
  if (validDates.has(value)) return true;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  const ok = d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
  if (ok) {
    if (validDates.size > 10_000) validDates.clear();
    validDates.add(value);
  }
  return ok;
}
const validDates = new Set<string>();

/** Days since the epoch for a `YYYY-MM-DD` date. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY);
}

/** `YYYY-MM-DD` for a day number. */
export function fromDayNumber(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Today in the local calendar as `YYYY-MM-DD`. */
export function todayISO(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return (dayNumber(iso) + 4) % 7; // 1970-01-01 was a Thursday
}

/**
 * Working days after `from` up to and including `to` (Monday–Friday, minus holidays). From today to the
 * last day this counts the working days still ahead, the last day included and today excluded.
 */
export function workingDaysBetween(from: string, to: string, holidays: Iterable<string> = []): number {
  const skip = new Set(holidays);
  let count = 0;
  for (let day = dayNumber(from) + 1; day <= dayNumber(to); day++) {
    const iso = fromDayNumber(day);
    const wd = weekday(iso);
    if (wd !== 0 && wd !== 6 && !skip.has(iso)) count++;
  }
  return count;
}

export function isWorkingDay(iso: string, holidays: Iterable<string> = []): boolean {
  const wd = weekday(iso);
  return wd !== 0 && wd !== 6 && !(holidays instanceof Set ? holidays : new Set(holidays)).has(iso);
}

/** Days nearly every office is closed, whatever the host's holiday list says: a suggestion never lands on them. */
const CLOSED = ['-12-25', '-01-01'];

/**
 * Where a suggested date (`offset` days from the last day) lands: on the working day before when it
 * falls on a weekend, a holiday, 25 December or 1 January. A suggestion for after the last day that
 * would then fall on or before it moves to the next working day instead. Shared by the planner's
 * milestones and the checklist's default items.
 */
export function suggestedDate(end: string, offset: number, holidays: Iterable<string> = []): string {
  const skip = new Set(holidays);
  const free = (d: string) => isWorkingDay(d, skip) && !CLOSED.some((c) => d.endsWith(c));
  const start = addDays(end, offset);
  let d = start;
  for (let i = 0; i < 14 && !free(d); i++) d = addDays(d, -1);
  if (offset > 0 && d <= end) for (d = start; !free(d) && d < addDays(start, 14); ) d = addDays(d, 1);
  return d;
}

/** "Tue, Dec 8, 2026" in the given locale; the date is formatted in UTC so it never shifts. */
export function formatDate(iso: string, locale: string, options: Intl.DateTimeFormatOptions = {}): string {
  if (!isISODate(iso)) return iso;
  const [y, m, d] = iso.split('-').map(Number);
  try {
    return intl(Intl.DateTimeFormat, locale, {
      weekday: 'short',
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      ...options,
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(y, m - 1, d)));
  } catch {
    return iso;
  }
}

/** "in 3 days", "tomorrow", "2 weeks ago" in the given locale. */
export function formatRelativeDays(days: number, locale: string): string {
  let rtf: Intl.RelativeTimeFormat;
  try {
    rtf = intl(Intl.RelativeTimeFormat, locale, { numeric: 'auto' });
  } catch {
    rtf = intl(Intl.RelativeTimeFormat, 'en', { numeric: 'auto' });
  }
  if (Math.abs(days) >= 14 && days % 7 === 0) return rtf.format(days / 7, 'week');
  return rtf.format(days, 'day');
}
