import { addDays, dayNumber, isISODate, isWorkingDay, type Weekend } from '../core/dates.js';
import type { Rule } from '../core/schema.js';
import { DROP } from '../core/schema.js';

/** A `YYYY-MM-DD` date or `''` (not set). */
export const dateOrEmpty = (): Rule<string> => (input, path, issues) => {
  if (input === '' || isISODate(input)) return input as string;
  issues.push(`${path}: expected a date as YYYY-MM-DD or ""`);
  return DROP;
};

/** Splits a comma-separated list of dates; returns the good ones and the bad ones. */
export function parseDates(raw: string): { good: string[]; bad: string[] } {
  const good: string[] = [];
  const bad: string[] = [];
  for (const part of raw.split(',')) {
    const p = part.trim();
    if (p) (isISODate(p) ? good : bad).push(p);
  }
  return { good, bad };
}

/**
 * Days in a row with a goal done, counted back from today (or yesterday while today is still open).
 * Weekends and holidays without an entry are skipped: a day off never breaks a streak.
 */
export function streak(doneDays: ReadonlySet<string>, today: string, holidays: readonly string[], weekend?: Weekend): number {
  let day = doneDays.has(today) ? today : addDays(today, -1);
  let n = 0;
  for (let guard = 0; guard < 4000; guard++, day = addDays(day, -1)) {
    if (doneDays.has(day)) n++;
    else if (isWorkingDay(day, holidays, weekend)) break;
  }
  return n;
}

/** Sorts by date (undated last), stable. */
export function byDate<T>(items: readonly T[], date: (item: T) => string): T[] {
  return items
    .map((item, i) => ({ item, i, d: date(item) ? dayNumber(date(item)) : Infinity }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.item);
}
