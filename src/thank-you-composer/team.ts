/**
 * The note to the whole team: who the team is (its name greets them, its list address gets the mail),
 * what the intern thanks them for and a moment with them, each optional and kept on the note. Pure: the
 * element passes its translator, its profile and the note.
 */
import type { Translator } from '../core/i18n.js';
import { fill } from '../core/formats/text.js';

/** The whole-team note as stored (every field but the draft optional). */
export interface TeamNote {
  draft: string;
  edited?: boolean;
  status?: 'todo' | 'drafted' | 'sent';
  /** What the team is called ("Data team"): the greeting and the subject name them. */
  name?: string;
  /** The team's mailing list, for "Open in mail app". */
  email?: string;
  /** What she thanks them for ("welcoming me and answering every question"). */
  thanksFor?: string;
  /** A moment with the team ("the Friday demos"). */
  moment?: string;
}

/** The fields the intern fills in, in form order. */
export const TEAM_FIELDS = ['name', 'email', 'thanksFor', 'moment'] as const;
export type TeamField = (typeof TEAM_FIELDS)[number];

/** The team note's sentences; `{company}`, `{team}`, `{for}`, `{moment}`. */
export const teamTemplate = (t: Translator) => ({
  greeting: t('thanks.teamNote.greeting', 'Hi everyone,'),
  greetingNamed: t('thanks.teamNote.greetingNamed', 'Hi {team},'),
  opening: t('thanks.teamNote.opening', 'My internship at {company} is ending, and I want to thank you all for {for}.'),
  /** What she thanks them for when she hasn't said. */
  for: t('thanks.teamNote.forDefault', 'welcoming me, answering my questions and trusting me with real work'),
  moment: t('thanks.teamNote.moment', 'I’ll always remember {moment}.'),
  closing: t('thanks.teamNote.closing', 'I learned a lot from this team, and I hope our paths cross again. Let’s stay in touch.'),
  signoff: t('thanks.team.signoff', 'Thank you all,'),
});

/** The field's text as a clause inside a sentence: trimmed, without its final punctuation. */
const clause = (v: string | undefined) => (v ?? '').replace(/\s+/g, ' ').trim().replace(/[\s.!…;:,،؛]+$/u, '');

/**
 * The team note's draft. `hostBody` (a host's `team` content) replaces the greeting and the sentences,
 * with the same placeholders plus `{role}`; the sign-off and the intern's name follow either way.
 */
export function composeTeam(t: Translator, note: Partial<TeamNote>, params: { company: string; role?: string; me?: string }, hostBody?: string): string {
  const tpl = teamTemplate(t);
  const team = clause(note.name);
  const values = { company: params.company, role: params.role, team, for: clause(note.thanksFor) || tpl.for, moment: clause(note.moment) };
  const body = hostBody
    ? // A host's placeholder with nothing to put in it reads as nothing, not as "{team}".
      hostBody.replace(/\{(company|role|team|for|moment)\}/g, (_, key: keyof typeof values) => values[key] ?? '')
    : [team ? fill(tpl.greetingNamed, values) : tpl.greeting, [fill(tpl.opening, values), values.moment ? fill(tpl.moment, values) : '', tpl.closing].filter(Boolean).join(' ')].join('\n\n');
  return `${body}\n\n${params.me ? `${tpl.signoff}\n${params.me}` : tpl.signoff}`;
}
