/**
 * What the kit already knows is done: default checklist items that the intern's own work in other
 * steps shows as done. Each inference says why (`Inference`), so the tick is explained where it shows.
 * The rules count only what the intern did: not what the kit did for her (a contact it handed over from
 * the thank-you list, a log entry it wrote), not empty shells (a project with no handover note).
 * Applied by the kit as soon as any step changes, once per item (never re-ticked after the intern
 * unticks it), so the checklist, the planner and the overview agree at once.
 */
import { SAME_TASK } from './ids.js';
import type { Patch } from './tasks.js';

type Bag = Record<string, unknown>;

const get = (o: unknown, key: string): unknown => (typeof o === 'object' && o !== null ? (o as Bag)[key] : undefined);
const nonEmpty = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const list = (v: unknown): Bag[] => (Array.isArray(v) ? v.filter((x): x is Bag => typeof x === 'object' && x !== null) : []);
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Why an item was ticked: the evidence in the intern's own data, counted. */
export type Inference =
  /** Her note to the supervisor (a person on the thank-you list marked "Supervisor") is sent. */
  | { id: 'thank-supervisor'; rule: 'supervisor-note'; name: string }
  /** Notes sent (people and the team note, `n` in all), at least one of them to someone who is not the supervisor or to the team. */
  | { id: 'thank-team'; rule: 'notes-sent'; n: number }
  /** The feedback talk has a date she set. */
  | { id: 'schedule-feedback'; rule: 'talk-date'; date: string }
  /** Every project she listed in the handover has a name and at least one handover detail (`n` projects). */
  | { id: 'handover'; rule: 'handover-notes'; n: number }
  /** Contacts she saved herself in Keep in touch with a way to reach them (`n` people). */
  | { id: 'collect-contacts'; rule: 'contacts-saved'; n: number }
  /** Parts of the reflection she wrote (the one-sentence summary and each answered prompt). */
  | { id: 'write-reflection'; rule: 'reflection-written'; n: number };

/** What a handover note says about a project (the planner's `PROJECT_FIELDS`); a deadline alone is not a note. */
const HANDOVER_FIELDS = ['status', 'next', 'files', 'access', 'owner', 'contacts'] as const;

/**
 * A contact the kit added by itself (handed over from the thank-you list, or a supervisor who agreed to
 * be a reference) carries `via`; once the intern saves it in Keep in touch's form it is hers (the form
 * writes the contact without `via`).
 */
const hers = (c: Bag) => !nonEmpty(c.via);
const reachable = (c: Bag) => nonEmpty(c.email) || nonEmpty(c.linkedin);

/** Every item the kit's data shows as done, with the evidence for it. */
export function inferTicks(kitData: unknown): Inference[] {
  const out: Inference[] = [];
  const thanks = get(kitData, 'thanks');
  const people = list(get(thanks, 'people'));
  const sent = people.filter((p) => p.status === 'sent');
  const supervisor = sent.find((p) => p.relationship === 'supervisor');
  if (supervisor) out.push({ id: 'thank-supervisor', rule: 'supervisor-note', name: typeof supervisor.name === 'string' ? supervisor.name.trim() : '' });

  const teamSent = get(get(thanks, 'team'), 'status') === 'sent';
  if (teamSent || sent.some((p) => p.relationship !== 'supervisor')) out.push({ id: 'thank-team', rule: 'notes-sent', n: sent.length + (teamSent ? 1 : 0) });

  const talk = get(get(get(kitData, 'feedback'), 'meeting'), 'date');
  if (typeof talk === 'string' && ISO.test(talk)) out.push({ id: 'schedule-feedback', rule: 'talk-date', date: talk });

  // A project row nobody typed in is not a project; one with only a name has no handover note yet.
  const projects = list(get(get(kitData, 'planner'), 'projects')).filter((p) => ['name', 'deadline', ...HANDOVER_FIELDS].some((f) => nonEmpty(p[f])));
  if (projects.length && projects.every((p) => nonEmpty(p.name) && HANDOVER_FIELDS.some((f) => nonEmpty(p[f])))) {
    out.push({ id: 'handover', rule: 'handover-notes', n: projects.length });
  }

  const contacts = list(get(get(kitData, 'contacts'), 'contacts')).filter((c) => hers(c) && reachable(c));
  if (contacts.length) out.push({ id: 'collect-contacts', rule: 'contacts-saved', n: contacts.length });

  const reflection = get(kitData, 'reflection');
  const written = (nonEmpty(get(reflection, 'summary')) ? 1 : 0) + list(get(reflection, 'entries')).filter((e) => nonEmpty(e.text)).length;
  if (written) out.push({ id: 'write-reflection', rule: 'reflection-written', n: written });
  return out;
}

/** Ids of default checklist items that the kit's data shows as done. */
export function autoTicks(kitData: unknown): string[] {
  return inferTicks(kitData).map((i) => i.id);
}

/**
 * Why the kit ticked a checklist item, when it did (the item is in the checklist's `auto` list) and the
 * evidence is still there; undefined otherwise.
 */
export function autoReason(kitData: unknown, id: string): Inference | undefined {
  const auto = get(get(kitData, 'checklist'), 'auto');
  if (!Array.isArray(auto) || !auto.includes(id)) return undefined;
  return inferTicks(kitData).find((i) => i.id === id);
}

/**
 * Ticks, in the checklist (and in the planner for the same task), what `autoTicks` finds and the
 * checklist has not ticked for the intern before; records them in the checklist's `auto` list.
 */
export function applyAutoTicks(kitData: unknown): Patch {
  const checklist = get(kitData, 'checklist') as Bag | undefined;
  if (!checklist || !Array.isArray(checklist.items)) return {};
  const before = new Set(Array.isArray(checklist.auto) ? (checklist.auto as string[]) : []);
  const ids = new Set(list(checklist.items).map((i) => i.id));
  const fresh = autoTicks(kitData).filter((id) => !before.has(id) && ids.has(id));
  if (!fresh.length) return {};
  const tick = new Set(fresh);
  const patch: Patch = {
    checklist: { ...checklist, items: list(checklist.items).map((i) => (tick.has(i.id as string) && i.done !== true ? { ...i, done: true } : i)), auto: [...before, ...fresh] },
  };
  const planner = get(kitData, 'planner') as Bag | undefined;
  const milestones = list(planner?.milestones);
  if (milestones.some((m) => tick.has(SAME_TASK[m.id as string]) && m.done !== true)) {
    patch.planner = { ...planner, milestones: milestones.map((m) => (tick.has(SAME_TASK[m.id as string]) ? { ...m, done: true } : m)) };
  }
  return patch;
}
