import type { Form, Kind, Register } from '../core/address.js';

/** What a note thanked someone for: a lesson or a project read differently in a follow-up. */
export type ThankedAs = 'project' | 'learned' | 'moment' | 'forward';

/** How the intern kept in touch. */
export const CHANNELS = ['email', 'linkedin', 'call', 'coffee', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * How often to follow up: `week-after` (a week after the last day, then monthly), `monthly`,
 * `quarterly`, `twice-a-year`, or `custom:<days>` (every N days, 1–3650).
 */
export type Cadence = 'week-after' | 'monthly' | 'quarterly' | 'twice-a-year' | `custom:${number}`;

export interface LogEntry {
  /** `YYYY-MM-DD` */
  date: string;
  channel: Channel;
  note?: string;
  /** `YYYY-MM-DD`: the follow-up this contact answered, when it was ticked in the kit's task list. */
  followUp?: string;
  /** `YYYY-MM-DD`: the last contact before it (what unticking that follow-up gives back). */
  previous?: string;
}

export interface Contact {
  id: string;
  name: string;
  /** How to greet them in messages ("Sara" for "Dr. Sara Ali"); derived from `name` when empty. */
  greeting?: string;
  role?: string;
  team?: string;
  email?: string;
  /** Shown as a link only when it is an http(s) URL (a bare `linkedin.com/in/…` gains https). */
  linkedin?: string;
  /** How you know them. */
  how?: string;
  notes?: string;
  tags: string[];
  cadence: Cadence;
  /** `YYYY-MM-DD`: the last time you were in touch (logging a contact sets it). */
  lastContact?: string;
  /** What the intern thanked them for (from the kit's thank-you note); templates quote it as {thanks}. */
  thanked?: string;
  /** Which detail of the note `thanked` is: a project reads differently from a lesson. */
  thankedAs?: ThankedAs;
  /** How to address them (docs/internals/address.md): title, gender for agreement, register, person or team. */
  title?: string;
  form?: Form;
  register?: Register;
  kind?: Kind;
  log: LogEntry[];
  /** Follow the cadence of the contact's tags (the first tag that has one) instead of `cadence`. */
  inherit?: true;
  /** `YYYY-MM-DD`: a due follow-up put off until this day (logging a contact clears it). */
  snoozedUntil?: string;
  /** What to ask them next time, shown when writing to them. */
  askNext?: string;
  /** Where a reference request stands: asked, agreed or declined. */
  reference?: 'asked' | 'agreed' | 'declined';
  /**
   * The kit step this contact was handed over from by the kit itself (the thank-you list, a supervisor
   * who agreed to be a reference), not added by the intern: it does not count as contact details she
   * collected until she saves it in the form (which writes it without `via`).
   */
  via?: Via;
}

/** Kit steps that hand people over to Keep in touch on their own. */
export const VIAS = ['thanks', 'feedback'] as const;
export type Via = (typeof VIAS)[number];

/** A role the intern is applying for, for reference briefs and reminders. */
export interface Application {
  id: string;
  role: string;
  company?: string;
  /** `YYYY-MM-DD` */
  deadline?: string;
}

/** A cadence for everyone with a tag ("every mentor monthly"). */
export interface TagCadence {
  tag: string;
  cadence: Cadence;
}

export interface KeepInTouchValue {
  contacts: Contact[];
  /** Cadences by tag, inherited by contacts that follow their tags. */
  tagCadences?: TagCadence[];
  /** The roles the intern is applying for (for reference briefs). */
  applications?: Application[];
  /** Reference reminders ticked in the kit's task list (`ref-<contact>-<application>`, their calendar UIDs). */
  remindersDone?: string[];
}

/** What `addContacts()` accepts (the kit passes people from the thank-you composer). */
export interface NewPerson {
  name: string;
  greeting?: string;
  email?: string;
  linkedin?: string;
  role?: string;
  how?: string;
  /** Tags to add (to a person already in the list too: "reference" once they agreed). */
  tags?: string[];
  /** Where a reference request stands (set on a person already in the list too). */
  reference?: 'asked' | 'agreed' | 'declined';
  /** What the intern thanked them for. */
  thanked?: string;
  thankedAs?: ThankedAs;
  title?: string;
  form?: Form;
  register?: Register;
  kind?: Kind;
  /** Set by the kit when it hands a person over by itself (not at the intern's request). */
  via?: Via;
}
