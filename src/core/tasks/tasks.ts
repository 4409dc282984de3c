/**
 * The kit's one task list. Every dated to-do of the kit (checklist items, planner milestones, feedback
 * next steps, follow-ups due before the last day) becomes a `Task` with an id `<source>:<ref>`, so the
 * checklist, the planner, the overview and the calendar talk about the same things. Pure and defensive:
 * it reads the kit's data (each step's published `value`, keyed by slot), whatever shape arrives.
 */
import { addDays, isISODate, nextWorkingDay, suggestedDate, type Weekend } from '../dates.js';
import { daysOff, workday } from '../holidays.js';
import { SAME_TASK, textId } from './ids.js';

export { SAME_TASK, textId };

export type TaskSource = 'checklist' | 'planner' | 'feedback' | 'contacts';

export interface Task {
  /**
   * One id space for the kit: `checklist:handover`, `planner:m-12`, `feedback:a-3`, a follow-up with a
   * contact due on a day `contacts:c-1@2026-12-08`, a reference reminder `contacts:ref:c-1:a-2`.
   */
  id: string;
  /** The step that owns the task (where ticking it is stored). */
  source: TaskSource;
  /** Other steps that listed the same task (merged duplicates of the default content). */
  also?: TaskSource[];
  /** A checklist section (`evaluate`, `feedback`, `gratitude`, `reflect`, `finish`, `keep-in-touch`). */
  section: string;
  text: string;
  /** `YYYY-MM-DD` */
  due?: string;
  done: boolean;
  /** The intern's own task (not default content): what a résumé bullet can draw on. */
  custom?: true;
}

export interface TaskOptions {
  /** The last day (`YYYY-MM-DD`) that relative dates count from. */
  lastDay?: string;
  /** Days off that a planner milestone's suggested date steps around. */
  holidays?: readonly string[];
  /** The kit's locale: its public holidays are days off for every suggested date and reminder (8 December in es-ES). */
  locale?: string;
  /** The weekend suggested dates step around (`weekendOf`: the host's, else the locale's); Saturday–Sunday when absent. */
  weekend?: Weekend;
  /** A contact's next follow-up date (keep-in-touch's rule, injected so the core stays element-free). */
  followUp?: (contact: { cadence: string; lastContact?: string }, lastDay?: string) => string | undefined;
  /** The text of a follow-up task, in the kit's language; `contact` is the stored record (its title, form, kind). */
  followUpText?: (name: string, contact: Readonly<Record<string, unknown>>) => string;
  /** The text of a reference reminder ("Remind Jordan: reference for Data analyst"), in the kit's language. */
  referenceText?: (name: string, role: string, contact: Readonly<Record<string, unknown>>) => string;
}

