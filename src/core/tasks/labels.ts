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
