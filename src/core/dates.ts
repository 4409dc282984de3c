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

/** Weekend days as `weekday()` numbers (0 = Sunday … 6 = Saturday). */
export type Weekend = readonly number[];
const SAT_SUN: Weekend = [6, 0];

/**
 * Where the weekend is not Saturday–Sunday (CLDR's weekData), for browsers without
 * `Intl.Locale#getWeekInfo` (Firefox): region → weekend; a bare language uses its likely region.
 */
const WEEKENDS: Record<string, Weekend> = {
  ...Object.fromEntries(['BH', 'DZ', 'EG', 'IQ', 'IL', 'JO', 'KW', 'LY', 'OM', 'QA', 'SA', 'SD', 'SY', 'YE'].map((r) => [r, [5, 6]])),
  AF: [4, 5],
  IR: [5],
  IN: [0],
  UG: [0],
};
const LIKELY_REGION: Record<string, string> = { ar: 'EG', he: 'IL', fa: 'IR', ps: 'AF' };

/**
 * The weekend for a locale: `Intl.Locale#getWeekInfo()` (or the older `weekInfo` getter) where the
 * browser has it, the table above where it does not. `ar-SA` and `ar-EG` → Friday–Saturday,
 * `en-US` and `es-ES` → Saturday–Sunday.
 */
export function localeWeekend(locale: string): Weekend {
  let weekend = weekends.get(locale);
  if (!weekend) weekends.set(locale, (weekend = readWeekend(locale)));
  return weekend;
}
const weekends = new Map<string, Weekend>();

function readWeekend(locale: string): Weekend {
  try {
    // maximize(): a bare "ar" means ar-Arab-EG, so both paths see a region.
    const loc = new Intl.Locale(locale).maximize() as Intl.Locale & { getWeekInfo?: () => { weekend: number[] }; weekInfo?: { weekend: number[] } };
    const info = typeof loc.getWeekInfo === 'function' ? loc.getWeekInfo() : loc.weekInfo;
    // weekInfo counts 1 = Monday … 7 = Sunday.
    if (info && Array.isArray(info.weekend)) return info.weekend.map((d) => d % 7);
  } catch {
    // an invalid tag: the table's default
  }
  return tableWeekend(locale);
}

/** The weekend from the small table (what browsers without `weekInfo` get); exported for tests. */
export function tableWeekend(locale: string): Weekend {
  let region: string | undefined;
  let language = locale;
  try {
    const loc = new Intl.Locale(locale);
    region = loc.region ?? loc.maximize().region;
    language = loc.language;
  } catch {
    region = undefined;
  }
  region ??= LIKELY_REGION[language.split('-')[0]];
  return (region && WEEKENDS[region.toUpperCase()]) || SAT_SUN;
}

const FULL_DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** `sun` or `sunday` → 0 … `sat` or `saturday` → 6; -1 otherwise. */
const dayByName = (word: string) => FULL_DAYS.findIndex((d) => word === d || word === d.slice(0, 3));

/**
 * A host's weekend: day names or ISO numbers separated by spaces or commas (`fri sat`, `Friday,Saturday`,
 * `5 6`; 1 = Monday … 7 = Sunday), or `none`. `undefined` when the text is not such a list.
 */
export function parseWeekend(spec: string): Weekend | undefined {
  const parts = spec.trim().toLowerCase().split(/[\s,]+/).filter(Boolean);
  if (!parts.length) return undefined;
  if (parts.length === 1 && parts[0] === 'none') return [];
  const days = new Set<number>();
  for (const part of parts) {
    const day = /^[1-7]$/.test(part) ? +part % 7 : dayByName(part);
    if (day < 0) return undefined;
    days.add(day);
  }
  return days.size < 7 ? [...days] : undefined;
}

/**
 * The weekend in use: a host's list (`weekend` attribute or profile field, see `parseWeekend`) when it is
 * one, else the locale's. `onBad` hears about a list that could not be read (the locale's is used).
 * Every element that dates or counts working days reads it here, so they agree (the planner, the
 * checklist and the kit's one task list).
 */
export function weekendOf(spec: string | undefined, locale: string, onBad?: (spec: string) => void): Weekend {
  const parsed = spec ? parseWeekend(spec) : undefined;
  if (spec && !parsed) onBad?.(spec);
  return parsed ?? localeWeekend(locale);
}

/**
 * Working days after `from` up to and including `to` (weekend and holidays excluded). From today to the
 * last day this counts the working days still ahead, the last day included and today excluded.
 */
export function workingDaysBetween(from: string, to: string, holidays: Iterable<string> = [], weekend: Weekend = SAT_SUN): number {
  const skip = asSet(holidays);
  let count = 0;
  for (let day = dayNumber(from) + 1; day <= dayNumber(to); day++) {
    const iso = fromDayNumber(day);
    if (!weekend.includes(weekday(iso)) && !skip.has(iso)) count++;
  }
  return count;
}

export function isWorkingDay(iso: string, holidays: Iterable<string> = [], weekend: Weekend = SAT_SUN): boolean {
  return !weekend.includes(weekday(iso)) && !asSet(holidays).has(iso);
}

/** A holiday list as a set, a set as it is (a locale's `DaysOff` answers `has` for any year without listing them). */
const asSet = (days: Iterable<string>): ReadonlySet<string> => (days instanceof Set ? days : new Set(days));

/** Days nearly every office is closed, whatever the host's holiday list says: a suggestion never lands on them. */
const CLOSED = ['-12-25', '-01-01'];

/**
 * Where a suggested date (`offset` days from the last day) lands: on the working day before when it
 * falls on a weekend (the locale's, see `localeWeekend`), a holiday, 25 December or 1 January. A
 * suggestion for after the last day that would then fall on or before it moves to the next working day
 * instead. Shared by the planner's milestones and the checklist's default items.
 */
