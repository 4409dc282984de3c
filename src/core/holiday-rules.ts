/**
 * The holiday rules of src/core/holidays.ts, loaded on use (a chunk of its own: ≈ 1.5 KB gzip that a
 * page pays only once a date is placed around holidays). Why a table and not a library: see holidays.ts.
 */
import { addDays, weekday } from './dates.js';
import { hostRules, type HolidayRule } from './holidays.js';

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Western Easter Sunday (the anonymous Gregorian computus). */
export function easter(y: number): string {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return iso(y, month, ((h + l - 7 * m + 114) % 31) + 1);
}

/** Orthodox Easter Sunday (Julian computus, + 13 days for 1900–2099): Egypt's Sham el-Nessim is the Monday after. */
function orthodoxEaster(y: number): string {
  const d = (19 * (y % 19) + 15) % 30, e = (2 * (y % 4) + 4 * (y % 7) - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31), day = ((d + e + 114) % 31) + 1;
  return addDays(iso(y, month, day), 13);
}

/** The `n`th `day` (0 = Sunday) of a month; `n` = -1 for the last. */
function nth(y: number, month: number, day: number, n: number): string {
  if (n < 0) {
    let d = addDays(iso(month === 12 ? y + 1 : y, month === 12 ? 1 : month + 1, 1), -1);
    while (weekday(d) !== day) d = addDays(d, -1);
    return d;
  }
  let d = iso(y, month, 1);
  while (weekday(d) !== day) d = addDays(d, 1);
  return addDays(d, 7 * (n - 1));
}

/** US federal practice: a holiday on Saturday is observed on Friday, on Sunday on Monday. */
const usObserved = (md: string) => (y: number) => {
  const d = `${y}-${md}`;
  const w = weekday(d);
  return w === 6 ? [d, addDays(d, -1)] : w === 0 ? [d, addDays(d, 1)] : [d];
};
/** UK practice: a bank holiday on a weekend moves to the next weekday not already a holiday. */
const ukChristmas = (y: number) => {
  const out = [`${y}-12-25`, `${y}-12-26`];
  const w = weekday(`${y}-12-25`);
  if (w === 6) out.push(`${y}-12-27`, `${y}-12-28`);
  else if (w === 0) out.push(`${y}-12-27`);
  else if (w === 5) out.push(`${y}-12-28`);
  return out;
};
const ukNewYear = (y: number) => {
  const d = `${y}-01-01`;
  const w = weekday(d);
  return w === 6 ? [d, addDays(d, 2)] : w === 0 ? [d, addDays(d, 1)] : [d];
};

/** Canada Day: 1 July, or 2 July when the 1st is a Sunday. */
const canadaDay = (y: number) => [weekday(`${y}-07-01`) === 0 ? `${y}-07-02` : `${y}-07-01`];

const hijriDays = new Map<number, Map<string, string[]>>();
/**
 * Gregorian dates in year `y` of Hijri month `month`, days `days` (Umm al-Qura, from Intl). None where
 * the browser lacks the calendar: the weekend and the listed days still apply.
 */
export function hijri(y: number, month: number, days: readonly number[]): string[] {
  let year = hijriDays.get(y);
  if (!year) {
    year = new Map();
    hijriDays.set(y, year);
    try {
      const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { month: 'numeric', day: 'numeric', timeZone: 'UTC' });
      if (f.resolvedOptions().calendar === 'islamic-umalqura') {
        for (let d = `${y}-01-01`; d.startsWith(String(y)); d = addDays(d, 1)) {
          const parts = f.formatToParts(new Date(`${d}T12:00:00Z`));
          const k = `${parts.find((p) => p.type === 'month')?.value}-${parts.find((p) => p.type === 'day')?.value}`;
          year.set(k, [...(year.get(k) ?? []), d]);
        }
      }
    } catch {
      // no Islamic calendar in this browser
    }
  }
  return days.flatMap((day) => year!.get(`${month}-${day}`) ?? []);
}

const EID_AL_FITR = (n: number) => (y: number) => hijri(y, 10, Array.from({ length: n }, (_, i) => i + 1));
/** The day of Arafat and Eid al-Adha. */
const EID_AL_ADHA = (last: number) => (y: number) => hijri(y, 12, Array.from({ length: last - 8 }, (_, i) => i + 9));

