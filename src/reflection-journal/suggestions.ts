/**
 * What the reflection's "next steps" may suggest from the kit's feedback step: the intern's own
 * takeaways and her "what I'll do next" list, in her language. The supervisor's written recommendation
 * is their words about her, not a step of her plan: it is shown as a quote, attributed, never offered
 * to add to her next steps (`recommendation`).
 */
import { writtenIn } from '../core/script.js';

type Bag = Record<string, unknown>;
const bag = (v: unknown): Bag => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Bag) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** Ideas for next steps from the feedback step's value, in the intern's language (`locale`), without duplicates. */
export function nextStepIdeas(feedback: unknown, locale: string): string[] {
  const fb = bag(feedback);
  const out: string[] = [];
  const add = (v: unknown) => {
    const s = str(v);
    if (s && !out.includes(s) && writtenIn(s, locale)) out.push(s);
  };
  // A question's own text and the supervisor's answers (`said`) are never offered: only what she took away.
  for (const q of list(fb.selected)) add(bag(q).takeaway);
  for (const a of list(fb.actions)) add(typeof a === 'string' ? a : bag(a).text);
  return out;
}

/** The supervisor's written recommendation, with who wrote it, to show as a quote; undefined when there is none. */
export function recommendation(feedback: unknown): { quote: string; from: string } | undefined {
  const r = bag(bag(feedback).response);
  const quote = str(r.quote);
  return quote ? { quote, from: str(r.from) } : undefined;
}
