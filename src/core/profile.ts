import { createContext } from '@lit/context';
import type { Task } from './tasks/tasks.js';

/** The intern's profile, shared by `<internship-wrap-up>` with every widget inside it. */
export interface Profile {
  internName?: string;
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

export const PROFILE_FIELDS = ['internName', 'company', 'supervisor', 'supervisorEmail', 'supervisorGreeting', 'role', 'startDate', 'endDate', 'weekend', 'locale'] as const;

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
}

export const kitContext = createContext<Kit>(Symbol.for('strong-finish/kit'));
