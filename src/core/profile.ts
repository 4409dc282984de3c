import { createContext } from '@lit/context';
import type { Task } from './tasks/tasks.js';

/** The intern's profile, shared by `<internship-wrap-up>` with every widget inside it. */
export interface Profile {
  internName?: string;
  company?: string;
  supervisor?: string;
  supervisorEmail?: string;
  role?: string;
  /** `YYYY-MM-DD` */
  startDate?: string;
  /** `YYYY-MM-DD`: the last day of the internship. */
  endDate?: string;
  /** BCP 47 tag; wins over the page's `lang`. */
  locale?: string;
}

export const PROFILE_FIELDS = ['internName', 'company', 'supervisor', 'supervisorEmail', 'role', 'startDate', 'endDate', 'locale'] as const;

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
  publish(slot: string, value: unknown): void;
  /** Returns true when the kit handled the request. */
  request(action: string, payload: unknown): boolean;
}

export const kitContext = createContext<Kit>(Symbol.for('strong-finish/kit'));
