/**
 * Each step's six edits, made as an intern makes them: controls found by role and accessible name (the
 * names computed by the element's own translator, so the same edit runs in every language), buttons and
 * checkboxes pressed with the keyboard, words typed. Each edit returns what must hold afterwards: what
 * she sees and what is stored. Items are identified by their stable id (`data-id`), never by their
 * default text, which follows the language.
 */
import type { Translator } from '../../src/core/i18n.js';
import { typeInto } from '../helpers/roles.js';
import { pick } from '../helpers/roles.js';
import { DATES, activate, byRole, check, rendered, retype, seen, stored, toggle, until, type Check, type Ctx, type StepSpec, type Widget } from './matrix.js';

const sr = (step: Widget) => step.shadowRoot!;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The day of a date as any locale may write it (Latin or Arabic-Indic digits). */
const dayShown = (text: string, iso: string) => {
  const d = String(Number(iso.slice(8)));
  return text.includes(d) || text.includes(d.replace(/\d/g, (x) => '٠١٢٣٤٥٦٧٨٩'[Number(x)]));
};

// ---- the checklist -----------------------------------------------------------------------------

const cRow = (step: Widget, id: string) => sr(step).querySelector<HTMLElement>(`li.item:not(.from)[data-id="${CSS.escape(id)}"]`);
const cText = (step: Widget, id: string) => {
  const row = cRow(step, id);
  if (!row) throw new Error(`no checklist row ${id}`);
  return squash(row.querySelector('label.text')?.textContent);
};
const cRowSeen = (id: string, what: (row: HTMLElement) => string) => (step: Widget) => {
  const row = cRow(step, id);
  return row ? what(row) : `item ${id} is not shown`;
};
const cOrder = (step: Widget) => [...sr(step).querySelectorAll<HTMLElement>('li.item:not(.from)[data-id]')].map((li) => li.dataset.id!);

/** Opens a checklist item's edit form (its "Edit: …" button) and returns the form's row. */
async function cEdit(step: Widget, t: Translator, id: string): Promise<HTMLElement> {
  await activate(byRole(sr(step), 'button', t('checklist.editItem', 'Edit: {text}', { text: cText(step, id) })), step);
  return until(() => sr(step).querySelector<HTMLElement>(`li.item.editing[data-id="${CSS.escape(id)}"]`));
}

export const checklist: StepSpec = {
  name: 'internship-checklist',
  tag: 'internship-checklist',
  slot: 'checklist',
  other: 'planner',
  ready: ['checklist.add', 'Add step'],
  untouched: { id: 'final-meetings', message: ['checklist.item.finalMeetings', 'Book final meetings with people you want to learn from'], seen: (step) => cText(step, 'final-meetings') },
  edits: {
    async tick(step) {
      const id = 'right-questions';
      await toggle(cRow(step, id)!.querySelector<HTMLInputElement>('input[type="checkbox"]')!, step);
      return check(cRowSeen(id, (row) => (row.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked ? '' : `item ${id} is not ticked`)), stored.done(id));
    },
    async add(step, { t, words }) {
      await typeInto(byRole(sr(step).querySelector('form.add')!, 'textbox', t('checklist.itemLabel', 'What to do')), words.add);
      await activate(byRole(sr(step), 'button', t('checklist.add', 'Add step')), step);
      return check(seen.text(words.add), stored.text(words.add));
    },
    async type(step, { t, words }) {
      const id = 'explore-areas';
      const row = await cEdit(step, t, id);
      await retype(byRole<HTMLInputElement>(row, 'textbox', t('checklist.itemLabel', 'What to do')), words.type);
      await activate(byRole(row, 'button', t('checklist.save', 'Save')), step);
      return check(cRowSeen(id, (r) => (squash(r.textContent).includes(words.type) ? '' : `item ${id} does not show her words “${words.type}”`)), stored.text(words.type));
    },
    async reorder(step, { t }) {
      const [a, b] = ['ask-reference', 'ask-return-offer'];
      await activate(byRole(sr(step), 'button', t('checklist.moveDown', 'Move down: {text}', { text: cText(step, a) })), step);
      return check(
        (s) => {
          const order = cOrder(s);
          return order.indexOf(b) >= 0 && order.indexOf(b) < order.indexOf(a) ? '' : `${b} is not shown above ${a}`;
        },
        stored.order(b, a),
      );
    },
    async undo(step, { t }) {
      const id = 'thank-supervisor';
      await activate(byRole(sr(step), 'button', t('checklist.delete', 'Delete: {text}', { text: cText(step, id) })), step);
      if (cRow(step, id)) throw new Error('Delete did not remove the item');
      await activate(byRole(sr(step), 'button', t('checklist.undo', 'Undo')), step);
      return check(cRowSeen(id, () => ''), stored.present(id));
    },
    async date(step, { t }) {
      const id = 'write-reflection';
      const row = await cEdit(step, t, id);
      pick(byRole<HTMLInputElement>(row, 'date', t('checklist.dueLabel', 'Due date (optional)')), DATES.late);
      await activate(byRole(row, 'button', t('checklist.save', 'Save')), step);
      return check(cRowSeen(id, (r) => (dayShown(squash(r.querySelector('.meta')?.textContent), DATES.late) ? '' : `item ${id} does not show the date ${DATES.late}`)), stored.date(id, DATES.late));
    },
  },
};