type Bag = Record<string, unknown>;
const bag = (v: unknown): Bag => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Bag) : {});
const items = (v: unknown): Bag[] => (Array.isArray(v) ? v.filter((x): x is Bag => typeof x === 'object' && x !== null) : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const date = (v: unknown): string | undefined => (isISODate(v) ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Where each default milestone sits among the checklist's sections (the seed's order). */
const MILESTONE_SECTION: Readonly<Record<string, string>> = {
  confirm: 'finish',
  handover: 'finish',
  talk: 'feedback',
  share: 'finish',
  thanks: 'gratitude',
  goodbye: 'finish',
  follow: 'keep-in-touch',
};

/**
 * A planner milestone's date, as the planner shows it (its `dateOf`): its own, else the last day itself
 * for offset 0, else its offset from the last day moved off the weekend, holidays, 25 December and
 * 1 January (`suggestedDate`).
 */
export function milestoneDate(m: Bag, lastDay?: string, holidays?: Iterable<string>, weekend?: Weekend): string | undefined {
  const own = date(m.date);
  if (own) return own;
  const offset = num(m.offset);
  if (!lastDay || offset === undefined) return undefined;
  return offset === 0 ? lastDay : suggestedDate(lastDay, offset, holidays, weekend);
}

/**
 * A checklist item's date, as the checklist shows it: its own, else its offset from the last day on a
 * working day, moved to the first visit when that was later (see the checklist's `dueOf`).
 */
export function itemDate(i: Bag, lastDay?: string, firstVisit?: string, weekend?: Weekend, holidays: Iterable<string> = []): string | undefined {
  const own = date(i.due);
  if (own) return own;
  const offset = num(i.offsetDays);
  if (!lastDay || offset === undefined) return undefined;
  const suggested = suggestedDate(lastDay, offset, holidays, weekend);
  return firstVisit && suggested < firstVisit ? nextWorkingDay(firstVisit, holidays, weekend) : suggested;
}

/** Pairs of (milestone id, checklist id) that are one task in this data (both still exist). */
function pairs(data: Bag): Array<[string, string]> {
  const checklist = new Set(items(bag(data.checklist).items).map((i) => i.id));
  return items(bag(data.planner).milestones)
    .map((m) => m.id)
    .filter((id): id is string => typeof id === 'string' && id in SAME_TASK && checklist.has(SAME_TASK[id]))
    .map((id) => [id, SAME_TASK[id]]);
}


/** The feedback step's next steps, old saved strings included. */
export function feedbackSteps(feedback: unknown): Bag[] {
  const actions = bag(feedback).actions;
  return Array.isArray(actions) ? actions.map((a) => (typeof a === 'string' ? { id: textId(a), text: a } : bag(a))).filter((a) => str(a.text)) : [];
}

/** Every task of the kit, grouped in the checklist's section order (each section: checklist first, then by date). */
export function collectTasks(data: unknown, options: TaskOptions = {}): Task[] {
  const d = bag(data);
  const { lastDay, weekend } = options;
  // The checklist's items step around the locale's public holidays, the planner's milestones around those and the listed days off.
  const publicDays = options.locale ? daysOff(options.locale) : [];
  const holidays = options.locale ? daysOff(options.locale, options.holidays ?? []) : options.holidays;
  const out: Task[] = [];
  const merged = new Map(pairs(d).map(([m, c]) => [c, m]));
  const milestones = new Map(items(bag(d.planner).milestones).map((m) => [m.id, m]));
  const sections: string[] = [];
  for (const i of items(bag(d.checklist).items)) {
    const id = str(i.id);
    const text = str(i.text);
    // An item the programme dropped (issue #30) is kept for her, not a task.
    if (!id || !text || i.retired === true) continue;
    const section = str(i.section) ?? 'finish';
    if (!sections.includes(section)) sections.push(section);
    const twin = merged.has(id) ? milestones.get(merged.get(id)) : undefined;
    const due = itemDate(i, lastDay, date(bag(d.checklist).firstVisit), weekend, publicDays) ?? (twin ? milestoneDate(twin, lastDay, holidays, weekend) : undefined);
    out.push({ id: `checklist:${id}`, source: 'checklist', ...(twin ? { also: ['planner' as TaskSource] } : {}), section, text, ...(due ? { due } : {}), done: i.done === true || twin?.done === true, ...(i.custom === true ? { custom: true as const } : {}) });
  }
  const twins = new Set(merged.values());
  for (const m of milestones.values()) {
    const id = str(m.id);
    const text = str(m.text);
    if (!id || !text || twins.has(id) || m.retired === true) continue;
    const due = milestoneDate(m, lastDay, holidays, weekend);
    // The intern's own milestones have a date and no offset from the last day.
    const custom = num(m.offset) === undefined && !(id in MILESTONE_SECTION);
    out.push({ id: `planner:${id}`, source: 'planner', section: MILESTONE_SECTION[id] ?? 'finish', text, ...(due ? { due } : {}), done: m.done === true, ...(custom ? { custom: true as const } : {}) });
  }
  for (const a of feedbackSteps(d.feedback)) {
    const due = date(a.due);
    out.push({ id: `feedback:${String(a.id)}`, source: 'feedback', section: 'feedback', text: String(a.text), ...(due ? { due } : {}), done: a.done === true, custom: true });
  }
  const contacts = bag(d.contacts);
  if (options.followUp && lastDay) {
    for (const c of items(contacts.contacts)) {
      const name = str(c.name);
      const cadence = str(c.cadence);
      if (!name || !cadence || !str(c.id)) continue;
      const text = options.followUpText?.(name, c) ?? name;
      // Follow-ups ticked in the kit stay on the list, done, on their date (unticking one takes its contact back).
      const ticked = new Set<string>();
      for (const e of items(c.log)) {
        const day = date(e.followUp);
        if (!day || day > lastDay || ticked.has(day)) continue;
        ticked.add(day);
        out.push({ id: followUpId(String(c.id), day), source: 'contacts', section: 'keep-in-touch', text, due: day, done: true });
      }
      const due = options.followUp({ cadence, lastContact: date(c.lastContact) }, lastDay);
      if (!due || due > lastDay || ticked.has(due)) continue;
      out.push({ id: followUpId(String(c.id), due), source: 'contacts', section: 'keep-in-touch', text, due, done: false });
    }
  }
  // A reminder one week before each application deadline, for everyone who agreed to be a reference.
  const reminded = new Set(Array.isArray(contacts.remindersDone) ? contacts.remindersDone : []);
  for (const c of items(contacts.contacts)) {
    const name = str(c.name);
    if (c.reference !== 'agreed' || !name || !str(c.id)) continue;
    for (const a of items(contacts.applications)) {
      const role = str(a.role);
      if (!role || !str(a.id) || !isISODate(a.deadline)) continue;
      const id = String(c.id);
      out.push({ id: `contacts:ref:${id}:${String(a.id)}`, source: 'contacts', section: 'keep-in-touch', text: options.referenceText?.(name, role, c) ?? `${name}: ${role}`, due: holidays instanceof Set ? workday(addDays(a.deadline, -7), holidays, weekend ?? [6, 0], -1) : addDays(a.deadline, -7), done: reminded.has(reminderId(id, String(a.id))) });
    }
  }
  // The seed's section order, then each section's own order: checklist items as listed, the rest by date.
  const order = [...new Set([...sections, 'evaluate', 'feedback', 'gratitude', 'reflect', 'finish', 'keep-in-touch'])];
  const rank = (t: Task) => order.indexOf(t.section) * 2 + (t.source === 'checklist' ? 0 : 1);
  return out
    .map((t, i) => ({ t, i }))
    .sort((a, b) => rank(a.t) - rank(b.t) || (a.t.source === 'checklist' ? 0 : (a.t.due ?? '9999').localeCompare(b.t.due ?? '9999')) || a.i - b.i)
    .map((x) => x.t);
}

/** A follow-up with a contact due on a day. */
const followUpId = (contactId: string, day: string) => `contacts:${contactId}@${day}`;

/** A reference reminder as keep-in-touch knows it (its calendar's UID, its `remindersDone` entries). */
export const reminderId = (contactId: string, applicationId: string) => `ref-${contactId}-${applicationId}`;

/** What a change does to the kit's data: the new value of each step that changes. */
export type Patch = Partial<Record<TaskSource, Bag>>;

function withDone(list: Bag[], id: string, done: boolean): Bag[] {
  return list.map((x) => (x.id === id ? { ...x, done } : x));
}

/**
 * Ticks or unticks a task everywhere it appears. Ticking a follow-up logs a contact today, marked with
 * the follow-up's date (the next follow-up then counts from today); unticking it removes that contact
 * and gives back the last contact it replaced. A reference reminder is ticked in keep-in-touch's
 * `remindersDone`. Returns the new values of the steps that change.
 */
export function setTaskDone(data: unknown, id: string, done: boolean, today: string): Patch {
  const d = bag(data);
  const [source, ...rest] = id.split(':');
  const ref = rest.join(':');
  const patch: Patch = {};
  const checklist = bag(d.checklist);
  const planner = bag(d.planner);
  if (source === 'checklist' || source === 'planner') {
    const pair = pairs(d).find(([m, c]) => (source === 'planner' ? m : c) === ref);
    const checklistId = source === 'checklist' ? ref : pair?.[1];
    const milestoneId = source === 'planner' ? ref : pair?.[0];
    if (checklistId && items(checklist.items).some((i) => i.id === checklistId)) patch.checklist = { ...checklist, items: withDone(items(checklist.items), checklistId, done) };
    if (milestoneId && items(planner.milestones).some((m) => m.id === milestoneId)) patch.planner = { ...planner, milestones: withDone(items(planner.milestones), milestoneId, done) };
  } else if (source === 'feedback') {
    const feedback = bag(d.feedback);
    const steps = feedbackSteps(feedback);
    if (steps.some((a) => String(a.id) === ref)) patch.feedback = { ...feedback, actions: steps.map((a) => (String(a.id) === ref ? { ...a, done } : a)) };
  } else if (source === 'contacts') {
    const contacts = bag(d.contacts);
    const list = items(contacts.contacts);
    const reference = /^ref:(.+):([^:]+)$/.exec(ref);
    if (reference) {
      const [, contactId, applicationId] = reference;
      if (!list.some((c) => c.id === contactId) || !items(contacts.applications).some((a) => a.id === applicationId)) return patch;
      const key = reminderId(contactId, applicationId);
      const before = Array.isArray(contacts.remindersDone) ? (contacts.remindersDone as unknown[]).filter((x) => x !== key) : [];
      const remindersDone = done ? [...before, key] : before;
      const next: Bag = { ...contacts, remindersDone };
      if (!remindersDone.length) delete next.remindersDone;
      patch.contacts = next;
      return patch;
    }
    // `c-1@2026-12-08` (a follow-up due that day), or a bare contact id (its open follow-up).
    const at = ref.lastIndexOf('@');
    const [contactId, day] = at > 0 && isISODate(ref.slice(at + 1)) ? [ref.slice(0, at), ref.slice(at + 1)] : [ref, undefined];
    const c = list.find((x) => x.id === contactId);
    if (!c) return patch;
    const log = items(c.log);
    let next: Bag | undefined;
    if (done && !(day && log.some((e) => e.followUp === day))) {
      const last = date(c.lastContact);
      const entry: Bag = { date: today, channel: 'other', ...(day ? { followUp: day } : {}), ...(day && last ? { previous: last } : {}) };
      next = { ...c, lastContact: today, log: [...log, entry] };
    } else if (!done && day) {
      const entry = log.find((e) => e.followUp === day);
      if (entry) {
        const rest = log.filter((e) => e !== entry);
        // The last contact before this one: what the tick replaced, else the latest left in the log.
        const previous = date(entry.previous) ?? rest.map((e) => date(e.date)).filter((x): x is string => !!x).sort().pop();
        next = { ...c, log: rest };
        if (previous) next.lastContact = previous;
        else delete next.lastContact;
      }
    }
    if (next) patch.contacts = { ...contacts, contacts: list.map((x) => (x === c ? next! : x)) };
  }
  return patch;
}

const doneIn = (v: Bag, key: 'items' | 'milestones', id: string) => items(v[key]).find((x) => x.id === id)?.done === true;

/**
 * Walks the twin pairs whose done states differ and sets the side `pick` names to the other side's
 * state (or leaves the pair when it names none).
 */
function alignTwins(a: Bag, pick: (c: string, m: string, cNow: boolean, mNow: boolean) => 'checklist' | 'planner' | undefined): Patch {
  let checklist = items(bag(a.checklist).items);
  let milestones = items(bag(a.planner).milestones);
  let cChanged = false;
  let pChanged = false;
  for (const [m, c] of pairs(a)) {
    const cNow = doneIn(bag(a.checklist), 'items', c);
    const mNow = doneIn(bag(a.planner), 'milestones', m);
    if (cNow === mNow) continue;
    const side = pick(c, m, cNow, mNow);
    if (side === 'planner') {
      milestones = withDone(milestones, m, cNow);
      pChanged = true;
    } else if (side === 'checklist') {
      checklist = withDone(checklist, c, mNow);
      cChanged = true;
    }
  }
  const patch: Patch = {};
  if (cChanged) patch.checklist = { ...bag(a.checklist), items: checklist };
  if (pChanged) patch.planner = { ...bag(a.planner), milestones };
  return patch;
}

/**
 * When a step shows its data for the first time (it loaded lazily, or read its own storage), a tick made
 * on its twin while it was not there must not be read as "unticked": the pair's done side wins.
 */
export function reconcileTwins(data: unknown): Patch {
  return alignTwins(bag(data), (_c, _m, cNow) => (cNow ? 'planner' : 'checklist'));
}

/**
 * Keeps merged duplicates in step: when one side of a pair changed between `before` and `after`, the
 * other side follows. Returns the new values of the steps that change.
 */
export function syncTwins(before: unknown, after: unknown): Patch {
  const b = bag(before);
  // The side the intern moved sets the other one; when both moved (or neither), the pair is left alone.
  return alignTwins(bag(after), (c, m, cNow, mNow) => {
    const cMoved = cNow !== doneIn(bag(b.checklist), 'items', c);
    const mMoved = mNow !== doneIn(bag(b.planner), 'milestones', m);
    return cMoved && !mMoved ? 'planner' : mMoved && !cMoved ? 'checklist' : undefined;
  });
}
