/**
 * Default content of <thank-you-composer>, written from the seed's "Show gratitude to everyone" and the
 * shape of notes that land: greeting, a specific project or moment, what you learned, thanks, a
 * forward-looking close. Every string has a literal message id.
 */
import type { Translator } from '../core/i18n.js';

/** The translator (one type for the whole kit, from the core). */
export type T = Translator;

export const TONES = ['warm', 'formal', 'brief'] as const;
export const CHANNELS = ['email', 'linkedin', 'card'] as const;
export const RELATIONSHIPS = ['supervisor', 'mentor', 'teammate', 'staff'] as const;
export const STATUSES = ['todo', 'drafted', 'sent'] as const;
export const SPECIFICS = ['project', 'learned', 'moment', 'forward'] as const;
/** How to address a person where a language marks gender: one list for the kit (src/core/address.ts). */
export { FORMS } from '../core/address.js';
import type { Form as AddressForm } from '../core/address.js';

export type Tone = (typeof TONES)[number];
export type Channel = (typeof CHANNELS)[number];
export type Relationship = (typeof RELATIONSHIPS)[number];
export type Status = (typeof STATUSES)[number];
export type SpecificKey = (typeof SPECIFICS)[number];
export type Form = AddressForm;

/**
 * One tone's sentences. Placeholders: `{first}` (how to greet them), `{name}` (the person as running text
 * names them), `{company}`, `{role}`, and in the sentence of the same name `{project}`, `{learned}`,
 * `{moment}`, `{forward}`. The salutation comes from the person's address (src/core/address.ts); a host's
 * own `greeting` (with `{first}` / `{name}`) replaces it.
 */
export interface ToneTemplate {
  /** A host's salutation for this tone; absent: the person's address writes it. */
  greeting?: string;
  opening: string;
  project: string;
  learned: string;
  moment: string;
  forward: string;
  closing: string;
  /** The closing's thanks in a few words, for a LinkedIn note that must stay short. */
  short: string;
  signoff: string;
}

/**
 * Host content (the `content` property or a child `<script type="application/json">`); every field is
 * optional and replaces the default of the same name:
 * `{ "templates": { "warm": { "opening": "…" } }, "subject": "Thank you, {first}", "team": "…", "teamSubject": "…" }`.
 */
export interface ThanksContent {
  templates?: Partial<Record<Tone, Partial<ToneTemplate>>>;
  /** E-mail subject for a personal note. */
  subject?: string;
  /**
   * The whole-team note without the sign-off (`{company}`, `{role}`, and the note's own `{team}`, `{for}`,
   * `{moment}`, empty when she left them empty).
   */
  team?: string;
  /** The team note's subject (`{team}`). */
  teamSubject?: string;
}

// Every tone's opening and closing thank the person, so a note that drops one (a card, a short LinkedIn
// note) still thanks; no "again" where nothing thanked before. Sentences about what the intern typed
// are built so that nothing agrees with it ("Eso me ayudó", not "Me ayudó" after "los cafés de los viernes").
export const templates = (t: T): Record<Tone, ToneTemplate> => ({
  warm: {
    opening: t('thanks.warm.opening', 'Before I leave {company}, I want to say a real thank-you for everything during my internship.'),
    project: t('thanks.warm.project', 'Working with you on {project} was a highlight for me.'),
    learned: t('thanks.warm.learned', 'Thank you for teaching me {learned}.'),
    moment: t('thanks.warm.moment', 'One moment that stayed with me: {moment}. It helped more than you know.'),
    forward: t('thanks.warm.forward', 'Something I’ll carry forward: {forward}.'),
    closing: t('thanks.warm.closing', 'Thank you for your time, your patience and your trust. I’d love to stay in touch.'),
    short: t('thanks.warm.short', 'Thank you for everything. Let’s stay in touch!'),
    signoff: t('thanks.warm.signoff', 'Warmly,'),
  },
  formal: {
    opening: t('thanks.formal.opening', 'As my internship at {company} comes to an end, I would like to thank you for your guidance and support.'),
    project: t('thanks.formal.project', 'Contributing to {project} under your direction was a valuable experience.'),
    learned: t('thanks.formal.learned', 'I am grateful for what you taught me, in particular {learned}.'),
    moment: t('thanks.formal.moment', 'I especially appreciated {moment}.'),
    forward: t('thanks.formal.forward', 'I will carry this forward in my career: {forward}.'),
    closing: t('thanks.formal.closing', 'Thank you for your time and your trust. I hope we can stay in touch.'),
    short: t('thanks.formal.short', 'Thank you for everything; I hope we stay in touch.'),
    signoff: t('thanks.formal.signoff', 'Kind regards,'),
  },
  brief: {
    opening: t('thanks.brief.opening', 'Thank you for everything during my internship at {company}.'),
    project: t('thanks.brief.project', 'I really enjoyed {project} with you.'),
    learned: t('thanks.brief.learned', 'Thanks for teaching me {learned}.'),
    moment: t('thanks.brief.moment', 'I won’t forget {moment}.'),
    forward: t('thanks.brief.forward', 'I’ll take this with me: {forward}.'),
    closing: t('thanks.brief.closing', 'Many thanks, and let’s stay in touch!'),
    short: t('thanks.brief.short', 'Many thanks!'),
    signoff: t('thanks.brief.signoff', 'All the best,'),
  },
});

