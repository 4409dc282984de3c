/** Default question bank for <feedback-questions>, written for Strong Finish from the seed article. */
import type { Translator } from '../core/i18n.js';

/** The translator (one type for the whole kit, from the core). */
type T = Translator;

export const THEMES = ['performance', 'strengths', 'improve', 'skills', 'style', 'industry', 'offers', 'references'] as const;
export type Theme = (typeof THEMES)[number];

export interface Question {
  id: string;
  theme: string;
  text: string;
  tip?: string;
}

export const themeLabels = (t: T): Record<Theme, string> => ({
  performance: t('feedback.theme.performance', 'Performance and impact'),
  strengths: t('feedback.theme.strengths', 'Strengths'),
  improve: t('feedback.theme.improve', 'Areas to improve'),
  skills: t('feedback.theme.skills', 'Skills to build next'),
  style: t('feedback.theme.style', 'Working style and communication'),
  industry: t('feedback.theme.industry', 'The industry and career paths'),
  offers: t('feedback.theme.offers', 'Return offers and future roles'),
  references: t('feedback.theme.references', 'References and recommendations'),
});

const q = (id: string, theme: Theme, text: string, tip?: string): Question => (tip ? { id, theme, text, tip } : { id, theme, text });

/** The bank. Return-offer questions ask about criteria, never about other interns. */
export const defaultQuestions = (t: T): Question[] => [
  q('perf-overall', 'performance', t('feedback.q.perf-overall', 'Overall, how would you describe my work this internship?'), t('feedback.tip.perf-overall', 'Ask for one example.')),
  q('perf-impact', 'performance', t('feedback.q.perf-impact', 'Which piece of my work made the biggest difference to the team?')),
  q('perf-expect', 'performance', t('feedback.q.perf-expect', 'Where did I meet, beat or miss what you expected of me?'), t('feedback.tip.perf-expect', 'Listen first; ask follow-ups later.')),
  q('perf-better', 'performance', t('feedback.q.perf-better', 'If you could redo one of my projects, what would you change?')),
  q('str-best', 'strengths', t('feedback.q.str-best', 'What do you see as my strongest skills?'), t('feedback.tip.str-best', 'Ask where you saw it in action.')),
  q('str-rely', 'strengths', t('feedback.q.str-rely', 'What could you count on me for?')),
  q('str-stand', 'strengths', t('feedback.q.str-stand', 'Was there a moment I went beyond what you asked?')),
  q('str-use', 'strengths', t('feedback.q.str-use', 'Which of my strengths should I lean on in my next role?')),
  q('imp-one', 'improve', t('feedback.q.imp-one', 'What is the one thing I could do better?'), t('feedback.tip.imp-one', 'Say thank you, not “but”.')),
  q('imp-habit', 'improve', t('feedback.q.imp-habit', 'Is there a habit that held my work back?')),
  q('imp-sooner', 'improve', t('feedback.q.imp-sooner', 'What do you wish I had asked about sooner?')),
  q('imp-miss', 'improve', t('feedback.q.imp-miss', 'Where did I need more support than you expected?')),
  q('imp-blind', 'improve', t('feedback.q.imp-blind', 'Is there anything others noticed that I might not see myself?')),
  q('sk-next', 'skills', t('feedback.q.sk-next', 'Which skill should I build next, and how?'), t('feedback.tip.sk-next', 'Ask for a course, book or person.')),
  q('sk-tool', 'skills', t('feedback.q.sk-tool', 'Which tools or methods are worth learning for this kind of work?')),
  q('sk-gap', 'skills', t('feedback.q.sk-gap', 'What separates a good junior from a great one here?')),
  q('sk-practice', 'skills', t('feedback.q.sk-practice', 'How could I practise that before my next role?')),
  q('sty-comm', 'style', t('feedback.q.sty-comm', 'How well did I keep you up to date?'), t('feedback.tip.sty-comm', 'Ask what they would want more or less of.')),
  q('sty-meet', 'style', t('feedback.q.sty-meet', 'How did I come across in meetings?')),
  q('sty-ask', 'style', t('feedback.q.sty-ask', 'Did I ask for help at the right moments?')),
  q('sty-team', 'style', t('feedback.q.sty-team', 'How did I work with the rest of the team?')),
  q('ind-path', 'industry', t('feedback.q.ind-path', 'How did you get to where you are now?')),
  q('ind-fit', 'industry', t('feedback.q.ind-fit', 'Which kinds of roles do you think would suit me?'), t('feedback.tip.ind-fit', 'Ask why.')),
  q('ind-change', 'industry', t('feedback.q.ind-change', 'Where is this industry heading in the next few years?')),
  q('ind-areas', 'industry', t('feedback.q.ind-areas', 'Which parts of the business should I have explored more?')),
  q('ind-people', 'industry', t('feedback.q.ind-people', 'Is there someone you think I should talk to?')),
  q('off-process', 'offers', t('feedback.q.off-process', 'How do return offers or future roles work here?'), t('feedback.tip.off-process', 'Ask about the process and dates.')),
  q('off-case', 'offers', t('feedback.q.off-case', 'What would strengthen my case for a return offer?'), t('feedback.tip.off-case', 'Ask about criteria, never about other interns.')),
  q('off-criteria', 'offers', t('feedback.q.off-criteria', 'What do you look for when deciding who to hire?')),
  q('off-gap', 'offers', t('feedback.q.off-gap', 'What is the gap between my work now and the level you hire at?')),
  q('off-stay', 'offers', t('feedback.q.off-stay', 'How should I stay in touch about future openings?')),
  q('ref-ok', 'references', t('feedback.q.ref-ok', 'Would you be comfortable being a reference for me?'), t('feedback.tip.ref-ok', 'Give them an easy way to say no.')),
  q('ref-linkedin', 'references', t('feedback.q.ref-linkedin', 'Would you write a short LinkedIn recommendation?')),
  q('ref-say', 'references', t('feedback.q.ref-say', 'What would you say about me to an employer?')),
  q('ref-help', 'references', t('feedback.q.ref-help', 'What can I send you to make a reference easy?'), t('feedback.tip.ref-help', 'Offer a summary of your projects.')),
];

/** A balanced first agenda, one question per key theme. */
export const STARTER = ['perf-overall', 'str-best', 'imp-one', 'sk-next', 'off-case', 'ref-ok'];
