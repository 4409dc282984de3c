import type { Translator } from '../core/i18n.js';

/** The translator (one type for the whole kit, from the core). */
type T = Translator;

/**
 * A message template. Placeholders: {greeting} (the salutation line the person's address gives: "Hi
 * Sara," or "Dear Dr. Haddad,"), {first} (how to greet them), {name}, {me}, {company}, {role} (yours),
 * {thanks} (a sentence of thanks that quotes what you thanked them for, when the kit knows it).
 */
export interface Template {
  id: string;
  label: string;
  subject: string;
  body: string;
  /** The words for a person written to formally (usted, the plural of respect); the template's own otherwise. */
  formal?: { subject: string; body: string };
  /** The words for a team (ustedes, «vous», the Arabic plural): a team is never written to as one person. */
  team?: { subject: string; body: string };
}

/**
 * The CSV columns' names, also the import's column choices: written in the active language, and
 * recognised on import in that language and in English. Cadence keeps its portable values
 * (`monthly`, `custom:45`) and dates stay `YYYY-MM-DD`, so a file imports back in any language.
 */
export const columnNames = (t: T) => ({
  name: t('contacts.f.name', 'Name'),
  email: t('contacts.f.email', 'E-mail'),
  linkedin: t('contacts.col.linkedin', 'LinkedIn'),
  role: t('contacts.f.role', 'Role'),
  team: t('contacts.f.team', 'Team'),
  how: t('contacts.f.how', 'How you know them'),
  notes: t('contacts.f.notes', 'Notes'),
  tags: t('contacts.f.tags', 'Tags'),
  cadence: t('contacts.f.cadence', 'Follow up'),
  lastContact: t('contacts.f.last', 'Last contact'),
  greeting: t('contacts.f.greeting', 'How to greet them'),
  nextFollowUp: t('contacts.f.next', 'Next follow-up'),
});

/**
 * The default templates, written for this product from the seed's "keep in touch with your network":
 * each in the familiar register and the formal one (a formal thread stays formal in its follow-ups).
 */
