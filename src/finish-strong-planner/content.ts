import type { Translator } from '../core/i18n.js';

/** A milestone of the default timeline: `offset` days from the last day (negative = before). */
export interface MilestoneSeed {
  id: string;
  text: string;
  offset: number;
}

/** The translator (one type for the whole kit, from the core). */
type T = Translator;

/** The suggested final weeks, written from the seed's "Finish strong" and the career-centre timeline. */
export const defaultMilestones = (t: T): MilestoneSeed[] => [
  { id: 'confirm', offset: -14, text: t('planner.m.confirm', 'Confirm your last day with your supervisor and ask what they most want finished') },
  { id: 'handover', offset: -7, text: t('planner.m.handover', 'Start the handover document: one section per project') },
  { id: 'talk', offset: -7, text: t('planner.m.talk', 'Book a feedback talk with your supervisor for your last week') },
  { id: 'share', offset: -3, text: t('planner.m.share', 'Share the handover with whoever takes over, and ask for a reference') },
  { id: 'thanks', offset: -3, text: t('planner.m.thanks', 'Write thank-you notes that name one thing each person taught you') },
  { id: 'goodbye', offset: 0, text: t('planner.m.goodbye', 'Last day: return equipment and access, say goodbye in person, swap contact details') },
  { id: 'follow', offset: 7, text: t('planner.m.follow', 'Follow up: a short thank-you and update to your supervisor, and connect on LinkedIn') },
];
