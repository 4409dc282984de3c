import { addDays, addMonths, isISODate } from '../core/dates.js';
import { intl } from '../core/intl-cache.js';
import type { Cadence, Contact, TagCadence } from './types.js';

/** The named cadences, in the order the UI lists them. */
export const CADENCES = ['week-after', 'monthly', 'quarterly', 'twice-a-year'] as const;

/** Days before the ideal date when a follow-up counts as "due soon". */
export const SOON_DAYS = 7;
/** Days after the ideal date (the maximum window) before a follow-up counts as "overdue". */
export const MAX_DAYS = 14;

export type Status = 'later' | 'soon' | 'due' | 'overdue' | 'none';

/** Days for `custom:<days>`, or undefined when the cadence is not a valid custom one. */
export function customDays(cadence: string): number | undefined {
  const m = /^custom:(\d{1,4})$/.exec(cadence);
  const n = m ? +m[1] : 0;
  return n >= 1 && n <= 3650 ? n : undefined;
}

export function isCadence(value: unknown): value is Cadence {
  return typeof value === 'string' && ((CADENCES as readonly string[]).includes(value) || customDays(value) !== undefined);
}

/** How long a due follow-up can be put off, in days. */
export const SNOOZES = [3, 7, 14] as const;

/**
 * The cadence a contact follows: its own, or — when it follows its tags — the cadence of the first of
 * its tags that has one (tags are matched ignoring case), falling back to its own.
 */
export function cadenceOf(c: Pick<Contact, 'cadence' | 'tags' | 'inherit'>, tagCadences: readonly TagCadence[] = []): Cadence {
  if (!c.inherit || !tagCadences.length) return c.cadence;
  for (const tag of c.tags) {
    const hit = tagCadences.find((x) => x.tag.toLowerCase() === tag.toLowerCase());
    if (hit) return hit.cadence;
  }
  return c.cadence;
}

/** The tag whose cadence the contact follows, if any. */
export function cadenceTag(c: Pick<Contact, 'tags' | 'inherit'>, tagCadences: readonly TagCadence[] = []): string | undefined {
  if (!c.inherit) return undefined;
  return c.tags.find((tag) => tagCadences.some((x) => x.tag.toLowerCase() === tag.toLowerCase()));
}

/**
 * The next follow-up with the contact's own or inherited cadence, put off to the snooze date when that
 * is later, then moved by `workday` (keep-in-touch passes the next working day: the locale's weekend,
 * public holidays and the listed days off, so no follow-up falls on 25 December or a Friday in Riyadh).
 */
export function followUp(c: Pick<Contact, 'cadence' | 'tags' | 'inherit' | 'lastContact' | 'snoozedUntil'>, endDate?: string, tagCadences?: readonly TagCadence[], workday?: (iso: string) => string): string | undefined {
  const next = nextFollowUp({ cadence: cadenceOf(c, tagCadences), lastContact: c.lastContact }, endDate);
  const snooze = isISODate(c.snoozedUntil) ? c.snoozedUntil : undefined;
  const day = snooze && (!next || snooze > next) ? snooze : next;
  return day && workday ? workday(day) : day;
}

/** Advances a date by one step of the cadence (`week-after` steps monthly once started). */
export function step(date: string, cadence: Cadence): string {
  const days = customDays(cadence);
  if (days) return addDays(date, days);
  return addMonths(date, cadence === 'quarterly' ? 3 : cadence === 'twice-a-year' ? 6 : 1);
}

/**
 * The next follow-up: one cadence step after the last logged contact, or after the last day when
 * nothing is logged yet. `week-after` means a week after the last day, then monthly from the last
 * contact. Undefined when there is neither a last contact nor a last day to count from.
 */
export function nextFollowUp(contact: Pick<Contact, 'cadence' | 'lastContact'>, endDate?: string): string | undefined {
  // Ten thousand contacts share a few hundred (cadence, last contact, last day) triples, and date
  // arithmetic was the largest cost of a list update at that size (bench/profile.mjs): remember them.
  // Nested maps, no key string: building one per contact cost as much as the date arithmetic.
  const memo = nested(nested(followUps, endDate ?? ''), contact.cadence);
  const lastKey = contact.lastContact ?? '';
  if (memo.has(lastKey)) return memo.get(lastKey) as string | undefined;
  const last = isISODate(contact.lastContact) ? contact.lastContact : undefined;
  const end = isISODate(endDate) ? endDate : undefined;
  const from = last ?? end;
  const next =
    contact.cadence === 'week-after' && end && (!last || last < end) ? addDays(end, 7) : from ? step(from, contact.cadence) : undefined;
  if (memo.size > 20_000) memo.clear();
  memo.set(lastKey, next);
  return next;
}
type Memo = Map<string, Memo | string | undefined>;
const followUps: Memo = new Map();
function nested(map: Memo, key: string): Memo {
  let inner = map.get(key) as Memo | undefined;
  if (!inner) map.set(key, (inner = new Map()));
  return inner;
}

/**
 * Where a follow-up stands today: `later`, `soon` (within SOON_DAYS before), `due` (from the ideal date
 * to MAX_DAYS after it), `overdue` (past the maximum window), or `none` (no date).
 */
