/**
 * Public holidays for the regions of the shipped languages, so that follow-ups, reminders and suggested
 * dates never land on a day the office is closed (8 December in Spain, Eid in Riyadh, Thanksgiving).
 *
 * Why a built-in table and not the `date-holidays` library: measured on 2026-12-07 with esbuild
 * (minified, browser): `date-holidays` 3.37 is 1.49 MB (236 KB gzip) for all countries; its parser
 * alone, without any country's data, is 1.04 MB (144 KB gzip, most of it moment-timezone) — larger
 * than the whole kit. The rules below are ≈ 1.5 KB gzip and cover the national public holidays of ES,
 * MX, US, GB, SA, EG, FR and CA, and Quebec's (`CA-QC`, the region of `fr-CA`), with the Islamic holidays computed
 * from the Umm al-Qura calendar that every browser's Intl carries (`islamic-umalqura`; Egypt's official
 * dates may differ from it by a day). Regional holidays (a Spanish autonomous community, a US state)
 * and other countries are not known: hosts list them (`holidays` attribute) and interns add their own
 * days off. A language a host adds (or a region the table lacks: Belgium, Switzerland) adds its region with
 * `registerHolidays`.
 */
import { isISODate, weekday, addDays, type Weekend } from './dates.js';
import { onUse } from './on-use.js';
import { whenIdle } from './idle.js';

/** One rule: a fixed `MM-DD`, or a function giving a year's dates (`YYYY-MM-DD`). */
export type HolidayRule = string | ((year: number) => string[]);

/** Regions a host added or replaced (`registerHolidays`), read by the rules module. */
export const hostRules = new Map<string, HolidayRule[]>();
/** Adds or replaces a region's rules (`registerHolidays('FR', ['01-01', '07-14', (y) => […]])`). */
export function registerHolidays(region: string, rules: HolidayRule[]): void {
  hostRules.set(region.toUpperCase(), rules);
}

/** The rules, loaded the first time a date is placed around holidays; elements render again when they arrive. */
export const holidayRules = onUse(() => import('./holiday-rules.js'));
const waiting = new Set<{ requestUpdate(): void }>();
let requested = false;

const LIKELY: Record<string, string> = { en: 'US', es: 'ES', ar: 'EG', fr: 'FR' };

/**
 * The region a locale's holidays are those of: its own, else the language's likely one (`es` → ES, `ar` → EG,
 * `fr` → FR). French in Canada is Quebec's (`fr-CA` → `CA-QC`: the Fête nationale, the Journée nationale des
 * patriotes, Thanksgiving); English in Canada the five holidays every province keeps (`CA`).
 */
export function holidayRegion(locale: string): string {
  try {
    const loc = new Intl.Locale(locale);
    const region = (loc.region ?? loc.maximize().region ?? LIKELY[loc.language] ?? '').toUpperCase();
    return loc.language === 'fr' && region === 'CA' ? 'CA-QC' : region;
  } catch {
    return LIKELY[locale.split(/[-_]/)[0]?.toLowerCase()] ?? '';
  }
}

/**
 * The days off for a locale: its region's public holidays (any year, computed on use) and the dates
 * the host or the intern listed. A `Set`, so every date helper that takes a holiday list takes it.
 */
export class DaysOff extends Set<string> {
  readonly region: string;
  constructor(locale: string, listed: Iterable<string> = []) {
    super([...listed].filter((d) => isISODate(d)));
    this.region = holidayRegion(locale);
  }
  override has(day: string): boolean {
    if (super.has(day)) return true;
    const rules = holidayRules.module;
    // Pure callers (the kit's task list) ask for the rules too; the element that shows them renders again.
    if (!rules && !requested) {
      requested = true;
      whenIdle(() => void holidayRules.load().catch(() => (requested = false)));
    }
    return !!rules && isISODate(day) && rules.publicHolidays(this.region, +day.slice(0, 4)).has(day);
  }
}

/** `DaysOff` for a locale and a list, the same object while both stay the same (elements ask on every render). */
export function daysOff(locale: string, listed: readonly string[] = [], host?: { requestUpdate(): void }): DaysOff {
  // Until the rules arrive only the weekend and the listed days count; they load once the page is idle
  // after its first paint (not part of what the first paint downloads), and the host renders again then.
  if (host && !holidayRules.module) {
    waiting.add(host);
    if (waiting.size === 1) whenIdle(() => void holidayRules.load().then(() => [...waiting].forEach((h) => (waiting.delete(h), h.requestUpdate())), () => undefined));
  }
  const k = `${locale}|${listed.join(',')}`;
  let off = recent.get(k);
  if (!off) {
    if (recent.size > 32) recent.clear();
    recent.set(k, (off = new DaysOff(locale, listed)));
  }
  return off;
}
const recent = new Map<string, DaysOff>();

/** The first working day on or after `day` (`step` 1), or on or before it (`step` -1), within three weeks. */
export function workday(day: string, off: ReadonlySet<string>, weekend: Weekend, step: 1 | -1 = 1): string {
  let d = day;
  for (let i = 0; i < 21 && (weekend.includes(weekday(d)) || off.has(d)); i++) d = addDays(d, step);
  return d;
}
