import { formatDate } from '../dates.js';
import type { Inference } from './auto.js';
import type { TaskSource } from './tasks.js';

type T = (id: string, english: string) => string;

/** Where a task of the kit's list came from, as shown next to it in another step. */
export function sourceLabel(t: T, source: TaskSource): string {
  switch (source) {
    case 'checklist':
      return t('tasks.from.checklist', 'From your checklist');
    case 'planner':
      return t('tasks.from.planner', 'From Finish strong');
    case 'feedback':
      return t('tasks.from.feedback', 'From your feedback talk');
    case 'contacts':
      return t('tasks.from.contacts', 'From Keep in touch');
  }
}

/** What the explanation of a tick needs from the element's locale controller. */
export interface ReasonI18n {
  locale: string;
  t: (id: string, english: string, params?: Readonly<Record<string, string | number | undefined>>) => string;
  plural: (n: number, id: string, forms: { one: string; other: string }, params?: Record<string, string | number>) => string;
}

/**
 * The one line that says why the kit ticked an item ("Ticked because you sent 4 thank-you notes."),
 * in the element's language. Shown under the item wherever the tick shows (checklist, planner).
 */
export function autoReasonText(i18n: ReasonI18n, why: Inference): string {
  switch (why.rule) {
    case 'supervisor-note':
      return why.name
        ? i18n.t('tasks.auto.supervisorNote', 'Ticked because you sent your thank-you note to {name}.', { name: why.name })
        : i18n.t('tasks.auto.supervisorNoteNoName', 'Ticked because you sent your thank-you note to your supervisor.');
    case 'notes-sent':
      return i18n.plural(why.n, 'tasks.auto.notesSent', { one: 'Ticked because you sent {n} thank-you note.', other: 'Ticked because you sent {n} thank-you notes.' });
    case 'talk-date':
      return i18n.t('tasks.auto.talkDate', 'Ticked because you set a date for your feedback talk: {date}.', { date: formatDate(why.date, i18n.locale) });
    case 'handover-notes':
      return i18n.plural(why.n, 'tasks.auto.handover', { one: 'Ticked because you wrote a handover note for {n} project.', other: 'Ticked because you wrote handover notes for all {n} projects.' });
    case 'contacts-saved':
      return i18n.plural(why.n, 'tasks.auto.contacts', { one: 'Ticked because you saved contact details for {n} person in Keep in touch.', other: 'Ticked because you saved contact details for {n} people in Keep in touch.' });
    case 'reflection-written':
      return i18n.plural(why.n, 'tasks.auto.reflection', { one: 'Ticked because you wrote {n} part of your reflection.', other: 'Ticked because you wrote {n} parts of your reflection.' });
  }
}
