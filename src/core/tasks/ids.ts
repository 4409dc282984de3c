// The kit's task identities, apart from the task list so that an element that only needs an id (the
// checklist's automatic ticks, the feedback step's next steps) doesn't load the whole list.

/**
 * Default planner milestones that say the same as a default checklist item: in the kit they are one
 * task (the checklist's), ticked together. Keyed by milestone id, valued by checklist item id.
 */
export const SAME_TASK: Readonly<Record<string, string>> = {
  confirm: 'confirm-end-date',
  handover: 'handover',
  talk: 'schedule-feedback',
  goodbye: 'return-equipment',
  thanks: 'thank-team',
};

/** A stable id for a next step saved as plain text (before steps had dates): the same text, the same id. */
export function textId(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h * 33) ^ text.charCodeAt(i)) >>> 0;
  return `t${h.toString(36)}`;
}
