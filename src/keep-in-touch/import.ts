import { isISODate } from '../core/dates.js';
import { isEmail } from '../core/formats/mailto.js';
import { parseCSV } from '../core/formats/csv.js';
import { personKey, isCadence } from './schedule.js';
import type { Contact } from './types.js';

/** The contact fields a CSV column can fill. */
export const FIELDS = ['name', 'email', 'linkedin', 'role', 'team', 'how', 'notes', 'tags', 'cadence', 'lastContact', 'greeting'] as const;
export type Field = (typeof FIELDS)[number];
/** A column's target field, or '' to skip the column. */
export type Mapping = (Field | '')[];

/** A field's column names in the active language and in English (from the same labels the form shows). */
export type ColumnNames = Partial<Record<Field, readonly string[]>>;

// English header names other tools write (lower case, letters only).
const HEADERS: Record<Field, RegExp> = {
  name: /^(full)?name$|^contact(name)?$|^person$/,
  email: /^e?mail(address)?$|^emailaddress$/,
  linkedin: /linkedin|^profile(url)?$|^url$/,
  role: /^(job)?(role|title)$|^position$/,
  team: /^team$|^department$|^company$|^org(anization|anisation)?$/,
  how: /^how(?!togreet)|relationship|^context$|^met$/,
  notes: /^notes?$|^comments?$/,
  tags: /^tags?$|^labels?$|^groups?$/,
  cadence: /^cadence$|^frequency$|^followup$/,
  lastContact: /^last(contact(ed)?|contactdate)?$|^lastcontactdate$/,
  greeting: /^(howtogreet|greeting|greetas|nickname|preferredname|firstname)/,
};

/** "Correo electrónico" → "correoelectronico", "البريد الإلكتروني" → "البريدالإلكتروني": letters and digits, no accents. */
const normalize = (header: string) => header.normalize('NFD').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

export interface Preview {
  header: string[];
  body: string[][];
  mapping: Mapping;
  /** CSV syntax problems, with the line they start on. */
  errors: { line: number; message: string }[];
}

export interface Problem {
  /** 1-based row in the file (the header is row 1). */
  row: number;
  /** `skipped`: the row was not imported; `field`: imported, one value left out. */
  kind: 'skipped' | 'field';
  reason: 'empty' | 'duplicate' | 'email' | 'linkedin' | 'date' | 'cadence' | 'syntax';
  value?: string;
}

/**
 * Guesses each column's field from its header: the kit's own column names (`names`, in the active
 * language and English) first, then names other tools write. A field is used by one column at most.
 */
export function guessMapping(header: readonly string[], names: ColumnNames = {}): Mapping {
  const used = new Set<Field>();
  return header.map((h) => {
    const key = normalize(h);
    const field =
      FIELDS.find((f) => !used.has(f) && names[f]?.some((n) => normalize(n) === key)) ??
      FIELDS.find((f) => !used.has(f) && HEADERS[f].test(key));
    if (field) used.add(field);
    return field ?? '';
  });
}

/** Reads a CSV file into a preview: its header, the data rows and a guessed mapping. */
export function preview(text: string, names: ColumnNames = {}): Preview {
  const { rows, errors } = parseCSV(text);
  const [header = [], ...body] = rows;
  return { header, body, mapping: guessMapping(header, names), errors };
}

/**
 * Turns mapped rows into contacts. Nothing is dropped silently: every row that can't be imported and
 * every value left out is listed in `problems`. `existing` holds the keys of contacts already kept.
 */
export function mapRows(p: Preview, existing: Set<string>, makeId: () => string): { contacts: Contact[]; problems: Problem[] } {
  const contacts: Contact[] = [];
  const problems: Problem[] = p.errors.map((e) => ({ row: e.line, kind: 'skipped' as const, reason: 'syntax' as const }));
  const seen = new Set(existing);
  p.body.forEach((cells, i) => {
    const row = i + 2;
    const get = (f: Field) => {
      const col = p.mapping.indexOf(f);
      return col < 0 ? '' : (cells[col] ?? '').trim();
    };
    const c: Contact = { id: makeId(), name: get('name'), tags: [], cadence: 'week-after', log: [] };
    const email = get('email');
    if (email) {
      if (isEmail(email)) c.email = email;
      else problems.push({ row, kind: 'field', reason: 'email', value: email });
    }
    if (!c.name) c.name = c.email ?? '';
    if (!c.name) {
      problems.push({ row, kind: 'skipped', reason: 'empty' });
      return;
    }
    const key = personKey(c);
    if (seen.has(key)) {
      problems.push({ row, kind: 'skipped', reason: 'duplicate', value: c.email ?? c.name });
      return;
    }
    seen.add(key);
    for (const f of ['greeting', 'role', 'team', 'how', 'notes', 'linkedin'] as const) {
      const v = get(f);
      if (v) c[f] = v;
    }
    const linkedin = c.linkedin;
    if (linkedin && !/^(https?:\/\/|(www\.)?linkedin\.com\/)/i.test(linkedin)) {
      problems.push({ row, kind: 'field', reason: 'linkedin', value: linkedin });
      delete c.linkedin;
    }
    const tags = get('tags');
    if (tags) c.tags = tags.split(/[;,]/).map((t) => t.trim()).filter(Boolean);
    const cadence = get('cadence');
    if (cadence) {
      if (isCadence(cadence)) c.cadence = cadence;
      else problems.push({ row, kind: 'field', reason: 'cadence', value: cadence });
    }
    const last = get('lastContact');
    if (last) {
      if (isISODate(last)) c.lastContact = last;
      else problems.push({ row, kind: 'field', reason: 'date', value: last });
    }
    contacts.push(c);
  });
  return { contacts, problems };
}