// ---- the finish-strong planner -----------------------------------------------------------------

const pRow = (step: Widget, id: string) => sr(step).querySelector<HTMLElement>(`.timeline li[data-id="${CSS.escape(id)}"]`);
const pText = (step: Widget, id: string) => {
  const row = pRow(step, id);
  if (!row) throw new Error(`no milestone ${id}`);
  return squash(row.querySelector('label.check span')?.textContent);
};
const pRowSeen = (id: string, what: (row: HTMLElement) => string) => (step: Widget) => {
  const row = pRow(step, id);
  return row ? what(row) : `milestone ${id} is not shown`;
};

/** Moves a milestone to a date through its "Move …" button and the date field it opens. */
async function pMove(step: Widget, t: Translator, id: string, date: string): Promise<void> {
  const text = pText(step, id);
  await activate(byRole(sr(step), 'button', t('planner.move', 'Move “{text}”', { text })), step);
  pick(await until(() => byRole<HTMLInputElement>(sr(step), 'date', t('planner.moveTo', 'New date for “{text}”', { text }))), date);
  await rendered(step);
}

export const planner: StepSpec = {
  name: 'finish-strong-planner',
  tag: 'finish-strong-planner',
  slot: 'planner',
  other: 'checklist',
  ready: ['planner.addMilestone', 'Add milestone'],
  untouched: { id: 'goodbye', message: ['planner.m.goodbye', 'Last day: return equipment and access, say goodbye in person, swap contact details'], seen: (step) => pText(step, 'goodbye') },
  edits: {
    async tick(step) {
      const id = 'share';
      await toggle(pRow(step, id)!.querySelector<HTMLInputElement>('input[type="checkbox"]')!, step);
      return check(pRowSeen(id, (row) => (row.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked ? '' : `milestone ${id} is not ticked`)), stored.done(id));
    },
    async add(step, { t, words }) {
      await typeInto(byRole(sr(step), 'textbox', t('planner.newMilestone', 'New milestone')), words.add);
      await activate(byRole(sr(step), 'button', t('planner.addMilestone', 'Add milestone')), step);
      return check(seen.text(words.add), stored.text(words.add));
    },
    async type(step, { t, words }) {
      // The issue's own steps: "+ Add a project", type a name.
      await activate(byRole(sr(step), 'button', t('planner.addProject', '+ Add a project')), step);
      const names = await until(() => {
        const all = [...sr(step).querySelectorAll<HTMLInputElement>('input')].filter((i) => i.closest('label')?.querySelector('.label')?.textContent?.trim() === t('planner.f.name', 'Project name'));
        return all.length ? all : undefined;
      });
      await typeInto(names[names.length - 1], words.type);
      return check(seen.text(words.type), stored.text(words.type));
    },
    async reorder(step, { t }) {
      // The timeline is in date order: moving the last milestone before the first reorders it.
      const [id, first] = ['follow', 'confirm'];
      await pMove(step, t, id, DATES.early);
      return check(
        (s) => {
          const ids = [...sr(s).querySelectorAll<HTMLElement>('.timeline li[data-id]')].map((li) => li.dataset.id!);
          return ids.indexOf(id) >= 0 && ids.indexOf(id) < ids.indexOf(first) ? '' : `${id} is not shown before ${first}`;
        },
        stored.date(id, DATES.early),
      );
    },
    async undo(step, { t }) {
      const id = 'talk';
      await activate(byRole(sr(step), 'button', t('planner.remove', 'Remove “{text}”', { text: pText(step, id) })), step);
      if (pRow(step, id)) throw new Error('Remove did not remove the milestone');
      await activate(byRole(sr(step), 'button', t('planner.undo', 'Undo')), step);
      return check(pRowSeen(id, () => ''), stored.present(id));
    },
    async date(step, { t }) {
      const id = 'handover';
      await pMove(step, t, id, DATES.late);
      return check(pRowSeen(id, (r) => (dayShown(squash(r.querySelector('.when')?.textContent), DATES.late) ? '' : `milestone ${id} does not show ${DATES.late}`)), stored.date(id, DATES.late));
    },
  },
};

export type { Check, Ctx };
