/** Default content for <internship-checklist>, written from the seed article and the design facts. */
import type { Translator } from '../core/i18n.js';

/** The translator (one type for the whole kit, from the core). */
export type T = Translator;

export const SECTIONS = ['evaluate', 'feedback', 'gratitude', 'reflect', 'finish', 'keep-in-touch'] as const;
export type Section = (typeof SECTIONS)[number];

/** One item of host or default content: `offsetDays` is relative to the last day (-14 = two weeks before). */
export interface ContentItem {
  id: string;
  /** One of `SECTIONS`, or a section the host's content adds. */
  section: Section | (string & {});
  text: string;
  why?: string;
  offsetDays?: number;
}

export function sectionTitles(t: T): Record<Section, string> {
  return {
    evaluate: t('checklist.section.evaluate', 'Evaluate your experience'),
    feedback: t('checklist.section.feedback', 'Ask for honest feedback'),
    gratitude: t('checklist.section.gratitude', 'Show gratitude'),
    reflect: t('checklist.section.reflect', 'Reflect'),
    finish: t('checklist.section.finish', 'Finish strong'),
    'keep-in-touch': t('checklist.section.keepInTouch', 'Keep in touch'),
  };
}

/** The default items. Ids are stable: saved progress and the kit's auto-ticks refer to them. */
export function defaultItems(t: T): ContentItem[] {
  return [
    { id: 'right-questions', section: 'evaluate', offsetDays: -21, text: t('checklist.item.rightQuestions', 'Check you have asked the questions you came with'), why: t('checklist.why.rightQuestions', 'The last weeks are your best chance to get answers.') },
    { id: 'explore-areas', section: 'evaluate', offsetDays: -14, text: t('checklist.item.exploreAreas', 'Spend time with a part of the business you haven’t seen yet'), why: t('checklist.why.exploreAreas', 'Seeing more of the company helps you choose your next step.') },
    { id: 'final-meetings', section: 'evaluate', offsetDays: -10, text: t('checklist.item.finalMeetings', 'Book final meetings with people you want to learn from'), why: t('checklist.why.finalMeetings', 'Calendars fill up fast near the end.') },
    { id: 'schedule-feedback', section: 'feedback', offsetDays: -7, text: t('checklist.item.scheduleFeedback', 'Schedule a feedback talk with your supervisor'), why: t('checklist.why.scheduleFeedback', 'Don’t guess how you did: ask what went well and what to build next.') },
    { id: 'ask-reference', section: 'feedback', offsetDays: -3, text: t('checklist.item.askReference', 'Ask for a reference or a LinkedIn recommendation'), why: t('checklist.why.askReference', 'It’s easier to say yes while your work is fresh.') },
    { id: 'ask-return-offer', section: 'feedback', offsetDays: -3, text: t('checklist.item.askReturnOffer', 'Ask how return offers work and what would strengthen your case'), why: t('checklist.why.askReturnOffer', 'Ask about the process, not about other interns.') },
    { id: 'thank-supervisor', section: 'gratitude', offsetDays: 0, text: t('checklist.item.thankSupervisor', 'Thank your supervisor with a specific note'), why: t('checklist.why.thankSupervisor', 'Name a project or moment: specifics make thanks genuine.') },
    { id: 'thank-team', section: 'gratitude', offsetDays: 0, text: t('checklist.item.thankTeam', 'Thank teammates and support staff'), why: t('checklist.why.thankTeam', 'Goodwill today can become a referral later.') },
    { id: 'write-reflection', section: 'reflect', offsetDays: 2, text: t('checklist.item.writeReflection', 'Write down what you learned about the work and yourself'), why: t('checklist.why.writeReflection', 'It shows you where you fit and where to go next.') },
    { id: 'update-resume', section: 'reflect', offsetDays: 7, text: t('checklist.item.updateResume', 'Update your résumé and LinkedIn with projects and results'), why: t('checklist.why.updateResume', 'Add the numbers while you still remember them.') },
    { id: 'confirm-end-date', section: 'finish', offsetDays: -14, text: t('checklist.item.confirmEndDate', 'Confirm your last day with your supervisor'), why: t('checklist.why.confirmEndDate', 'Everyone can plan the handover around it.') },
    { id: 'handover', section: 'finish', offsetDays: -7, text: t('checklist.item.handover', 'Write a handover note for each project'), why: t('checklist.why.handover', 'Where it stands, what’s left, where files live, who owns it next.') },
    { id: 'full-effort', section: 'finish', text: t('checklist.item.fullEffort', 'Keep giving full effort until the very end'), why: t('checklist.why.fullEffort', 'People remember your last impression most.') },
    { id: 'return-equipment', section: 'finish', offsetDays: 0, text: t('checklist.item.returnEquipment', 'Return equipment, badges and access'), why: t('checklist.why.returnEquipment', 'A tidy exit is part of a good impression.') },
    { id: 'collect-contacts', section: 'keep-in-touch', offsetDays: -1, text: t('checklist.item.collectContacts', 'Collect contact details of the people you worked with'), why: t('checklist.why.collectContacts', 'Work e-mail addresses stop working when you leave.') },
    { id: 'connect-linkedin', section: 'keep-in-touch', offsetDays: 0, text: t('checklist.item.connectLinkedin', 'Connect on LinkedIn with a personal note'), why: t('checklist.why.connectLinkedin', 'A short note makes people remember who you are.') },
    { id: 'first-update', section: 'keep-in-touch', offsetDays: 30, text: t('checklist.item.firstUpdate', 'Send your first update to your network'), why: t('checklist.why.firstUpdate', 'Small updates keep your name in mind for new openings.') },
  ];
}
