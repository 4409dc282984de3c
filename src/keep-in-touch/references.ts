/**
 * Reference requests: the one-page brief a recommender gets (what the intern did, the skills they
 * showed, the roles they are applying for) and the reminders one week before each deadline. Pure: the
 * element passes the words (`t`) and the kit's data; every input may be missing or malformed.
 */
import { addDays, isISODate } from '../core/dates.js';
import { mdDocument, mdField, mdHeading, mdItem, mdParagraph } from '../core/formats/markdown.js';
import { resolveAddress, runningName, salutation, type Addressee, type PersonAddress } from '../core/address.js';
import type { Application, Contact } from './types.js';

type T = (id: string, english: string, params?: Readonly<Record<string, string | number | undefined>>) => string;

/** What the brief is made of; the kit fills it from the profile, the journal and the handover. */
export interface BriefSource {
  internName?: string;
  company?: string;
  role?: string;
  startDate?: string;
  endDate?: string;
  /** The journal's one-sentence summary. */
  summary?: string;
  bullets: string[];
  skills: string[];
  /** The handover's projects (name and where it stands). */
  projects: { name: string; status?: string }[];
  applications: Application[];
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const prop = (o: unknown, k: string): unknown => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined);

/** Reads the kit's data defensively: the journal's summary, bullets and skills (rated 4–5 now first), the planner's projects. */
export function briefFromKit(kit: unknown): Pick<BriefSource, 'summary' | 'bullets' | 'skills' | 'projects'> {
  const reflection = prop(kit, 'reflection');
  const skills = arr(prop(reflection, 'skills'))
    .map((s) => ({ name: str(prop(s, 'name')), after: Number(prop(s, 'after')) || 0 }))
    .filter((s) => s.name)
    .sort((a, b) => b.after - a.after)
    .map((s) => s.name);
  const projects = arr(prop(prop(kit, 'planner'), 'projects'))
    .map((p) => ({ name: str(prop(p, 'name')), status: str(prop(p, 'status')) }))
    .filter((p) => p.name);
  return { summary: str(prop(reflection, 'summary')), bullets: arr(prop(reflection, 'bullets')).map(str).filter(Boolean), skills, projects };
}

/** The applications sorted by deadline (undated last). */
const byDeadline = (apps: readonly Application[]) => [...apps].sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'));

/**
 * How the brief writes dates and lists in the reader's language: `date` for one day, `range` for the
 * internship's dates ("1 jun – 18 dic 2026"), `list` for the skills ("SQL, Python y dbt"). A bare
 * function is `date`.
 */
export interface BriefFormat {
  date: (iso: string) => string;
  range?: (from: string, to: string) => string;
  list?: (items: readonly string[]) => string;
}

function formats(f: BriefFormat | ((iso: string) => string)): Required<BriefFormat> {
  const { date, range, list } = typeof f === 'function' ? { date: f, range: undefined, list: undefined } : f;
  return { date, range: range ?? ((a, b) => `${date(a)} – ${date(b)}`), list: list ?? ((items) => items.join(', ')) };
}

type Block = { kind: 'h1' | 'h2' | 'p' | 'item'; text: string } | { kind: 'fields'; fields: [string, string][] };

/** Where a reference request stands; a brief thanks for agreeing only once they agreed. */
export type ReferenceStatus = Contact['reference'];

/** The brief's parts, once, for the Markdown file and the plain-text e-mail. */
function briefBlocks(t: T, person: Pick<Contact, 'name'>, s: BriefSource, format: BriefFormat | ((iso: string) => string), status?: ReferenceStatus): Block[] {
  const { date: formatDate, range, list } = formats(format);
  const period = s.startDate && s.endDate ? range(s.startDate, s.endDate) : s.endDate ? formatDate(s.endDate) : '';
  const blocks: Block[] = [
    // Without the intern's name, the title alone (was "Reference brief: Me").
    { kind: 'h1', text: s.internName ? t('contacts.brief.title', 'Reference brief: {me}', { me: s.internName }) : t('contacts.brief.titleNoName', 'Reference brief') },
    // Thanks for agreeing only once they agreed: a brief sent with the request prepares, it doesn't presume.
    { kind: 'p', text: status === 'agreed' ? t('contacts.brief.for', 'For {name}, with thanks for agreeing to be a reference.', { name: person.name }) : t('contacts.brief.forAsk', 'Prepared for {name}.', { name: person.name }) },
    { kind: 'h2', text: t('contacts.brief.internship', 'The internship') },
    {
      kind: 'fields',
      fields: [
        [t('contacts.brief.role', 'Role'), s.role ?? ''],
        [t('contacts.brief.company', 'Company'), s.company ?? ''],
        [t('contacts.brief.dates', 'Dates'), period],
      ].filter(([, v]) => v) as [string, string][],
    },
  ];
  if (s.summary) blocks.push({ kind: 'p', text: s.summary });
  if (s.bullets.length) blocks.push({ kind: 'h2', text: t('contacts.brief.did', 'What I did') }, ...s.bullets.map((b) => ({ kind: 'item' as const, text: b })));
  if (s.projects.length) blocks.push({ kind: 'h2', text: t('contacts.brief.projects', 'Projects') }, ...s.projects.map((p) => ({ kind: 'item' as const, text: p.status ? `${p.name}${t('core.colon', ':')} ${p.status}` : p.name })));
  if (s.skills.length) blocks.push({ kind: 'h2', text: t('contacts.brief.skills', 'Skills I showed') }, { kind: 'p', text: list(s.skills) });
  blocks.push({ kind: 'h2', text: t('contacts.brief.applying', 'Where I am applying') });
  if (!s.applications.length) blocks.push({ kind: 'p', text: t('contacts.brief.noApps', 'I will tell you as soon as I apply.') });
  for (const a of byDeadline(s.applications)) {
    // Whole sentences per case: "Analyst at Acme", never a " at " glued between two parts.
    const what = a.role && a.company ? t('contacts.brief.roleAt', '{role} at {company}', { role: a.role, company: a.company }) : a.role || a.company || '';
    blocks.push({ kind: 'item', text: a.deadline ? t('contacts.brief.withDeadline', '{what} (deadline {date})', { what, date: formatDate(a.deadline) }) : what });
  }
  return blocks;
}

