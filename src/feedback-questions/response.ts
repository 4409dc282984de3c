/**
 * Puts a supervisor's written answers (read from their e-mail's block) on the intern's agenda. Pure:
 * the element calls it and commits the result.
 */
import type { SupervisorResponse } from '../core/formats/feedback-link.js';

/** The agenda item fields this needs (a subset of PickedQuestion). */
export interface AgendaItem {
  id: string;
  text: string;
  theme: string;
  custom?: true;
  /** The supervisor's own words, from their written response. */
  said?: string;
}

/**
 * Each non-empty answer lands on its question: matched by id, else by the question's text (the intern
 * may have re-added it), else added to the end of the agenda as a question of their own. The intern's
 * notes are never touched: the supervisor's words go to `said`. Returns how many answers landed and
 * how many of those needed a new agenda item.
 */
export function mergeResponse<T extends AgendaItem>(selected: readonly T[], response: SupervisorResponse): { selected: T[]; landed: number; added: number } {
  const next = selected.map((s) => ({ ...s }));
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ');
  let landed = 0;
  let added = 0;
  for (const a of response.answers) {
    if (!a.answer.trim()) continue;
    const item = next.find((s) => s.id === a.id) ?? next.find((s) => norm(s.text) === norm(a.text));
    landed++;
    if (item) item.said = a.answer;
    else {
      added++;
      next.push({ id: a.id, text: a.text, theme: 'performance', custom: true, said: a.answer } as T);
    }
  }
  return { selected: next, landed, added };
}
