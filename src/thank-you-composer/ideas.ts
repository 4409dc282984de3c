/**
 * Ideas for one person's thank-you note, from the intern's own words in the kit's other steps: what she
 * noted and took away from that person's feedback talk, her reflection entries, handover projects and
 * the kit's tasks that name them, each cleaned into a clause that reads well inside the note's sentence,
 * and never anything negative or self-critical. Never someone else's words: the supervisor's written
 * answers ("Yes, gladly") are theirs, not a thank-you idea of hers; and never a sentence in another
 * language than the note's.
 */
import { greetingName } from '../core/names.js';
import { writtenIn } from '../core/script.js';
import type { SpecificKey } from './content.js';

export interface Idea {
  /** The clause to insert (no final punctuation: the sentence around it has its own). */
  text: string;
  /** The note's detail it fits. */
  field: SpecificKey;
}

type Bag = Record<string, unknown>;
const bag = (v: unknown): Bag => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Bag) : {});
const list = (v: unknown): Bag[] => (Array.isArray(v) ? v.filter((x): x is Bag => typeof x === 'object' && x !== null) : []);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** Criticism, self-criticism and complaints (English, Spanish, Arabic): such a note would not land. */
const NEGATIVE =
  /\b(not|never|no longer|didn[’']?t|don[’']?t|couldn[’']?t|wasn[’']?t|weren[’']?t|can[’']?t|mistakes?|struggl\w*|bad|poor\w*|wrong|fail\w*|late|slow\w*|weak\w*|should have|improve\w*|criticis\w*|nervous|confus\w*|sloppy|lazy|worse|worst|nunca|errore?s?|mal[oa]?s?|fall[oé]\w*|lent[oa]s?|débil\w*|debería haber|mejorar|tarde|peor)\b|لم |لا |أخطاء|خطأ|ضعف|سيئ|تأخر/iu;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Does the text name this person (their own "how to greet them", their greeting name or full name, as a whole word)? */
export function names(text: string, fullName: string, greeting = ''): boolean {
  const forms = [...new Set([greeting.trim(), greetingName(fullName), fullName.trim()].filter(Boolean))];
  if (!forms.length) return false;
  return new RegExp(`(^|[^\\p{L}])(${forms.map(escape).join('|')})(?![\\p{L}])`, 'iu').test(text);
}

/**
 * A note turned into a clause: its first sentence, without a "Name:" label, without final
 * punctuation, starting in lower case unless it starts with a name or an acronym; undefined when
 * nothing usable (or something negative, or a question) is left.
 */
export function toClause(raw: string, personName = '', lower = true, greeting = ''): string | undefined {
  let s = raw.replace(/\s+/g, ' ').trim();
  const first = personName ? greetingName(personName) : '';
  for (const label of [personName.trim(), greeting.trim(), first].filter(Boolean)) {
    s = s.replace(new RegExp(`^${escape(label)}\\s*[:–—-]\\s*`, 'iu'), '');
  }
  s = s.split(/(?<=[.!?…])\s+/u)[0] ?? '';
  if (/[?？؟]\s*$/u.test(s)) return undefined;
  s = s.replace(/[\s.!…;:,،؛]+$/u, '').trim();
  if (!s || NEGATIVE.test(s)) return undefined;
  const [word] = s.split(' ');
  const keepCase = word === 'I' || word.length > 1 && word === word.toUpperCase() || [first, greeting.trim()].some((n) => n && word.toLowerCase() === n.toLowerCase());
  return keepCase || !lower ? s : s.charAt(0).toLocaleLowerCase() + s.slice(1);
}

/** A task of the kit's list, as far as ideas need it. */
export interface IdeaTask {
  text: string;
  source?: string;
}

export interface IdeaOptions {
  /** The kit's one task list: a task that names the person ("Send Jordan the handover doc") is something done with them. */
  tasks?: readonly IdeaTask[];
  /**
   * Names a task's text as a task in the note's language ("the “…” task", "la tarea «…»", "مهمة «…»"):
   * a to-do's title is an imperative ("Send Jordan the handover doc"), which quoted alone read as an
   * order inside the note ("Working with you on “Send Jordan the handover doc”…"); named as a task, it is
   * a noun phrase that fits every tone's project sentence.
   */
  quote?: (text: string) => string;
  /** The note's language (`es`, `ar`): a sentence written in another script is not offered. */
  locale?: string;
}

/**
 * Ideas for one person. `feedbackWith` is who the feedback talk was with (the talk's "With", else the
 * supervisor): only they get the talk's answers and takeaways.
 */
export function ideasFor(person: { name: string; greeting?: string; relationship?: string }, kitData: unknown, feedbackWith = '', options: IdeaOptions = {}): Idea[] {
  const d = bag(kitData);
  const out: Idea[] = [];
  const seen = new Set<string>();
  const add = (raw: unknown, field: SpecificKey) => {
    // A project's name stays as the intern wrote it (it is a title, not the start of a sentence).
    const text = toClause(str(raw), person.name, field !== 'project', person.greeting);
    // A project's name is a title, kept in whatever language it has; a sentence must be in the note's.
    if (text && field !== 'project' && options.locale && !writtenIn(text, options.locale)) return;
    if (text && !seen.has(text.toLowerCase())) {
      seen.add(text.toLowerCase());
      out.push({ text, field });
    }
  };
  const talkWith = str(bag(bag(d.feedback).meeting).with) || feedbackWith;
  const isTalkPerson = talkWith ? greetingName(talkWith).toLowerCase() === greetingName(person.name).toLowerCase() || talkWith.trim() === person.name.trim() : person.relationship === 'supervisor';
  if (isTalkPerson) {
    for (const q of list(bag(d.feedback).selected)) {
      // Whole sentences go where every tone's template has a colon before them ("Something I’ll carry forward: …").
      add(q.takeaway, 'forward');
      // Her notes from the talk. Not `said`: the supervisor's own written answer is their words, never her text.
      add(q.answer, 'forward');
    }
  }
  for (const e of list(bag(d.reflection).entries)) if (names(str(e.text), person.name, person.greeting)) add(e.text, 'forward');
  for (const p of list(bag(d.planner).projects)) {
    // A project's name is a noun phrase: it fits "Working with you on …" in every tone.
    if (['owner', 'contacts', 'status', 'next'].some((f) => names(str(p[f]), person.name, person.greeting))) add(p.name, 'project');
  }
  const quote = options.quote ?? ((t: string) => `the “${t}” task`);
  for (const task of options.tasks ?? []) {
    // Follow-ups ("Follow up with Jordan") are the kit's own reminders, not something done with them.
    if (task.source === 'contacts' || !names(str(task.text), person.name, person.greeting)) continue;
    const text = toClause(str(task.text), '', false);
    if (text && !seen.has(text.toLowerCase())) {
      seen.add(text.toLowerCase());
      out.push({ text: quote(text), field: 'project' });
    }
  }
  return out.slice(0, 12);
}
