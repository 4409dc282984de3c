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
}

export interface Contact {
  id: string;
  name: string;
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
  log: LogEntry[];
}

export interface KeepInTouchValue {
  contacts: Contact[];
}

/** What `addContacts()` accepts (the kit passes people from the thank-you composer). */
export interface NewPerson {
  name: string;
  email?: string;
  linkedin?: string;
  role?: string;
  how?: string;
  /** What the intern thanked them for. */
  thanked?: string;
}
