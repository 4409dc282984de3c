/**
 * Reference requests: the one-page brief a recommender gets (what the intern did, the skills they
 * showed, the roles they are applying for) and the reminders one week before each deadline. Pure: the
 * element passes the words (`t`) and the kit's data; every input may be missing or malformed.
 */
import { addDays, isISODate } from '../core/dates.js';
import { mdDocument, mdField, mdHeading, mdItem, mdParagraph } from '../core/formats/markdown.js';
import { greetName } from '../core/names.js';
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

/** The one-page brief for one recommender, as Markdown (also what the print view and the e-mail show). */
export function briefMarkdown(t: T, person: Pick<Contact, 'name'>, s: BriefSource, format: BriefFormat | ((iso: string) => string)): string {
  const { date: formatDate, range, list } = formats(format);
  const period = s.startDate && s.endDate ? range(s.startDate, s.endDate) : s.endDate ? formatDate(s.endDate) : '';
  return mdDocument([
    // Without the intern's name, the title alone (was "Reference brief: Me").
    mdHeading(1, s.internName ? t('contacts.brief.title', 'Reference brief: {me}', { me: s.internName }) : t('contacts.brief.titleNoName', 'Reference brief')),
    mdParagraph(t('contacts.brief.for', 'For {name}, with thanks for agreeing to be a reference.', { name: person.name })),
    mdHeading(2, t('contacts.brief.internship', 'The internship')),
    [s.role && mdField(t('contacts.brief.role', 'Role'), s.role), s.company && mdField(t('contacts.brief.company', 'Company'), s.company), period && mdField(t('contacts.brief.dates', 'Dates'), period)]
      .filter(Boolean)
      .join('  \n'),
    s.summary ? mdParagraph(s.summary) : '',
    s.bullets.length ? mdHeading(2, t('contacts.brief.did', 'What I did')) : '',
    s.bullets.map((b) => mdItem(b)).join('\n'),
    s.projects.length ? mdHeading(2, t('contacts.brief.projects', 'Projects')) : '',
    s.projects.map((p) => mdItem(p.status ? `${p.name}${t('core.colon', ':')} ${p.status}` : p.name)).join('\n'),
    s.skills.length ? mdHeading(2, t('contacts.brief.skills', 'Skills I showed')) : '',
    s.skills.length ? mdParagraph(list(s.skills)) : '',
    mdHeading(2, t('contacts.brief.applying', 'Where I am applying')),
    s.applications.length
      ? byDeadline(s.applications)
          .map((a) => {
            // Whole sentences per case: "Analyst at Acme", never a " at " glued between two parts.
            const what = a.role && a.company ? t('contacts.brief.roleAt', '{role} at {company}', { role: a.role, company: a.company }) : a.role || a.company || '';
            return mdItem(a.deadline ? t('contacts.brief.withDeadline', '{what} (deadline {date})', { what, date: formatDate(a.deadline) }) : what);
          })
          .join('\n')
      : mdParagraph(t('contacts.brief.noApps', 'I will tell you as soon as I apply.')),
  ], t('core.colon', ':'));
}

/** The e-mail asking for the reference, with the brief below it. */
export function briefMail(t: T, person: { name: string; greeting?: string }, s: BriefSource, format: BriefFormat | ((iso: string) => string)): { subject: string; body: string } {
  const { date: formatDate } = formats(format);
  const next = byDeadline(s.applications).find((a) => a.deadline);
  return {
    // Without the intern's name, a subject of its own (was "A reference for {me}: a short brief").
    subject: s.internName ? t('contacts.brief.subject', 'A reference for {me}: a short brief', { me: s.internName }) : t('contacts.brief.subjectNoName', 'A reference: a short brief'),
    body: [
      t('contacts.brief.hi', 'Hi {name},', { name: greetName(person) }),
      '',
      t('contacts.brief.thanks', 'Thank you again for agreeing to be a reference. To make it easy, here is a one-page brief of what I worked on and where I am applying.'),
      next ? t('contacts.brief.soonest', 'The first deadline is {date}.', { date: formatDate(next.deadline!) }) : '',
      '',
      briefMarkdown(t, person, s, format),
      s.internName ?? '',
    ]
      .filter((l, i, all) => l !== '' || all[i - 1] !== '')
      .join('\n'),
  };
}

/** A reminder one week before each application deadline, for each person who agreed. */
export interface BriefFollowUp {
  id: string;
  contactId: string;
  date: string;
  application: Application;
}

export function referenceFollowUps(contacts: readonly Contact[], applications: readonly Application[]): BriefFollowUp[] {
  const out: BriefFollowUp[] = [];
  for (const c of contacts) {
    if (c.reference !== 'agreed') continue;
    for (const a of applications) {
      if (!isISODate(a.deadline)) continue;
      out.push({ id: `ref-${c.id}-${a.id}`, contactId: c.id, date: addDays(a.deadline, -7), application: a });
    }
  }
  return out.sort((x, y) => x.date.localeCompare(y.date));
}
