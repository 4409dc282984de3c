/**
 * Hand-offs between the kit's steps that are not tasks: people thanked become contacts to keep in
 * touch with, and a note that was sent logs a contact. Pure over the steps' published values.
 */
type Bag = Record<string, unknown>;
const bag = (v: unknown): Bag => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Bag) : {});
const list = (v: unknown): Bag[] => (Array.isArray(v) ? v.filter((x): x is Bag => typeof x === 'object' && x !== null) : []);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** People on the thank-you list (with a name) not handed to keep-in-touch before, by their thank-you id. */
export function newlyThanked(thanks: unknown, offered: readonly string[]): Bag[] {
  const done = new Set(offered);
  return list(bag(thanks).people).filter((p) => str(p.name) && typeof p.id === 'string' && !done.has(p.id));
}

/** Keep-in-touch's channel for a thank-you note's channel. */
export const contactChannel = (thanksChannel: unknown): string => (thanksChannel === 'linkedin' ? 'linkedin' : thanksChannel === 'card' ? 'other' : 'email');

const sameKey = (a: Bag, b: Bag) => {
  const ea = str(a.email).toLowerCase();
  const eb = str(b.email).toLowerCase();
  return ea && eb ? ea === eb : str(a.name).toLowerCase() === str(b.name).toLowerCase();
};

/**
 * Logs a contact with a thanked person (matched by e-mail, else name) on `date`, once a day per
 * channel. Returns keep-in-touch's new value, or undefined when nothing changes.
 */
export function logThanks(contacts: unknown, person: Bag, date: string, channel: string): Bag | undefined {
  const value = bag(contacts);
  const all = list(value.contacts);
  const c = all.find((x) => sameKey(x, person));
  if (!c) return undefined;
  const log = list(c.log);
  if (log.some((e) => e.date === date && e.channel === channel)) return undefined;
  const last = str(c.lastContact);
  const next = { ...c, lastContact: last > date ? last : date, log: [...log, { date, channel }] };
  return { ...value, contacts: all.map((x) => (x === c ? next : x)) };
}

/** What a thank-you note thanks the person for: the detail that quotes best, without its final punctuation. */
export function thankedFor(person: Bag): string | undefined {
  const s = bag(person.specifics);
  for (const key of ['forward', 'learned', 'project', 'moment']) {
    const v = str(s[key]).replace(/[\s.!…;:,،]+$/u, '');
    if (v) return v;
  }
  return undefined;
}

/** Keeps each thanked contact's `thanked` in step with their note. Returns keep-in-touch's new value, or undefined. */
export function syncThanked(contacts: unknown, people: readonly Bag[]): Bag | undefined {
  const value = bag(contacts);
  let changed = false;
  const next = list(value.contacts).map((c) => {
    const person = people.find((p) => sameKey(c, p));
    const thanked = person && thankedFor(person);
    if (!thanked || c.thanked === thanked) return c;
    changed = true;
    return { ...c, thanked };
  });
  return changed ? { ...value, contacts: next } : undefined;
}
