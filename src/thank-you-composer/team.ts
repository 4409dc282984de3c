/**
 * The note to the whole team: who the team is (its name greets them, its list address gets the mail),
 * what the intern thanks them for and a moment with them, each optional and kept on the note. Pure: the
 * element passes its translator, its profile and the note. The greeting is the address model's for a
 * team (`salutation`), the moment the team template's sentence, so every team note reads alike.
 */
import type { Translator } from '../core/i18n.js';
import { resolveAddress, salutation, shortName } from '../core/address.js';
import { fillJoined } from '../core/grammar.js';

/** The whole-team note as stored (every field but the draft optional). */
export interface TeamNote {
  draft: string;
  edited?: boolean;
  status?: 'todo' | 'drafted' | 'sent';
  /** What the team is called ("Data team"): the greeting and the subject name them. */
  name?: string;
  /** The team's mailing list, for "Open in mail app". */
  email?: string;
  /** What she thanks them for ("the patient code reviews"). */
  thanksFor?: string;
  /** A moment with the team ("the Friday demos"). */
  moment?: string;
}

/** The fields the intern fills in, in form order. */
export const TEAM_FIELDS = ['name', 'email', 'thanksFor', 'moment'] as const;
export type TeamField = (typeof TEAM_FIELDS)[number];

/** The team note's own sentences (`{company}`, `{for}`); the greeting and the moment come from the address model and the team template. */
export const teamNoteText = (t: Translator) => ({
  opening: t('thanks.teamNote.opening', 'My internship at {company} is ending, and I want to thank you all for {for}.'),
  /** What she thanks them for when she hasn't said. */
  for: t('thanks.teamNote.forDefault', 'welcoming me, answering my questions and trusting me with real work'),
  moment: t('thanks.team.moment', 'One moment that stayed with me: {moment}.'),
  closing: t('thanks.teamNote.closing', 'I learned a lot from this team, and I hope our paths cross again. Let’s stay in touch.'),
  signoff: t('thanks.team.signoff', 'Thank you all,'),
});

/** The field's text as a clause inside a sentence: trimmed, without its final punctuation. */
const clause = (v: string | undefined) => (v ?? '').replace(/\s+/g, ' ').trim().replace(/[\s.!…;:,،؛]+$/u, '');

/** How the subject names the team ("Data team"), or '' when she gave no name the language keeps. */
export function teamCalled(name: string | undefined, locale: string): string {
  const typed = clause(name);
  return typed ? shortName(resolveAddress({ name: typed, kind: 'team' }, locale)) : '';
}

/**
 * The team note's draft. `hostBody` (a host's `team` content) replaces the greeting and the sentences,
 * with `{company}`, `{role}` and the note's `{team}`, `{for}`, `{moment}` (empty when she left them
 * empty); the sign-off and the intern's name follow either way.
 */
export function composeTeam(t: Translator, note: Partial<TeamNote>, params: { company: string; role?: string; me?: string; locale: string }, hostBody?: string): string {
  const text = teamNoteText(t);
  const team = clause(note.name);
  const values = { company: params.company, role: params.role, team, for: clause(note.thanksFor) || text.for, moment: clause(note.moment) };
  let body: string;
  if (hostBody) {
    // A host's placeholder with nothing to put in it reads as nothing, not as "{team}".
    body = hostBody.replace(/\{(company|role|team|for|moment)\}/g, (_, key: keyof typeof values) => values[key] ?? '');
  } else {
    const greeting = team ? salutation(t, resolveAddress({ name: team, kind: 'team' }, params.locale), 'warm') : t('address.team.all', 'Hi everyone,');
    const sentences = [fillJoined(text.opening, values, params.locale), values.moment ? fillJoined(text.moment, values, params.locale) : '', text.closing];
    body = `${greeting}\n\n${sentences.filter(Boolean).join(' ')}`;
  }
  return `${body}\n\n${params.me ? `${text.signoff}\n${params.me}` : text.signoff}`;
}