export function status(next: string | undefined, today: string): Status {
  if (!next) return 'none';
  // ISO dates compare as strings: the two window edges are computed once per day, not once per contact.
  if (edges.today !== today) edges = { today, soon: addDays(today, SOON_DAYS), late: addDays(today, -MAX_DAYS) };
  if (next > edges.soon) return 'later';
  if (next > today) return 'soon';
  return next >= edges.late ? 'due' : 'overdue';
}
let edges = { today: '', soon: '', late: '' };

/** True when the follow-up falls in today's month or is already due or overdue. */
export function dueThisMonth(next: string | undefined, today: string): boolean {
  if (!next) return false;
  return next.slice(0, 7) === today.slice(0, 7) || next < today;
}

/** An RRULE (without `RRULE:`) repeating the cadence. */
export function rrule(cadence: Cadence): string {
  const days = customDays(cadence);
  if (days) return `FREQ=DAILY;INTERVAL=${days}`;
  return cadence === 'quarterly' ? 'FREQ=MONTHLY;INTERVAL=3' : cadence === 'twice-a-year' ? 'FREQ=MONTHLY;INTERVAL=6' : 'FREQ=MONTHLY';
}

/** Key for spotting the same person twice: the e-mail (any case), else the trimmed name. */
export function personKey(p: { name?: string; email?: string }): string {
  const email = p.email?.trim().toLowerCase();
  return email ? `e:${email}` : `n:${(p.name ?? '').trim().toLowerCase()}`;
}

export type SortKey = 'name' | 'next' | 'last';

export interface Row {
  contact: Contact;
  next?: string;
  status: Status;
  /** The name's place in collation order (sorting compares these integers). */
  rank: number;
}

const keys = new WeakMap<Contact, string>();

/** Lower-case search text for a contact, computed once per contact object and only when searching. */
export function searchKey(c: Contact): string {
  let k = keys.get(c);
  if (k === undefined) {
    k = [c.name, c.role, c.team, c.email, c.how, c.notes, c.tags.join(' ')].filter(Boolean).join('\n').toLowerCase();
    keys.set(c, k);
  }
  return k;
}

/** Rows with their schedule, in O(n log n): filtered by every word of `query`, sorted by `sort`. */
export function rows(contacts: readonly Contact[], opts: { endDate?: string; today: string; query?: string; sort?: SortKey; month?: boolean; tagCadences?: readonly TagCadence[]; workday?: (iso: string) => string }): Row[] {
  const words = (opts.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const out: Row[] = [];
  for (const contact of contacts) {
    if (words.length) {
      const key = searchKey(contact);
      if (!words.every((w) => key.includes(w))) continue;
    }
    const next = followUp(contact, opts.endDate, opts.tagCadences, opts.workday);
    if (opts.month && !dueThisMonth(next, opts.today)) continue;
    out.push({ contact, next, status: status(next, opts.today), rank: 0 });
  }
  const sort = opts.month ? 'next' : (opts.sort ?? 'name');
  const rank = nameRanks(out, intl(Intl.Collator, undefined, { sensitivity: 'base', numeric: true }), contacts.length);
  // Undated rows go last in date sorts; ties fall back to the name.
  for (const row of out) row.rank = rank.get(row.contact.name)!;
  const byName = (a: Row, b: Row) => a.rank - b.rank;
  if (sort === 'name') out.sort(byName);
  else if (sort === 'next') out.sort((a, b) => cmpDate(a.next, b.next) || byName(a, b));
  else out.sort((a, b) => cmpDate(b.contact.lastContact, a.contact.lastContact, true) || byName(a, b));
  return out;
}

/**
 * Each name's place in collation order. Collator comparisons were most of a 10,000-contact sort, and
 * an update changes one name: names seen before keep a sorted list per collator, new ones are
 * binary-inserted (log n comparisons each), and sorting compares integers.
 */
function nameRanks(list: readonly Row[], collator: Intl.Collator, total: number): Map<string, number> {
  let known = sortedNames.get(collator);
  if (!known || known.names.length > 2 * total + 1000) {
    known = { names: [], rank: new Map() };
    sortedNames.set(collator, known);
  }
  const fresh = new Set<string>();
  for (const { contact } of list) if (!known.rank.has(contact.name)) fresh.add(contact.name);
  if (!fresh.size) return known.rank;
  const { names } = known;
  if (fresh.size > 64) {
    names.push(...fresh);
    names.sort(collator.compare);
  } else {
    for (const name of fresh) {
      let lo = 0;
      let hi = names.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (collator.compare(names[mid], name) <= 0) lo = mid + 1;
        else hi = mid;
      }
      names.splice(lo, 0, name);
    }
  }
  names.forEach((name, i) => known.rank.set(name, i));
  return known.rank;
}
const sortedNames = new WeakMap<Intl.Collator, { names: string[]; rank: Map<string, number> }>();

function cmpDate(a: string | undefined, b: string | undefined, missingLast = false): number {
  if (a === b) return 0;
  if (!a) return missingLast ? -1 : 1;
  if (!b) return missingLast ? 1 : -1;
  return a < b ? -1 : 1;
}
