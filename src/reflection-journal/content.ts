/** Default content of <reflection-journal>: frameworks, skills and the mood scale, as a function of `t`. */
export const THEMES = ['industry', 'self', 'worked', 'didnt', 'fit', 'next'] as const;
export type Theme = (typeof THEMES)[number];

import type { Translator } from '../core/i18n.js';

/** The translator (one type for the whole kit, from the core). */
export type T = Translator;

/** A reflection framework: a name, a one-line hint and one prompt per theme. */
export interface Framework {
  label: string;
  hint?: string;
  prompts: Partial<Record<Theme, string>>;
}

/**
 * Host content (the `content` property, or a child `<script type="application/json">`):
 * ```json
 * {
 *   "frameworks": { "seed": { "label": "…", "hint": "…", "prompts": { "industry": "…", "next": "…" } },
 *                   "star": { "label": "STAR", "prompts": { … } } },
 *   "skills": ["Communication", "SQL"],
 *   "verbs": ["Led", "Built"]
 * }
 * ```
 * Every key is optional. Frameworks merge over the built-in ones by id (new ids add a framework);
 * `skills` replaces the default skill list (the NACE competencies); `verbs` replaces the action verbs.
 */
export interface JournalContent {
  frameworks?: Record<string, Framework>;
  /**
   * New names for the six themes (`{ "id": "fit", "label": "…" }`), or themes of the host's or programme's
   * own, after the six (`{ "id": "ethics", "label": "Ethics at work", "prompt": "…" }`).
   */
  themes?: { id: string; label: string; prompt?: string }[];
  /** Themes left out of the journal (shown only where she already wrote). */
  hide?: string[];
  skills?: string[];
  verbs?: string[];
}

export const themeLabels = (t: T): Record<Theme, string> => ({
  industry: t('reflection.theme.industry', 'The industry'),
  self: t('reflection.theme.self', 'Yourself'),
  worked: t('reflection.theme.worked', 'What worked'),
  didnt: t('reflection.theme.didnt', 'What didn’t'),
  fit: t('reflection.theme.fit', 'Career fit'),
  next: t('reflection.theme.next', 'Next steps'),
});

export const defaultFrameworks = (t: T): Record<string, Framework> => ({
  seed: {
    label: t('reflection.fw.seed', 'Guided questions'),
    hint: t('reflection.fw.seed.hint', 'Step back and look at the whole internship honestly.'),
    prompts: {
      industry: t('reflection.seed.industry', 'What did you learn about this industry that you couldn’t have learned from the outside? What surprised you?'),
      self: t('reflection.seed.self', 'What did you learn about yourself: your strengths, how you like to work, what drains you?'),
      worked: t('reflection.seed.worked', 'What worked well? Think of a project, a habit or a moment you’re proud of.'),
      didnt: t('reflection.seed.didnt', 'What didn’t work, and what would you do differently next time?'),
      fit: t('reflection.seed.fit', 'Is this the kind of work, team and company you want more of? Why, or why not?'),
      next: t('reflection.seed.next', 'Where do you go from here? Name one or two concrete next steps.'),
    },
  },
  rolfe: {
    label: t('reflection.fw.rolfe', 'What? So what? Now what?'),
    hint: t('reflection.fw.rolfe.hint', 'Rolfe’s model: describe, make sense of it, then act.'),
    prompts: {
      industry: t('reflection.rolfe.industry', 'What? What did you see of the industry: the work, the people, how things get done?'),
      self: t('reflection.rolfe.self', 'What? What was your part, and what did you actually do?'),
      worked: t('reflection.rolfe.worked', 'So what? What went well, and why did it matter?'),
      didnt: t('reflection.rolfe.didnt', 'So what? What felt hard or went wrong, and what does it tell you?'),
      fit: t('reflection.rolfe.fit', 'So what? What does all this mean for the career you want?'),
      next: t('reflection.rolfe.next', 'Now what? What will you do next, and how will you know it worked?'),
    },
  },
  deal: {
    label: t('reflection.fw.deal', 'DEAL'),
    hint: t('reflection.fw.deal.hint', 'Describe, Examine, Articulate learning.'),
    prompts: {
      industry: t('reflection.deal.industry', 'Describe: where were you, who was involved and what were you responsible for?'),
      self: t('reflection.deal.self', 'Examine your growth: which strengths and limits showed up?'),
      worked: t('reflection.deal.worked', 'Examine: what worked, and which skills or knowledge made it work?'),
      didnt: t('reflection.deal.didnt', 'Examine: what didn’t work, and which of your assumptions did it challenge?'),
      fit: t('reflection.deal.fit', 'Articulate learning: I learned that… I learned it when… It matters because…'),
      next: t('reflection.deal.next', 'Articulate learning: In light of this, I will…'),
    },
  },
  gibbs: {
    label: t('reflection.fw.gibbs', 'Gibbs’ reflective cycle'),
    hint: t('reflection.fw.gibbs.hint', 'Six stages, from what happened to an action plan.'),
    prompts: {
      industry: t('reflection.gibbs.industry', 'Description: what happened during the internship? Stick to the facts.'),
      self: t('reflection.gibbs.self', 'Feelings: what were you thinking and feeling along the way?'),
      worked: t('reflection.gibbs.worked', 'Evaluation: what was good about the experience?'),
      didnt: t('reflection.gibbs.didnt', 'Analysis: what was difficult, and why did it go that way?'),
      fit: t('reflection.gibbs.fit', 'Conclusion: what else could you have done, and what does it say about your fit?'),
      next: t('reflection.gibbs.next', 'Action plan: if it happened again, what would you do? What comes next?'),
    },
  },
});

/** The eight NACE career-readiness competencies' ids, in the order `defaultSkills` gives their names. */
export const SKILL_IDS: readonly string[] = ['communication', 'teamwork', 'critical', 'technology', 'leadership', 'professionalism', 'development', 'equity'];

/** The eight NACE career-readiness competencies. */
export const defaultSkills = (t: T): string[] => [
  t('reflection.skill.communication', 'Communication'),
  t('reflection.skill.teamwork', 'Teamwork'),
  t('reflection.skill.critical', 'Critical thinking'),
  t('reflection.skill.technology', 'Technology'),
  t('reflection.skill.leadership', 'Leadership'),
  t('reflection.skill.professionalism', 'Professionalism'),
  t('reflection.skill.development', 'Career and self-development'),
  t('reflection.skill.equity', 'Equity and inclusion'),
];

export const defaultMoods = (t: T): string[] =>
  t('reflection.moods', 'Drained,Low,Okay,Good,Energised').split(',');

export const defaultVerbs = (t: T): string[] =>
  t('reflection.verbs', 'Led,Built,Improved,Analysed,Designed,Organised,Wrote,Launched,Reduced,Automated,Presented,Researched').split(',');
