import { createContext } from '@lit/context';
import { isISODate } from './dates.js';
import { describeElement, warnOnce } from './warn.js';
import type { Task } from './tasks/tasks.js';

/** The intern's profile, shared by `<internship-wrap-up>` with every widget inside it. */
export interface Profile {
  internName?: string;
  /** The intern's own e-mail: the supervisor's written answers are sent back to it. */
  internEmail?: string;
  company?: string;
  supervisor?: string;
  supervisorEmail?: string;
  /** How to greet the supervisor ("Sara", "عبد الله"); when empty, derived from `supervisor` by `greetingName()`. */
  supervisorGreeting?: string;
  role?: string;
  /** `YYYY-MM-DD` */
  startDate?: string;
  /** `YYYY-MM-DD`: the last day of the internship. */
  endDate?: string;
  /** The weekend days, e.g. `fri sat` or `5 6` (ISO: 1 = Monday … 7 = Sunday); when empty, the locale's. */
  weekend?: string;
  /** BCP 47 tag; wins over the page's `lang`. */
  locale?: string;
}

/** An element's profile attributes (`intern-name`, `company`… with `role` read as `internRole`). */
export interface ProfileAttributes extends Omit<Profile, 'role' | 'locale'> {
  internRole?: string;
}

/**
 * The profile an element shows: its own attributes over what the kit's context provides. A date that is
 * not `YYYY-MM-DD` is reported once and ignored (the context's is used).
 */
export function profileOf(el: Element & ProfileAttributes, ctx: Profile = {}): Profile {
  const date = (value: string | undefined, attribute: string): string | undefined => {
    if (!value) return undefined;
    if (isISODate(value)) return value;
    warnOnce(el, `core:attr:${attribute}`, `${describeElement(el)}: ${attribute}="${value}" is not a date as YYYY-MM-DD; it is ignored.`);
    return undefined;
  };
  return {
    internName: el.internName || ctx.internName,
    internEmail: el.internEmail || ctx.internEmail,
    company: el.company || ctx.company,
    supervisor: el.supervisor || ctx.supervisor,
    supervisorEmail: el.supervisorEmail || ctx.supervisorEmail,
    supervisorGreeting: el.supervisorGreeting || ctx.supervisorGreeting,
    role: el.internRole || ctx.role,
    startDate: date(el.startDate, 'start-date') ?? (isISODate(ctx.startDate) ? ctx.startDate : undefined),
    endDate: date(el.endDate, 'end-date') ?? (isISODate(ctx.endDate) ? ctx.endDate : undefined),
    weekend: el.weekend || ctx.weekend,
    locale: ctx.locale,
  };
}

export const PROFILE_FIELDS = ['internName', 'internEmail', 'company', 'supervisor', 'supervisorEmail', 'supervisorGreeting', 'role', 'startDate', 'endDate', 'weekend', 'locale'] as const;

/**
 * `Symbol.for` so two copies of the library on one page (or a host's own provider) still match.
 */
export const profileContext = createContext<Profile>(Symbol.for('strong-finish/profile'));

/**
 * What the kit shares between widgets for the closed loop: each widget's latest `value` by slot
 * (`checklist`, `feedback`, `thanks`, `reflection`, `planner`, `contacts`) and requests to act on
 * another widget (such as adding people to keep-in-touch, or ticking a task of the kit's list).
 */
export interface Kit {
  readonly data: Readonly<Record<string, unknown>>;
  /**
   * The kit's one task list (checklist items, planner milestones, feedback next steps, follow-ups
   * due before the last day), one id space. Tick one with `request('tick', { id, done })`.
   */
  readonly tasks?: readonly Task[];
  /** `edited`: a user edit or a host assignment (saved), not data that was just loaded (not saved again). */
  publish(slot: string, value: unknown, edited?: boolean): void;
  /** Returns true when the kit handled the request. */
  request(action: string, payload: unknown): boolean;
  /**
   * A step that received this context (rendered by the kit or placed by the host in its slot) asks to be
   * the kit's: the kit gives it its storage, storage key, adapter, theme, `embedded` and host options,
   * before the step reads any stored data. False: not yet (the kit has not applied its own properties
   * yet); the kit updates the step once it has.
   */
  adopt?(el: HTMLElement): boolean;
}

export const kitContext = createContext<Kit>(Symbol.for('strong-finish/kit'));