/**
 * A formal note to a colleague or other staff, who did not supervise the intern: thanks for their help,
 * not their "guidance", and no "under your direction" (a supervisor's and a mentor's note keep those).
 */
export const formalPeer = (t: T): Pick<ToneTemplate, 'opening' | 'project'> => ({
  opening: t('thanks.formal.opening.peer', 'As my internship at {company} comes to an end, I would like to thank you for your help and support.'),
  project: t('thanks.formal.project.peer', 'Working with you on {project} was a valuable experience.'),
});

/**
 * A note to a team (a person record of kind `team`): the same shape, addressed to everyone. One set for
 * every tone: the tone still chooses the salutation and the sign-off.
 */
export const teamTemplate = (t: T, tone: Tone): ToneTemplate => ({
  opening: t('thanks.team.opening', 'My internship at {company} is ending, and I want to thank you all for welcoming me, answering my questions and trusting me with real work.'),
  project: t('thanks.team.project', 'Working with you all on {project} was a highlight for me.'),
  learned: t('thanks.team.learned', 'Thank you all for teaching me {learned}.'),
  moment: t('thanks.team.moment', 'One moment that stayed with me: {moment}.'),
  forward: t('thanks.team.forward', 'Something I’ll carry forward: {forward}.'),
  closing: t('thanks.team.closing', 'I learned a lot from this team, and I hope we meet again. Thank you all, and let’s stay in touch.'),
  short: t('thanks.team.short', 'Thank you all!'),
  signoff: tone === 'formal' ? t('thanks.formal.signoff', 'Kind regards,') : t('thanks.team.signoff', 'Thank you all,'),
});

export const labels = (t: T) => ({
  relationship: {
    supervisor: t('thanks.rel.supervisor', 'Supervisor'),
    mentor: t('thanks.rel.mentor', 'Mentor'),
    teammate: t('thanks.rel.teammate', 'Teammate'),
    staff: t('thanks.rel.staff', 'Other staff'),
  } as Record<Relationship, string>,
  status: {
    todo: t('thanks.status.todo', 'To write'),
    drafted: t('thanks.status.drafted', 'Drafted'),
    sent: t('thanks.status.sent', 'Sent'),
  } as Record<Status, string>,
  tone: {
    warm: t('thanks.tone.warm', 'Warm'),
    formal: t('thanks.tone.formal', 'Formal'),
    brief: t('thanks.tone.brief', 'Brief'),
  } as Record<Tone, string>,
  channel: {
    email: t('thanks.channel.email', 'Email'),
    linkedin: t('thanks.channel.linkedin', 'LinkedIn message'),
    card: t('thanks.channel.card', 'Handwritten card'),
  } as Record<Channel, string>,
  specific: {
    project: [t('thanks.spec.project', 'A project you did together'), t('thanks.spec.projectHint', 'e.g. the customer survey')],
    learned: [t('thanks.spec.learned', 'Something they taught you'), t('thanks.spec.learnedHint', 'e.g. how to write a clear brief')],
    moment: [t('thanks.spec.moment', 'A moment that helped'), t('thanks.spec.momentHint', 'e.g. the pep talk before my first demo')],
    forward: [t('thanks.spec.forward', 'What you’ll carry forward'), t('thanks.spec.forwardHint', 'e.g. asking questions early')],
  } as Record<SpecificKey, [string, string]>,
});