export const defaultTemplates = (t: T): Template[] => [
  {
    id: 'update',
    label: t('contacts.tpl.update.label', 'Career update'),
    subject: t('contacts.tpl.update.subject', 'A quick update from {me}'),
    body: t('contacts.tpl.update.body', '{greeting}\n\nI hope all is well at {company}. A quick update from me: [what you are doing now].\n\n{thanks} I would love to hear how things are going on your side.\n\nBest wishes,\n{me}'),
    formal: {
      subject: t('contacts.tpl.update.subject.formal', 'A quick update from {me}'),
      body: t('contacts.tpl.update.body.formal', '{greeting}\n\nI hope all is well at {company}. I wanted to share a brief update: [what you are doing now].\n\n{thanks} I would be glad to hear how things are going on your side.\n\nKind regards,\n{me}'),
    },
    team: {
      subject: t('contacts.tpl.update.subject.team', 'A quick update from {me}'),
      body: t('contacts.tpl.update.body.team', '{greeting}\n\nI hope all is well at {company}. A quick update from me: [what you are doing now].\n\n{thanks} I would love to hear how things are going for all of you.\n\nBest wishes,\n{me}'),
    },
  },
  {
    id: 'advice',
    label: t('contacts.tpl.advice.label', 'Ask for advice'),
    subject: t('contacts.tpl.advice.subject', 'Could I ask your advice?'),
    body: t('contacts.tpl.advice.body', '{greeting}\n\nI am thinking about [a decision or next step], and your view would mean a lot since you know my work from {company}.\n\nWould you have 15 minutes in the next few weeks for a short call or a coffee?\n\nThank you,\n{me}'),
    formal: {
      subject: t('contacts.tpl.advice.subject.formal', 'May I ask your advice?'),
      body: t('contacts.tpl.advice.body.formal', '{greeting}\n\nI am considering [a decision or next step], and your view would be very valuable to me, as you know my work from {company}.\n\nWould you have 15 minutes in the coming weeks for a short call or a coffee?\n\nThank you in advance,\n{me}'),
    },
    team: {
      subject: t('contacts.tpl.advice.subject.team', 'Could I ask your advice?'),
      body: t('contacts.tpl.advice.body.team', '{greeting}\n\nI am thinking about [a decision or next step], and your views would mean a lot since you know my work from {company}.\n\nWould one of you have 15 minutes in the next few weeks for a short call or a coffee?\n\nThank you,\n{me}'),
    },
  },
  {
    id: 'congrats',
    label: t('contacts.tpl.congrats.label', 'Congratulate'),
    subject: t('contacts.tpl.congrats.subject', 'Congratulations!'),
    body: t('contacts.tpl.congrats.body', '{greeting}\n\nI just saw the news about [their news]. Congratulations, it is well deserved!\n\nI hope everything else is going well at {company}.\n\nAll the best,\n{me}'),
    formal: {
      subject: t('contacts.tpl.congrats.subject.formal', 'Congratulations'),
      body: t('contacts.tpl.congrats.body.formal', '{greeting}\n\nI have just seen the news about [their news]. Congratulations: it is very well deserved.\n\nI hope everything else is going well at {company}.\n\nKind regards,\n{me}'),
    },
    team: {
      subject: t('contacts.tpl.congrats.subject.team', 'Congratulations!'),
      body: t('contacts.tpl.congrats.body.team', '{greeting}\n\nI just saw the news about [the news]. Congratulations to all of you, it is well deserved!\n\nI hope everything else is going well at {company}.\n\nAll the best,\n{me}'),
    },
  },
  {
    id: 'share',
    label: t('contacts.tpl.share.label', 'Share something useful'),
    subject: t('contacts.tpl.share.subject', 'Thought you might like this'),
    body: t('contacts.tpl.share.body', '{greeting}\n\nI came across [an article, event or tool] and thought of you because [why it fits]: [link]\n\nNo need to reply. I hope things are good at {company}.\n\nBest,\n{me}'),
    formal: {
      subject: t('contacts.tpl.share.subject.formal', 'Something that may interest you'),
      body: t('contacts.tpl.share.body.formal', '{greeting}\n\nI came across [an article, event or tool] and thought it might interest you because [why it fits]: [link]\n\nThere is no need to reply. I hope all is well at {company}.\n\nKind regards,\n{me}'),
    },
    team: {
      subject: t('contacts.tpl.share.subject.team', 'Thought you might like this'),
      body: t('contacts.tpl.share.body.team', '{greeting}\n\nI came across [an article, event or tool] and thought of you all because [why it fits]: [link]\n\nNo need to reply. I hope things are good at {company}.\n\nBest,\n{me}'),
    },
  },
  {
    id: 'reference',
    label: t('contacts.tpl.reference.label', 'Ask for a reference'),
    subject: t('contacts.tpl.reference.subject', 'Would you be a reference for me?'),
    body: t('contacts.tpl.reference.body', '{greeting}\n\nI am applying for [the role] at [the organisation], and my internship at {company} is a big part of my story. Would you be willing to be a reference for me?\n\nI am happy to send my CV and a few notes on what we worked on together, to save you time.\n\nThank you for considering it,\n{me}'),
    formal: {
      subject: t('contacts.tpl.reference.subject.formal', 'Would you be willing to be a reference for me?'),
      body: t('contacts.tpl.reference.body.formal', '{greeting}\n\nI am applying for [the role] at [the organisation], and my internship at {company} is an important part of my experience. Would you be willing to be a reference for me?\n\nIf it helps, I can send you my CV and a few notes on what we worked on together, to save you time.\n\nThank you for considering it,\n{me}'),
    },
    team: {
      subject: t('contacts.tpl.reference.subject.team', 'Could one of you be a reference for me?'),
      body: t('contacts.tpl.reference.body.team', '{greeting}\n\nI am applying for [the role] at [the organisation], and my internship at {company} is a big part of my story. Would one of you be willing to be a reference for me?\n\nI am happy to send my CV and a few notes on what we worked on together, to save you time.\n\nThank you for considering it,\n{me}'),
    },
  },
];

/** Cleans host templates (from the `templates` property or a child JSON script); undefined if unusable. */
export function readTemplates(input: unknown): Template[] | undefined {
  const list = Array.isArray(input) ? input : (input as { templates?: unknown } | null)?.templates;
  if (!Array.isArray(list)) return undefined;
  const out = list.filter(
    (x): x is Template =>
      !!x && typeof x === 'object' && ['id', 'label', 'subject', 'body'].every((k) => typeof (x as Record<string, unknown>)[k] === 'string'),
  );
  return out.length ? out.map(({ id, label, subject, body }) => ({ id, label, subject, body })) : undefined;
}