const REGIONS: Record<string, HolidayRule[]> = {
  // Spain: the national holidays every community keeps (BOE calendar); regional ones are the host's.
  ES: ['01-01', '01-06', (y) => [addDays(easter(y), -2)], '05-01', '08-15', '10-12', '11-01', '12-06', '12-08', '12-25'],
  // Mexico: the Ley Federal del Trabajo's days of rest (art. 74).
  MX: ['01-01', (y) => [nth(y, 2, 1, 1)], (y) => [nth(y, 3, 1, 3)], '05-01', '09-16', (y) => [nth(y, 11, 1, 3)], '12-25'],
  // United States: the eleven federal holidays, with their observed days.
  US: [usObserved('01-01'), (y) => [nth(y, 1, 1, 3)], (y) => [nth(y, 2, 1, 3)], (y) => [nth(y, 5, 1, -1)], usObserved('06-19'), usObserved('07-04'), (y) => [nth(y, 9, 1, 1)], (y) => [nth(y, 10, 1, 2)], usObserved('11-11'), (y) => [nth(y, 11, 4, 4)], usObserved('12-25')],
  // England and Wales: the bank holidays, with their substitute days.
  GB: [ukNewYear, (y) => [addDays(easter(y), -2), addDays(easter(y), 1)], (y) => [nth(y, 5, 1, 1)], (y) => [nth(y, 5, 1, -1)], (y) => [nth(y, 8, 1, -1)], ukChristmas],
  // Saudi Arabia: Founding Day, National Day, and the two Eids (first days as the private sector keeps them).
  SA: ['02-22', '09-23', EID_AL_FITR(4), EID_AL_ADHA(12)],
  // Egypt: the official holidays (fixed, Coptic Christmas, Sham el-Nessim, Islamic New Year, the Prophet's birthday, the Eids).
  EG: ['01-07', '01-25', '04-25', '05-01', '06-30', '07-23', '10-06', (y) => [addDays(orthodoxEaster(y), 1)], (y) => hijri(y, 1, [1]), (y) => hijri(y, 3, [12]), EID_AL_FITR(3), EID_AL_ADHA(13)],
  // France: the eleven jours fériés of the Code du travail (art. L3133-1), Easter and Whit Mondays and Ascension from Easter.
  FR: ['01-01', (y) => [addDays(easter(y), 1), addDays(easter(y), 39), addDays(easter(y), 50)], '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'],
  // Canada: the five statutory holidays of every province (New Year, Good Friday, Canada Day, Labour Day,
  // Christmas); Canada Day on a Sunday is kept on the Monday.
  CA: ['01-01', (y) => [addDays(easter(y), -2)], canadaDay, (y) => [nth(y, 9, 1, 1)], '12-25'],
  // Quebec (fr-CA, see holidayRegion): the Loi sur les normes du travail's days (art. 60 and the Loi sur la
  // fête nationale): Good Friday, the Journée nationale des patriotes (the Monday before 25 May), the Fête
  // nationale (24 June; on a Sunday, the 25th), Canada Day, Labour Day, Thanksgiving (second Monday of October).
  'CA-QC': ['01-01', (y) => [addDays(easter(y), -2)], (y) => [addDays(`${y}-05-24`, -((weekday(`${y}-05-24`) + 6) % 7))], (y) => [weekday(`${y}-06-24`) === 0 ? `${y}-06-25` : `${y}-06-24`], canadaDay, (y) => [nth(y, 9, 1, 1)], (y) => [nth(y, 10, 1, 2)], '12-25'],
};
// Every Arab country keeps the two Eids; the regions above know their other holidays too.
for (const r of ['AE', 'BH', 'DZ', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MA', 'OM', 'PS', 'QA', 'SD', 'SY', 'TN', 'YE']) REGIONS[r] = [EID_AL_FITR(3), EID_AL_ADHA(12)];


const cache = new Map<string, ReadonlySet<string>>();
let hostCount = -1;

/** A region's public holidays in a year (`YYYY-MM-DD`), from the table above; empty for an unknown region. */
export function publicHolidays(region: string, year: number): ReadonlySet<string> {
  // A region a host registered (French: `registerHolidays('FR', …)`) replaces the built-in one.
  if (hostRules.size !== hostCount) {
    hostCount = hostRules.size;
    cache.clear();
  }
  const k = `${region}:${year}`;
  let set = cache.get(k);
  if (!set) {
    set = new Set((hostRules.get(region) ?? REGIONS[region] ?? []).flatMap((r) => (typeof r === 'string' ? [`${year}-${r}`] : r(year))));
    cache.set(k, set);
  }
  return set;
}