/** The one-page brief for one recommender, as Markdown (the downloaded file and the print view). */
export function briefMarkdown(t: T, person: Pick<Contact, 'name'>, s: BriefSource, format: BriefFormat | ((iso: string) => string), status?: ReferenceStatus): string {
  const parts: string[] = [];
  let items: string[] = [];
  const flush = () => items.length && (parts.push(items.join('\n')), (items = []));
  for (const b of briefBlocks(t, person, s, format, status)) {
    if (b.kind === 'item') {
      items.push(mdItem(b.text));
      continue;
    }
    flush();
    parts.push(b.kind === 'fields' ? b.fields.map(([k, v]) => mdField(k, v)).join('  \n') : b.kind === 'p' ? mdParagraph(b.text) : mdHeading(b.kind === 'h1' ? 1 : 2, b.text));
  }
  flush();
  // French sets a space before the colon (`core.colon`).
  return mdDocument(parts, t('core.colon', ':'));
}

/**
 * The brief as plain text a person would paste in an e-mail: headings as their own lines, "Role: …"
 * fields, "– " before each item; no Markdown signs (`#`, `**`, escapes).
 */
export function briefText(t: T, person: Pick<Contact, 'name'>, s: BriefSource, format: BriefFormat | ((iso: string) => string), status?: ReferenceStatus): string {
  const out: string[] = [];
  let last = '';
  for (const b of briefBlocks(t, person, s, format, status)) {
    if (b.kind === 'item') out.push(`– ${b.text}`);
    else if (b.kind === 'fields') out.push(...b.fields.map(([k, v]) => `${k}${t('core.colon', ':')} ${v}`));
    // A heading after a blank line; a section's paragraph right under its heading.
    else if (b.kind === 'p' && last === 'h2') out.push(b.text);
    else out.push('', b.text);
    last = b.kind;
  }
  return out.join('\n').trim();
}

/**
 * The e-mail with the brief below it. Until they agreed (`status` other than `agreed`) it asks them to be
 * a reference; once they agreed it thanks them. The salutation and the register come from their address
 * (formal by default for a reference).
 */
export function briefMail(
  t: T,
  person: PersonAddress & { name: string },
  s: BriefSource,
  format: BriefFormat | ((iso: string) => string),
  options: { address?: Addressee; status?: ReferenceStatus } = {},
): { subject: string; body: string } {
  const { date: formatDate } = formats(format);
  const next = byDeadline(s.applications).find((a) => a.deadline);
  const a = options.address ?? resolveAddress(person, 'en', 'reference');
  const agreed = options.status === 'agreed';
  const opening = agreed
    ? a.formal
      ? t('contacts.brief.thanks.formal', 'Thank you again for agreeing to be a reference. To make it easy, here is a one-page brief of what I worked on and where I am applying.')
      : t('contacts.brief.thanks', 'Thank you again for agreeing to be a reference. To make it easy, here is a one-page brief of what I worked on and where I am applying.')
    : a.formal
      ? t('contacts.brief.ask.formal', 'I am applying for new roles and would be grateful if you would agree to be a reference for me. To make it easy, here is a one-page brief of what I worked on and where I am applying.')
      : t('contacts.brief.ask', 'I am applying for new roles: would you be willing to be a reference for me? To make it easy, here is a one-page brief of what I worked on and where I am applying.');
  return {
    // Without the intern's name, a subject of its own (was "A reference for {me}: a short brief").
    subject: s.internName ? t('contacts.brief.subject', 'A reference for {me}: a short brief', { me: s.internName }) : t('contacts.brief.subjectNoName', 'A reference: a short brief'),
    body: [
      salutation(t, a),
      '',
      opening,
      next ? t('contacts.brief.soonest', 'The first deadline is {date}.', { date: formatDate(next.deadline!) }) : '',
      '',
      // "Preparado para la Dra. Sara Haddad": the person as running text names them.
      briefText(t, { name: runningName(a) }, s, format, options.status),
      '',
      t('contacts.brief.signoff', 'Thank you,'),
      s.internName ?? '',
    ]
      .filter((l, i, all) => l !== '' || all[i - 1] !== '')
      .join('\n')
      .trim(),
  };
}

/** A reminder one week before each application deadline, for each person who agreed. */
export interface BriefFollowUp {
  id: string;
  contactId: string;
  date: string;
  application: Application;
}

/**
 * One week before each deadline, moved back to a working day (`workdayBefore`: the locale's weekend,
 * public holidays and listed days off) so a reminder never falls on a holiday.
 */
export function referenceFollowUps(contacts: readonly Contact[], applications: readonly Application[], workdayBefore: (iso: string) => string = (d) => d): BriefFollowUp[] {
  const out: BriefFollowUp[] = [];
  for (const c of contacts) {
    if (c.reference !== 'agreed') continue;
    for (const a of applications) {
      if (!isISODate(a.deadline)) continue;
      out.push({ id: `ref-${c.id}-${a.id}`, contactId: c.id, date: workdayBefore(addDays(a.deadline, -7)), application: a });
    }
  }
  return out.sort((x, y) => x.date.localeCompare(y.date));
}
