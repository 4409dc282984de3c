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
import { DATES, PROFILE, activate, byRole, check, rendered, retype, seen, stored, storedItem, toggle, until, type Check, type Ctx, type StepSpec, type Widget } from './matrix.js';

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


// ---- feedback questions ------------------------------------------------------------------------

const fRow = (step: Widget, id: string) => sr(step).querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`);
const fIds = (step: Widget) => [...sr(step).querySelectorAll<HTMLElement>('section[aria-labelledby="agenda-h"] li[data-id]')].map((li) => li.dataset.id!);
const fStep = (step: Widget, text: string) => [...sr(step).querySelectorAll<HTMLElement>('li[data-step]')].find((li) => squash(li.querySelector('label')?.textContent) === text);

/** "1. Prepare" or "2. During and after the talk". */
async function fStage(step: Widget, t: Translator, stage: 'prepare' | 'talk'): Promise<void> {
  const b = byRole(sr(step), 'button', stage === 'prepare' ? t('feedback.prepare', '1. Prepare') : t('feedback.talk', '2. During and after the talk'));
  if (b.getAttribute('aria-pressed') !== 'true') await activate(b, step);
}

/** Adds a next step (talk stage) and returns its row. */
async function fAddStep(step: Widget, t: Translator, text: string): Promise<HTMLElement> {
  await fStage(step, t, 'talk');
  await typeInto(byRole(sr(step), 'textbox', t('feedback.addAction', 'Add a next step')), text);
  await activate(byRole(sr(step).querySelector('section[aria-labelledby="next-h"]')!, 'button', t('feedback.addOwn', 'Add')), step);
  return until(() => fStep(step, text));
}

export const feedback: StepSpec = {
  name: 'feedback-questions',
  tag: 'feedback-questions',
  slot: 'feedback',
  other: 'planner',
  ready: ['feedback.agenda', 'Agenda'],
  untouched: { id: 'ref-ok', message: ['feedback.q.ref-ok', 'Would you be comfortable being a reference for me?'], seen: (step) => squash(fRow(step, 'ref-ok')?.querySelector('p')?.textContent) },
  async prepare(step, { t }) {
    await fStage(step, t, 'prepare');
    await activate(byRole(sr(step), 'button', t('feedback.starter', 'Use the suggested six')), step);
    await until(() => fIds(step).length === 6);
  },
  reveal: (step, t) => fStage(step, t, 'talk'),
  edits: {
    async tick(step, { t, words }) {
      const row = await fAddStep(step, t, words.other);
      const id = row.dataset.step!;
      await toggle(row.querySelector<HTMLInputElement>('input[type="checkbox"]')!, step);
      return check((s) => (fStep(s, words.other)?.querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked ? '' : `next step “${words.other}” is not shown ticked`), stored.done(id));
    },
    async add(step, { t, words }) {
      await fStage(step, t, 'prepare');
      await typeInto(byRole(sr(step), 'textbox', t('feedback.own', 'Add your own question')), words.add);
      await activate(byRole(sr(step).querySelector('section[aria-labelledby="agenda-h"]')!, 'button', t('feedback.addOwn', 'Add')), step);
      return check(seen.text(words.add), stored.text(words.add));
    },
    async type(step, { t, words }) {
      await fStage(step, t, 'talk');
      await typeInto(byRole(fRow(step, 'perf-overall')!, 'textbox', t('feedback.takeaway', 'Key takeaway')), words.type);
      return check(seen.text(words.type), stored.text(words.type));
    },
    async reorder(step, { t }) {
      await fStage(step, t, 'prepare');
      const [a, b] = ['str-best', 'imp-one'];
      await activate(byRole(fRow(step, a)!, 'button', t('feedback.down', 'Move down')), step);
      return check((s) => {
        const ids = fIds(s);
        return ids.indexOf(b) >= 0 && ids.indexOf(b) < ids.indexOf(a) ? '' : `${b} is not shown above ${a}`;
      }, stored.order(b, a));
    },
    async undo(step, { t }) {
      await fStage(step, t, 'prepare');
      const id = 'sk-next';
      await activate(byRole(fRow(step, id)!, 'button', t('feedback.remove', 'Remove')), step);
      if (fRow(step, id)) throw new Error('Remove did not remove the question');
      await activate(byRole(sr(step), 'button', t('feedback.undo', 'Undo')), step);
      return check((s) => (fRow(s, id) ? '' : `question ${id} is not shown`), stored.present(id));
    },
    async date(step, { t, words }) {
      const row = await fAddStep(step, t, words.more);
      const id = row.dataset.step!;
      pick(byRole<HTMLInputElement>(row, 'date', t('feedback.stepDue', 'By when: {text}', { text: words.more })), DATES.late);
      await rendered(step);
      return check((s) => (fStep(s, words.more)?.querySelector<HTMLInputElement>('input[type="date"]')?.value === DATES.late ? '' : `next step “${words.more}” does not show ${DATES.late}`), stored.date(id, DATES.late));
    },
  },
};

// ---- thank-you notes ---------------------------------------------------------------------------

const tPerson = (step: Widget, name: string) => [...sr(step).querySelectorAll<HTMLElement>('.people button.person')].find((b) => squash(b.querySelector('.pname')?.textContent) === name);

/** Adds a person from the "Add a person" form. */
async function tAdd(step: Widget, t: Translator, name: string): Promise<string> {
  const details = sr(step).querySelector<HTMLDetailsElement>('details.add')!;
  if (!details.open) await activate(details.querySelector('summary')!, step);
  await typeInto(byRole(details, 'textbox', t('thanks.name', 'Name')), name);
  await activate(byRole(details, 'button', t('thanks.add', 'Add person')), step);
  return (await until(() => tPerson(step, name))).dataset.id!;
}
/** Shows a person's note. */
async function tSelect(step: Widget, name: string): Promise<void> {
  const b = tPerson(step, name);
  if (b && b.getAttribute('aria-current') !== 'true') await activate(b, step);
}

export const thanks: StepSpec = {
  name: 'thank-you-composer',
  tag: 'thank-you-composer',
  slot: 'thanks',
  other: 'checklist',
  ready: ['thanks.people', 'People to thank'],
  needs: { undo: ['add'] },
  async prepare(step, { t, words }) {
    await tAdd(step, t, words.name);
  },
  reveal: async (step) => {
    const first = sr(step).querySelector<HTMLElement>('.people button.person');
    if (first && first.getAttribute('aria-current') !== 'true') await activate(first, step);
  },
  edits: {
    async tick(step, { t, words }) {
      // Her note marked as sent: the thank-you step's tick.
      await tSelect(step, words.name);
      const id = tPerson(step, words.name)!.dataset.id!;
      const editor = () => sr(step).querySelector<HTMLElement>('.editor')!;
      await activate(byRole(editor(), 'button', t('thanks.write', 'Write the draft')), step);
      await activate(await until(() => byRole(editor(), 'button', t('thanks.markSent', 'Mark as sent'))), step);
      return check(
        (s) => (tPerson(s, words.name)?.querySelector('.st-sent') ? '' : `${words.name} is not shown as sent`),
        (data) => (storedItem(data, id)?.status === 'sent' ? '' : `${words.name} is not stored as sent`),
      );
    },
    async add(step, { t, words }) {
      await tAdd(step, t, words.friend);
      return check((s) => (tPerson(s, words.friend) ? '' : `${words.friend} is not on the list`), stored.text(words.friend));
    },
    async type(step, { words }) {
      await tSelect(step, words.name);
      const box = sr(step).querySelector<HTMLTextAreaElement>('.editor fieldset textarea')!;
      await typeInto(box, words.type);
      return check(
        async (s) => {
          await tSelect(s, words.name);
          return sr(s).querySelector<HTMLTextAreaElement>('.editor fieldset textarea')?.value.includes(words.type) ? '' : `her words “${words.type}” are not in ${words.name}’s note`;
        },
        stored.text(words.type),
      );
    },
    async undo(step, { t, words }) {
      await tSelect(step, words.friend);
      const id = tPerson(step, words.friend)!.dataset.id!;
      await activate(byRole(sr(step).querySelector('.editor')!, 'button', t('thanks.remove', 'Remove')), step);
      await activate(await until(() => byRole(sr(step), 'button', t('thanks.confirmRemove', 'Yes, remove {name}', { name: words.friend }))), step);
      if (tPerson(step, words.friend)) throw new Error('Remove did not remove the person');
      await activate(byRole(sr(step), 'button', t('thanks.undo', 'Undo')), step);
      return check((s) => (tPerson(s, words.friend) ? '' : `${words.friend} is not on the list`), stored.present(id));
    },
  },
};

// ---- reflection journal ------------------------------------------------------------------------

const rBullets = (step: Widget) => [...sr(step).querySelectorAll<HTMLElement>('ul.bullets > li')].map((li) => squash(li.textContent));
const rChips = (step: Widget) => [...(sr(step).querySelector('.entries')?.querySelector('[role="group"]')?.querySelectorAll<HTMLElement>('button.chip') ?? [])];

/** Writes a résumé bullet from its parts. */
async function rBullet(step: Widget, t: Translator, what: string): Promise<void> {
  const form = byRole(sr(step), 'button', t('reflection.addBullet', 'Add bullet')).closest('form')!;
  await typeInto(byRole(form, 'textbox', t('reflection.verb', 'Action verb')), '✓');
  await typeInto(byRole(form, 'textbox', t('reflection.what', 'What you did')), what);
  await rendered(step);
  await activate(byRole(form, 'button', t('reflection.addBullet', 'Add bullet')), step);
  await until(() => rBullets(step).some((b) => b.includes(what)));
}
const rOrder = (a: string, b: string) => (step: Widget) => {
  const list = rBullets(step);
  const i = list.findIndex((x) => x.includes(a));
  const j = list.findIndex((x) => x.includes(b));
  return i >= 0 && j >= 0 && i < j ? '' : `bullet “${a}” is not shown above “${b}”`;
};
const storedOrder = (a: string, b: string) => (data: unknown) => {
  const text = JSON.stringify(data ?? null);
  const i = text.indexOf(JSON.stringify(a).slice(1, -1));
  const j = text.indexOf(JSON.stringify(b).slice(1, -1));
  return i >= 0 && j >= 0 && i < j ? '' : `stored bullets do not hold “${a}” before “${b}”`;
};

export const reflection: StepSpec = {
  name: 'reflection-journal',
  tag: 'reflection-journal',
  slot: 'reflection',
  other: 'planner',
  ready: ['reflection.summary', 'Your internship in one sentence'],
  needs: { reorder: ['add'], undo: ['add'] },
  untouched: { message: ['reflection.skill.teamwork', 'Teamwork'], seen: (step) => squash(rChips(step)[1]?.textContent) },
  async prepare(step, { t, words }) {
    await rBullet(step, t, words.other);
  },
  edits: {
    async tick(step) {
      // Tags the first entry with its first skill (a toggle button, pressed).
      const tags = sr(step).querySelector<HTMLDetailsElement>('.entries details.tags')!;
      if (!tags.open) await activate(tags.querySelector('summary')!, step);
      const chip = rChips(step)[0];
      const entry = (step.value as { entries: { id: string }[] }).entries[0].id;
      await activate(chip, step);
      return check(
        (s) => (rChips(s)[0]?.getAttribute('aria-pressed') === 'true' ? '' : 'the first skill is not shown tagged'),
        (data) => ((storedItem(data, entry)?.skills as unknown[] | undefined)?.length ? '' : `entry ${entry} is stored without the skill`),
      );
    },
    async add(step, { t, words }) {
      await rBullet(step, t, words.add);
      return check(seen.text(words.add), stored.text(words.add));
    },
    async type(step, { t, words }) {
      await typeInto(byRole(sr(step), 'textbox', t('reflection.summary', 'Your internship in one sentence')), words.type);
      return check(seen.text(words.type), stored.text(words.type));
    },
    async reorder(step, { t, words }) {
      // Her second bullet moved above the first.
      await activate(byRole(sr(step), 'button', t('reflection.up', 'Move bullet {number} up', { number: 2 })), step);
      return check(rOrder(words.add, words.other), storedOrder(words.add, words.other));
    },
    async undo(step, { t, words }) {
      const number = rBullets(step).findIndex((b) => b.includes(words.other)) + 1;
      await activate(byRole(sr(step), 'button', t('reflection.remove', 'Remove bullet {number}', { number })), step);
      if (rBullets(step).some((b) => b.includes(words.other))) throw new Error('Remove did not remove the bullet');
      await activate(byRole(sr(step), 'button', t('reflection.undo', 'Undo')), step);
      return check((s) => (rBullets(s).some((b) => b.includes(words.other)) ? '' : `bullet “${words.other}” is not shown`), stored.text(words.other));
    },
  },
};

// ---- keep in touch -----------------------------------------------------------------------------

const kCard = (step: Widget, name: string) => [...sr(step).querySelectorAll<HTMLElement>('li.contact[data-id]')].find((li) => squash(li.querySelector('.name')?.textContent) === name);

/** Adds a contact through "Add a contact". */
async function kAdd(step: Widget, t: Translator, name: string): Promise<string> {
  await activate(byRole(sr(step), 'button', t('contacts.add', 'Add a contact')), step);
  const form = await until(() => sr(step).querySelector<HTMLFormElement>('form.panel'));
  await typeInto(byRole(form, 'textbox', t('contacts.f.name', 'Name')), name);
  await activate(byRole(form, 'button', t('contacts.save', 'Save')), step);
  return (await until(() => kCard(step, name))).dataset.id!;
}
/** Opens one of a contact's panels ("Edit", "Log a contact"). */
async function kOpen(step: Widget, name: string, button: string): Promise<HTMLElement> {
  await activate(byRole(kCard(step, name)!, 'button', button), step);
  return until(() => kCard(step, name)!.querySelector<HTMLElement>('form.panel, .panel'));
}

export const contacts: StepSpec = {
  name: 'keep-in-touch',
  tag: 'keep-in-touch',
  slot: 'contacts',
  other: 'checklist',
  ready: ['contacts.add', 'Add a contact'],
  needs: { undo: ['add'], date: ['add'] },
  async prepare(step, { t, words }) {
    await kAdd(step, t, words.name);
  },
  edits: {
    async tick(step, { t, words }) {
      // "Log a contact": she did keep in touch today.
      const id = kCard(step, words.name)!.dataset.id!;
      const panel = await kOpen(step, words.name, t('contacts.log', 'Log a contact'));
      await activate(byRole(panel, 'button', t('contacts.logIt', 'Log it')), step);
      const never = t('contacts.notYet', 'not yet');
      return check(
        (s) => (kCard(s, words.name) && !squash(kCard(s, words.name)!.querySelector('.hint')?.textContent).includes(never) ? '' : `${words.name} shows no contact logged`),
        (data) => (storedItem(data, id)?.lastContact ? '' : `${words.name} is stored without the logged contact`),
      );
    },
    async add(step, { t, words }) {
      await kAdd(step, t, words.friend);
      return check((s) => (kCard(s, words.friend) ? '' : `${words.friend} is not shown`), stored.text(words.friend));
    },
    async type(step, { t, words }) {
      const form = await kOpen(step, words.name, t('contacts.edit', 'Edit'));
      await typeInto(byRole(form, 'textbox', t('contacts.f.notes', 'Notes')), words.type);
      await activate(byRole(form, 'button', t('contacts.save', 'Save')), step);
      return check(seen.text(words.type), stored.text(words.type));
    },
    async undo(step, { t, words }) {
      const id = kCard(step, words.friend)!.dataset.id!;
      await activate(byRole(kCard(step, words.friend)!, 'button', t('contacts.delete', 'Delete')), step);
      if (kCard(step, words.friend)) throw new Error('Delete did not remove the contact');
      await activate(byRole(sr(step), 'button', t('contacts.undo', 'Undo')), step);
      return check((s) => (kCard(s, words.friend) ? '' : `${words.friend} is not shown`), stored.present(id));
    },
    async date(step, { t, words }) {
      const id = kCard(step, words.friend)!.dataset.id!;
      const form = await kOpen(step, words.friend, t('contacts.edit', 'Edit'));
      pick(byRole<HTMLInputElement>(form, 'date', t('contacts.f.last', 'Last contact')), DATES.early);
      await activate(byRole(form, 'button', t('contacts.save', 'Save')), step);
      return check(
        (s) => (kCard(s, words.friend) && dayShown(squash(kCard(s, words.friend)!.querySelector('.hint')?.textContent), DATES.early) ? '' : `${words.friend} does not show the last contact ${DATES.early}`),
        stored.date(id, DATES.early),
      );
    },
  },
};


// ---- the kit's profile -------------------------------------------------------------------------

/** Opens "Edit your details" and returns the field labelled `label`. */
async function profileField(kit: Widget, role: 'textbox' | 'date', label: string): Promise<HTMLInputElement> {
  const details = sr(kit).querySelector<HTMLDetailsElement>('details.edit')!;
  if (!details.open) await activate(details.querySelector('summary')!, kit);
  return byRole<HTMLInputElement>(details, role, label);
}

export const profile: StepSpec = {
  name: 'profile',
  tag: 'internship-wrap-up',
  slot: PROFILE,
  other: 'planner',
  ready: ['wrapup.editProfile', 'Edit your details'],
  edits: {
    async type(kit, { t, words }) {
      await retype(await profileField(kit, 'textbox', t('wrapup.field.internName', 'Your name')), words.name);
      await rendered(kit);
      return check(
        (k, tt) => (squash(sr(k).querySelector('h2')?.textContent) === tt('wrapup.titleName', '{name}’s internship wrap-up', { name: words.name }) ? '' : `the title does not name ${words.name}`),
        stored.text(words.name),
      );
    },
    async date(kit, { t }) {
      const field = await profileField(kit, 'date', t('wrapup.field.startDate', 'First day'));
      pick(field, DATES.early);
      await rendered(kit);
      return check(
        (k) => (dayShown(squash(sr(k).querySelector('.dates')?.textContent), DATES.early) ? '' : `the header does not show the first day ${DATES.early}`),
        (data) => ((data as { startDate?: string } | undefined)?.startDate === DATES.early ? '' : `the first day is not stored as ${DATES.early}`),
      );
    },
  },
};

export type { Check, Ctx };