export function suggestedDate(end: string, offset: number, holidays: Iterable<string> = [], weekend: Weekend = SAT_SUN): string {
  const skip = asSet(holidays);
  const free = (d: string) => isWorkingDay(d, skip, weekend) && !CLOSED.some((c) => d.endsWith(c));
  const start = addDays(end, offset);
  let d = start;
  for (let i = 0; i < 14 && !free(d); i++) d = addDays(d, -1);
  if (offset > 0 && d <= end) for (d = start; !free(d) && d < addDays(start, 14); ) d = addDays(d, 1);
  return d;
}

/** The first day on or after `from` that is a working day (not the weekend, a holiday, 25 December or 1 January). */
export function nextWorkingDay(from: string, holidays: Iterable<string> = [], weekend: Weekend = SAT_SUN): string {
  const skip = asSet(holidays);
  let d = from;
  for (let i = 0; i < 14 && (!isWorkingDay(d, skip, weekend) || CLOSED.some((c) => d.endsWith(c))); i++) d = addDays(d, 1);
  return d;
}

/** "Tue, Dec 8, 2026" in the given locale; the date is formatted in UTC so it never shifts. */
export function formatDate(iso: string, locale: string, options: Intl.DateTimeFormatOptions = {}): string {
  if (!isISODate(iso)) return iso;
  const [y, m, d] = iso.split('-').map(Number);
  try {
    const format = intl(Intl.DateTimeFormat, locale, {
      weekday: 'short',
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      ...options,
      timeZone: 'UTC',
    });
    const date = new Date(Date.UTC(y, m - 1, d));
    return d === 1 && FIRST.test(locale) ? firstOfMonth(format.formatToParts(date)) : format.format(date);
  } catch {
    return iso;
  }
}

/** Languages that write the first of the month as an ordinal ("1er juin", where Intl gives "1 juin"). */
const FIRST = /^fr(-|$)/i;
function firstOfMonth(parts: readonly { type: string; value: string; source?: string }[]): string {
  const named = parts.some((p) => p.type === 'month' && /\p{L}/u.test(p.value));
  return parts.map((p) => (named && p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
}

/** "1 de jun – 18 de dic de 2026", "١ يونيو – ١٨ ديسمبر ٢٠٢٦": two dates as one range, as the locale writes it. */
export function formatDateRange(from: string, to: string, locale: string, options: Intl.DateTimeFormatOptions = {}): string {
  if (!isISODate(from) || !isISODate(to) || to < from) return `${formatDate(from, locale, options)} – ${formatDate(to, locale, options)}`;
  const day = (iso: string) => new Date(dayNumber(iso) * DAY);
  try {
    const format = intl(Intl.DateTimeFormat, locale, { year: 'numeric', month: 'short', day: 'numeric', ...options, timeZone: 'UTC' });
    return FIRST.test(locale) && (from.endsWith('-01') || to.endsWith('-01')) ? firstOfMonth(format.formatRangeToParts(day(from), day(to))) : format.formatRange(day(from), day(to));
  } catch {
    return `${formatDate(from, locale, options)} – ${formatDate(to, locale, options)}`;
  }
}

/** "14:30", "2:30 PM", "٢:٣٠ م" for a `HH:MM` time in the given locale; the input when it is not a time. */
export function formatTime(hhmm: string, locale: string): string {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) return hhmm;
  try {
    return intl(Intl.DateTimeFormat, locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, 0, 1, +m[1], +m[2])));
  } catch {
    return hhmm;
  }
}

/**
 * A date inside a sentence, written in full as the language writes it there: "Friday, December 11",
 * "viernes 11 de diciembre", «الجمعة ١١ ديسمبر» (no comma after the weekday in Spanish or Arabic prose).
 * `year` adds the year (for a date in another year). Never abbreviated: "sáb, 26 dic" is for tables.
 */
export function proseDate(iso: string, locale: string, year = false): string {
  // The Gregorian calendar whatever the locale's default (WebKit writes ar-SA dates in the Hijri calendar):
  // the dates around them (the last day, a deadline) are Gregorian, and a mail must name the same day everywhere.
  const text = formatDate(iso, locale, { weekday: 'long', day: 'numeric', month: 'long', year: year ? 'numeric' : undefined, calendar: 'gregory' });
  // Spanish and Arabic put no comma between the weekday and the day inside a sentence ("el viernes 11 de diciembre", «يوم الخميس ١٧ ديسمبر»).
  return /^(es|ar)\b/i.test(locale) ? text.replace(/^(\p{L}+)[,،]\s/u, '$1 ') : text;
}

/**
 * A time inside a sentence: "2:30 PM", "14:30", «14 h 30», "1:00 p. m." (Spanish writes the abbreviation with a
 * space, as the RAE does; Intl writes "p.m."). The preposition ("a la 1", "a las 3") is the template's,
 * fixed at the join (`src/core/grammar.ts`).
 */
export function proseTime(hhmm: string, locale: string): string {
  // French (France and Quebec) writes hours with «h» and a no-break space (U+00A0), minutes only when
  // there are some: «à 14 h», «à 9 h 30», as the Imprimerie nationale and the OQLF set them.
  const fr = /^fr\b/i.test(locale) && /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (fr) return `${+fr[1]}\u00a0h${fr[2] === '00' ? '' : `\u00a0${fr[2]}`}`;
  // Plain spaces, as a person types them (ICU puts a narrow no-break space before "PM").
  const text = formatTime(hhmm, locale).replace(/[\u202f\u00a0]/gu, ' ');
  return /^es\b/i.test(locale) ? text.replace(/([ap])\.\s?m\./giu, '$1. m.') : text;
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
