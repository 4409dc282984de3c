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
/** How to address a person where a language marks gender ("Estimada", "الأستاذة"); neutral by default. */
export const FORMS = ['neutral', 'feminine', 'masculine'] as const;

export type Tone = (typeof TONES)[number];
export type Channel = (typeof CHANNELS)[number];
export type Relationship = (typeof RELATIONSHIPS)[number];
export type Status = (typeof STATUSES)[number];
export type SpecificKey = (typeof SPECIFICS)[number];
export type Form = (typeof FORMS)[number];

/**
 * One tone's sentences. Placeholders: `{first}` (first name), `{name}` (full name), `{company}`,
 * `{role}`, and in the sentence of the same name `{project}`, `{learned}`, `{moment}`, `{forward}`.
 */
export interface ToneTemplate {
  /** Neutral: "Estimado/a {name}:", "الأستاذ/ة {name} المحترم/ة،". */
  greeting: string;
  /** The greeting for a person who asked for feminine forms ("Estimada {name}:"). */
  greetingFeminine: string;
  /** The greeting for a person who asked for masculine forms ("Estimado {name}:"). */
  greetingMasculine: string;
  /**
   * The greetings for a name that carries its own title ("د. سارة المنصوري"), where the salutation adds
   * none: «د. سارة المنصوري المحترمة،», not «الأستاذة د. سارة…». Neutral, feminine, masculine; the plain
   * greetings when absent.
   */
  greetingTitled?: string;
  greetingTitledFeminine?: string;
  greetingTitledMasculine?: string;
  opening: string;
  project: string;
  learned: string;
  moment: string;
  forward: string;
  closing: string;
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

export const templates = (t: T): Record<Tone, ToneTemplate> => ({
  warm: {
    greeting: t('thanks.warm.greeting', 'Hi {first},'),
    greetingFeminine: t('thanks.warm.greeting', 'Hi {first},'),
    greetingMasculine: t('thanks.warm.greeting', 'Hi {first},'),
    opening: t('thanks.warm.opening', 'Before I leave {company}, I want to say a real thank-you for everything during my internship.'),
    project: t('thanks.warm.project', 'Working with you on {project} was a highlight for me.'),
    learned: t('thanks.warm.learned', 'Thank you for teaching me {learned}.'),
    moment: t('thanks.warm.moment', 'One moment that stayed with me: {moment}. It helped more than you know.'),
    forward: t('thanks.warm.forward', 'Something I’ll carry forward: {forward}.'),
    closing: t('thanks.warm.closing', 'Thank you for your time, your patience and your trust. I’d love to stay in touch.'),
    signoff: t('thanks.warm.signoff', 'Warmly,'),
  },
  formal: {
    greeting: t('thanks.formal.greeting', 'Dear {name},'),
    greetingFeminine: t('thanks.formal.greetingFeminine', 'Dear {name},'),
    greetingMasculine: t('thanks.formal.greetingMasculine', 'Dear {name},'),
    greetingTitled: t('thanks.formal.greetingTitled', 'Dear {name},'),
    greetingTitledFeminine: t('thanks.formal.greetingTitledFeminine', 'Dear {name},'),
    greetingTitledMasculine: t('thanks.formal.greetingTitledMasculine', 'Dear {name},'),
    opening: t('thanks.formal.opening', 'As my internship at {company} comes to an end, I would like to thank you for your guidance and support.'),
    project: t('thanks.formal.project', 'Contributing to {project} under your direction was a valuable experience.'),
    learned: t('thanks.formal.learned', 'I am grateful for what you taught me, in particular {learned}.'),
    moment: t('thanks.formal.moment', 'I especially appreciated {moment}.'),
    forward: t('thanks.formal.forward', 'I will carry this forward in my career: {forward}.'),
    closing: t('thanks.formal.closing', 'Thank you again for your time. I hope we can stay in touch.'),
    signoff: t('thanks.formal.signoff', 'Kind regards,'),
  },
  brief: {
    greeting: t('thanks.brief.greeting', 'Hi {first},'),
    greetingFeminine: t('thanks.brief.greeting', 'Hi {first},'),
    greetingMasculine: t('thanks.brief.greeting', 'Hi {first},'),
    opening: t('thanks.brief.opening', 'Thank you for everything during my internship at {company}.'),
    project: t('thanks.brief.project', 'I really enjoyed {project} with you.'),
    learned: t('thanks.brief.learned', 'Thanks for teaching me {learned}.'),
    moment: t('thanks.brief.moment', 'I won’t forget {moment}.'),
    forward: t('thanks.brief.forward', 'I’ll take this with me: {forward}.'),
    closing: t('thanks.brief.closing', 'Let’s stay in touch!'),
    signoff: t('thanks.brief.signoff', 'Thanks again,'),
  },
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
  form: {
    neutral: t('thanks.form.neutral', 'Not specified (neutral wording)'),
    feminine: t('thanks.form.feminine', 'Feminine'),
    masculine: t('thanks.form.masculine', 'Masculine'),
  } as Record<Form, string>,
  specific: {
    project: [t('thanks.spec.project', 'A project you did together'), t('thanks.spec.projectHint', 'e.g. the customer survey')],
    learned: [t('thanks.spec.learned', 'Something they taught you'), t('thanks.spec.learnedHint', 'e.g. how to write a clear brief')],
    moment: [t('thanks.spec.moment', 'A moment that helped'), t('thanks.spec.momentHint', 'e.g. the pep talk before my first demo')],
    forward: [t('thanks.spec.forward', 'What you’ll carry forward'), t('thanks.spec.forwardHint', 'e.g. asking questions early')],
  } as Record<SpecificKey, [string, string]>,
});
