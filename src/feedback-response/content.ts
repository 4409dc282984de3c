/** The supervisor's reply as readable text: what a person reads in the e-mail above the block. */
import type { SupervisorResponse } from '../core/formats/feedback-link.js';
import type { Translator } from '../core/i18n.js';

/** The e-mail's subject. */
export const replySubject = (t: Translator, first: string): string => t('response.mail.subject', 'My feedback for {name}', { name: first });

/**
 * The readable answers, then the block for the intern's kit. Each question keeps its number so a reader
 * who doesn't use the kit can still follow; unanswered questions are said to be skipped, not hidden.
 * `number` writes a question's number in the language's digits.
 */
export function replyBody(t: Translator, r: SupervisorResponse, first: string, block: string, number: (n: number) => string = String): string {
  const lines = [t('response.mail.hi', 'Hi {name},', { name: first }), '', t('response.mail.intro', 'Here are my answers to your questions.'), ''];
  r.answers.forEach((a, i) => {
    lines.push(`${number(i + 1)}. ${a.text}`, a.answer.trim() ? a.answer : t('response.mail.skipped', '(skipped)'), '');
  });
  if (r.quote?.trim()) lines.push(t('response.mail.quote', 'A recommendation you may quote:'), t('response.mail.quoted', '“{text}”', { text: r.quote }), '');
  if (r.reference !== undefined) {
    lines.push(r.reference ? t('response.mail.refYes', 'Yes, I would be glad to be a reference for you.') : t('response.mail.refNo', 'I would rather not be a reference this time.'), '');
  }
  lines.push(r.from, '', t('response.mail.block', 'If you use Strong Finish, paste this whole e-mail into it: the block below carries the same answers.'), block);
  return lines.join('\n');
}
