import type { Translator } from '../core/i18n.js';

/** The translator (one type for the whole kit, from the core). */
type T = Translator;

/** The six steps, in the order of the seed article, each with its kit slot and widget tag. */
export const STEPS = [
  { slot: 'checklist', tag: 'internship-checklist' },
  { slot: 'feedback', tag: 'feedback-questions' },
  { slot: 'thanks', tag: 'thank-you-composer' },
  { slot: 'reflection', tag: 'reflection-journal' },
  { slot: 'planner', tag: 'finish-strong-planner' },
  { slot: 'contacts', tag: 'keep-in-touch' },
] as const;

export type StepSlot = (typeof STEPS)[number]['slot'];

/** Step names and one-line purposes, written from the seed article. */
export const stepText = (t: T): Record<StepSlot, { label: string; about: string }> => ({
  checklist: { label: t('wrapup.step.checklist', 'Checklist'), about: t('wrapup.about.checklist', 'Everything to wrap up before your last day.') },
  feedback: { label: t('wrapup.step.feedback', 'Feedback'), about: t('wrapup.about.feedback', 'Ask for honest feedback, then note what you take away.') },
  thanks: { label: t('wrapup.step.thanks', 'Thank-yous'), about: t('wrapup.about.thanks', 'Thank the people who helped you, with specifics.') },
  reflection: { label: t('wrapup.step.reflection', 'Reflection'), about: t('wrapup.about.reflection', 'What you learned about the work and about yourself.') },
  planner: { label: t('wrapup.step.planner', 'Finish strong'), about: t('wrapup.about.planner', 'Plan your last weeks and hand over your projects.') },
  contacts: { label: t('wrapup.step.contacts', 'Keep in touch'), about: t('wrapup.about.contacts', 'Stay connected with the people you met.') },
});

/** Profile fields, in form order, with labels. */
export const profileFields = (t: T) =>
  [
    { key: 'internName', label: t('wrapup.field.internName', 'Your name'), type: 'text' },
    { key: 'internEmail', label: t('wrapup.field.internEmail', 'Your e-mail'), type: 'email' },
    { key: 'role', label: t('wrapup.field.role', 'Your role'), type: 'text' },
    { key: 'company', label: t('wrapup.field.company', 'Company'), type: 'text' },
    { key: 'supervisor', label: t('wrapup.field.supervisor', 'Supervisor'), type: 'text' },
    { key: 'supervisorGreeting', label: t('wrapup.field.supervisorGreeting', 'How to greet your supervisor'), type: 'text' },
    { key: 'supervisorEmail', label: t('wrapup.field.supervisorEmail', 'Supervisor’s e-mail'), type: 'email' },
    { key: 'startDate', label: t('wrapup.field.startDate', 'First day'), type: 'date' },
    { key: 'endDate', label: t('wrapup.field.endDate', 'Last day'), type: 'date' },
  ] as const;
