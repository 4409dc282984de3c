/**
 * Issue #28, "one key press destroys words": every action that removes the intern's (or the supervisor's)
 * words can be undone, by keyboard, with everything back where it was (text, answer, position), the
 * removal announced, and focus on a sensible control (never <body>). Each test fails on the code before.
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { $, $$, button, focused, mount, nameOf, press, rendered } from '../helpers/harness.js';
import { KEYS_WORK, clearKeys, settle } from '../helpers/test-element.js';
import type { FeedbackQuestions, FeedbackValue } from '../../src/feedback-questions/feedback-questions.js';
import type { ReflectionJournal } from '../../src/reflection-journal/reflection-journal.js';
import type { InternshipChecklist } from '../../src/internship-checklist/internship-checklist.js';
import type { FinishStrongPlanner } from '../../src/finish-strong-planner/finish-strong-planner.js';
import type { KeepInTouch } from '../../src/keep-in-touch/keep-in-touch.js';
import type { ThankYouComposer } from '../../src/thank-you-composer/thank-you-composer.js';
import type { InternshipWrapUp } from '../../src/internship-wrap-up/internship-wrap-up.js';
import '../../src/all.js';

/** Focus on a control inside the widget (never <body>), returned. */
const inside = (el: Element) => {
  const f = focused();
  expect(f, 'focus fell to <body>').not.to.equal(document.body);
  expect(el.shadowRoot!.contains(f), `focus is on ${f?.localName}, outside the widget`).to.be.true;
  return f as HTMLElement;
};

/**
 * Activates `control` from the keyboard: focused, then Space (a button acts on key-up). WebKit's driver
 * has no key presses (see KEYS_WORK): there the focused control is clicked, as its keyboard would.
 */
async function activate(el: LitElement, control: HTMLElement): Promise<void> {
  control.focus();
  expect(focused(), `${nameOf(control)} takes focus`).to.equal(control);
  if (KEYS_WORK) await press('Space');
  else control.click();
  await rendered(el);
  await settle(30);
}

/** What the live region says now (after the announcement's render). */
async function said(el: LitElement): Promise<string> {
  await rendered(el);
  return $(el, '[role="status"][aria-live="polite"]').textContent!.trim();
}

const undoButton = (el: Element) => $<HTMLButtonElement>(el, '[data-undo]');

describe('undo for every destructive action (#28)', () => {
  describe('<feedback-questions>', () => {
    const agenda = (): FeedbackValue => ({
      selected: [
        { id: 'perf-overall', text: 'Overall, how would you describe my work this internship?', theme: 'performance', answer: 'Strong on analysis; speak up sooner.', takeaway: 'Speak up in stand-ups', said: 'You grew fast. Keep asking questions.', starred: true },
        { id: 'str-best', text: 'What do you see as my strongest skills?', theme: 'strengths' },
        { id: 'own-1', text: 'Would you read my portfolio?', theme: 'performance', custom: true, answer: 'Yes, send it Friday.' },
      ],
      actions: [
        { id: 'a1', text: 'Book a coffee with the data team', done: false, due: '2026-12-15' },
        { id: 'a2', text: 'Send the portfolio', done: true },
      ],
    });
    const prepare = async () => {
      const el = await mount<FeedbackQuestions>('feedback-questions', { props: { value: agenda() } });
      // Answers put the element on "During and after the talk"; the bank is on "Prepare".
      button(el, '1. Prepare').click();
      await rendered(el);
      return el;
    };
    const bankToggle = (el: FeedbackQuestions, text: string) => {
      const row = $$(el, 'ul.bank-list > li').find((li) => li.textContent!.includes(text))!;
      return row.querySelector<HTMLButtonElement>('button[aria-pressed]')!;
    };

    it('"✓ On my agenda" on a question holding the supervisor’s answer: announced, Undo brings it back with every word in its place; focus stays on the toggle', async () => {
      const el = await prepare();
      const before = el.value.selected;
      const toggle = bankToggle(el, 'Overall, how would you describe my work');
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      await activate(el, toggle);
      expect(el.value.selected.map((s) => s.id)).to.deep.equal(['str-best', 'own-1']);
      expect(await said(el)).to.contain('Its notes and answers are kept');
      expect(inside(el), 'focus stays on the toggle').to.equal(bankToggle(el, 'Overall, how would you describe my work'));
      expect(undoButton(el).closest('.undo')!.textContent).to.contain('Overall, how would you describe my work');

      await activate(el, undoButton(el));
      expect(el.value.selected, 'question, answer, takeaway, the supervisor’s words and the star, at position 1').to.deep.equal(before);
      expect(await said(el)).to.contain('with its notes and answers');
      const f = inside(el);
      expect(f.closest('li')!.getAttribute('data-id')).to.equal('perf-overall');
    });

    it('adding the question again from the bank brings its answer back (the toggle keeps the words)', async () => {
      const el = await prepare();
      const text = 'Overall, how would you describe my work';
      await activate(el, bankToggle(el, text));
      // Another removal replaces the Undo: the words are still kept for the toggle.
      await activate(el, $$(el, 'ol.list > li').find((li) => li.dataset.id === 'str-best')!.querySelector<HTMLButtonElement>('button.danger')!);
      await activate(el, bankToggle(el, text));
      const back = el.value.selected.find((s) => s.id === 'perf-overall')!;
      expect(back).to.deep.include({ answer: 'Strong on analysis; speak up sooner.', takeaway: 'Speak up in stand-ups', said: 'You grew fast. Keep asking questions.', starred: true });
      expect(await said(el)).to.contain('with its notes and answers');
      expect(inside(el)).to.equal(bankToggle(el, text));
    });

    it('"Remove" on an own question with notes: focus on Undo, Undo restores text and notes at the same position and focuses the row', async () => {
      const el = await prepare();
      const before = el.value.selected;
      const row = $$(el, 'ol.list > li').find((li) => li.dataset.id === 'own-1')!;
      await activate(el, row.querySelector<HTMLButtonElement>('button.danger')!);
      expect(el.value.selected.map((s) => s.id)).to.deep.equal(['perf-overall', 'str-best']);
      expect(nameOf(inside(el))).to.equal('Undo');
      await activate(el, inside(el));
      expect(el.value.selected).to.deep.equal(before);
      expect(inside(el).closest('li')!.getAttribute('data-id')).to.equal('own-1');
    });

    it('removing a next step: Undo brings it back with its date and tick, in place', async () => {
      const el = await mount<FeedbackQuestions>('feedback-questions', { props: { value: agenda() } });
      const before = el.value.actions;
      const step = $(el, '[data-step="a1"]');
      await activate(el, step.querySelector<HTMLButtonElement>('button.danger')!);
      expect(el.value.actions.map((a) => a.id)).to.deep.equal(['a2']);
      expect(await said(el)).to.contain('Removed “Book a coffee with the data team”. Undo is available.');
      expect(nameOf(inside(el))).to.equal('Undo');
      await activate(el, inside(el));
      expect(el.value.actions).to.deep.equal(before);
      expect(inside(el)).to.equal($(el, '[data-step="a1"] input[type="checkbox"]'));
    });
  });

  it('<reflection-journal>: "Remove bullet 1" (the achievement) → Undo puts it back first, focus on its row', async () => {
    const bullets = ['Built the weekly pipeline report, cutting prep time by 2 hours', 'Led 3 customer interviews', 'Wrote the onboarding guide'];
    const el = await mount<ReflectionJournal>('reflection-journal', { props: { value: { framework: 'seed', summary: '', entries: [], skills: [], bullets } } });
    await activate(el, button(el, 'Remove bullet 1'));
    expect(el.value.bullets).to.deep.equal(bullets.slice(1));
    expect(await said(el)).to.contain('Undo is available');
    expect(nameOf(inside(el))).to.equal('Undo');
    await activate(el, inside(el));
    expect(el.value.bullets).to.deep.equal(bullets);
    expect(inside(el).closest('li')!.getAttribute('data-i')).to.equal('0');
  });

  it('<internship-checklist>: removing an "explore" entry → Undo puts the words back in place, focus on the entry', async () => {
    const el = await mount<InternshipChecklist>('internship-checklist', { props: { now: new Date(2026, 11, 7, 10) } });
    el.value = { ...el.value, explore: ['Shadow the data engineers', 'Ask about the analytics guild', 'Read the 2027 roadmap'] };
    await rendered(el);
    await activate(el, button(el, 'Remove: Ask about the analytics guild'));
    expect(el.value.explore).to.deep.equal(['Shadow the data engineers', 'Read the 2027 roadmap']);
    expect(await said(el)).to.contain('Removed “Ask about the analytics guild”. Undo is available.');
    expect(nameOf(inside(el))).to.equal('Undo');
    await activate(el, inside(el));
    expect(el.value.explore).to.deep.equal(['Shadow the data engineers', 'Ask about the analytics guild', 'Read the 2027 roadmap']);
    expect((inside(el) as HTMLInputElement).value).to.equal('Ask about the analytics guild');
  });

  it('<finish-strong-planner>: removing a day off → Undo brings it back, focus on its ✕', async () => {
    const el = await mount<FinishStrongPlanner>('finish-strong-planner', {
      attrs: { 'end-date': '2026-12-18' },
      props: { now: new Date(2026, 11, 7, 10), value: { holidays: ['2026-12-08', '2026-12-11'], milestones: [], projects: [], log: [] } },
    });
    $<HTMLDetailsElement>(el, '.countdown details').open = true;
    await rendered(el);
    const remove = $$(el, '.chips button').find((b) => nameOf(b).startsWith('Remove day off'))!;
    const name = nameOf(remove);
    await activate(el, remove);
    expect(el.value.holidays).to.deep.equal(['2026-12-11']);
    expect(nameOf(inside(el))).to.equal('Undo');
    await activate(el, inside(el));
    expect(el.value.holidays).to.deep.equal(['2026-12-08', '2026-12-11']);
    expect(nameOf(inside(el))).to.equal(name);
  });

  describe('<keep-in-touch>', () => {
    const value = {
      contacts: [
        { id: 'ana', name: 'Ana Ruiz', tags: [], cadence: 'monthly', lastContact: '2026-06-01', log: [] },
        { id: 'ben', name: 'Ben Okafor', tags: [], cadence: 'monthly', lastContact: '2026-06-10', log: [] },
      ],
      applications: [
        { id: 'x1', role: 'Data analyst', company: 'Acme' },
        { id: 'x2', role: 'BI developer', company: 'Globex', deadline: '2026-08-01' },
      ],
      tagCadences: [{ tag: 'mentor', cadence: 'quarterly' }],
    } as const;
    const kit = () => mount<KeepInTouch>('keep-in-touch', { attrs: { 'end-date': '2026-06-30' }, props: { now: new Date(2026, 6, 20, 10), value } });

    it('deleting a role from a reference brief → Undo puts it back in place, focus on its Delete', async () => {
      const el = await kit();
      await activate(el, button(el, 'Reference', $(el, '[data-id="ana"]')));
      const row = $(el, '.brief [data-app="x1"]');
      await activate(el, row.querySelector('button')!);
      expect(el.value.applications!.map((a) => a.id)).to.deep.equal(['x2']);
      expect(await said(el)).to.contain('Deleted Data analyst · Acme. You can undo this.');
      expect(nameOf(inside(el))).to.equal('Undo');
      await activate(el, inside(el));
      expect(el.value.applications).to.deep.equal(value.applications);
      expect(inside(el).closest('[data-app]')!.getAttribute('data-app')).to.equal('x1');
    });

    it('deleting a contact keeps the roles and tag cadences (the rest of her data), and Undo restores the contact', async () => {
      const el = await kit();
      await activate(el, button(el, 'Delete', $(el, '[data-id="ana"]')));
      expect(el.value.contacts.map((c) => c.id)).to.deep.equal(['ben']);
      expect(el.value.applications, 'the roles she is applying for survive').to.deep.equal(value.applications);
      expect(el.value.tagCadences).to.deep.equal(value.tagCadences);
      await activate(el, inside(el));
      expect(el.value).to.deep.equal(value);
    });
  });

  describe('<thank-you-composer>', () => {
    const person = (id: string, name: string, draft: string) => ({ id, name, relationship: 'teammate', specifics: {}, tone: 'warm', channel: 'email', draft, status: 'drafted', edited: true }) as const;
    const composer = () =>
      mount<ThankYouComposer>('thank-you-composer', {
        attrs: { 'intern-name': 'Sam Lee' },
        props: { value: { people: [person('p1', 'Priya Raman', 'Priya, your reviews taught me to write for the reader. — Sam'), person('p2', 'Dev Shah', 'Thanks, Dev!')] } },
      });

    it('removing a person (after confirming) → Undo brings the person and their note back in place, selected', async () => {
      const el = await composer();
      const before = el.value.people;
      await activate(el, button(el, 'Remove'));
      await activate(el, button(el, 'Yes, remove Priya Raman'));
      expect(el.value.people.map((p) => p.id)).to.deep.equal(['p2']);
      expect(await said(el)).to.contain('Removed Priya Raman. Undo is available.');
      expect(inside(el).textContent).to.contain('Dev Shah');
      await activate(el, undoButton(el));
      expect(el.value.people).to.deep.equal(before);
      const f = inside(el);
      expect(f.getAttribute('data-id')).to.equal('p1');
      expect($(el, '#d-p1')).to.exist;
    });

    it('"Replace draft" over her edited note → Undo brings her words back, focus on the draft', async () => {
      const el = await composer();
      await activate(el, button(el, 'Regenerate'));
      await activate(el, button(el, 'Replace draft'));
      expect(el.value.people[0].draft).to.not.contain('taught me to write for the reader');
      expect(nameOf(inside(el))).to.equal('Undo');
      await activate(el, inside(el));
      expect(el.value.people[0]).to.deep.include({ draft: 'Priya, your reviews taught me to write for the reader. — Sam', edited: true });
      expect(inside(el)).to.equal($(el, '#d-p1'));
    });
  });

  describe('<internship-wrap-up>', () => {
    const PREFIX = 'undo-kit-';
    beforeEach(() => clearKeys(PREFIX));
    after(() => clearKeys(PREFIX));

    it('"Clear my data" → Undo brings every step’s data back and saves it again; focus on "Clear my data"', async function () {
      this.timeout(20000);
      const el = document.createElement('internship-wrap-up') as InternshipWrapUp;
      el.setAttribute('storage-key', `${PREFIX}clear`);
      el.setAttribute('end-date', '2026-12-18');
      el.now = new Date(2026, 11, 7, 10);
      document.body.append(el);
      await el.updateComplete;
      el.selectStep('reflection');
      await rendered(el);
      const reflection = el.shadowRoot!.querySelector('reflection-journal') as ReflectionJournal;
      await reflection.updateComplete;
      reflection.value = { ...reflection.value, summary: 'A good autumn.', bullets: ['Led 3 customer interviews'] };
      el.selectStep('thanks');
      await rendered(el);
      const thanks = el.shadowRoot!.querySelector('thank-you-composer') as ThankYouComposer;
      await thanks.updateComplete;
      thanks.value = { people: [{ id: 'p1', name: 'Jordan', relationship: 'supervisor', specifics: {}, tone: 'warm', channel: 'email', draft: 'Thank you, Jordan.', status: 'sent' }] };
      await settle(500);
      const stored = () => Object.keys(localStorage).filter((k) => k.includes(`/${PREFIX}`)).sort();
      const keysBefore = stored();
      expect(keysBefore.length).to.be.greaterThan(1);

      await activate(el, button(el, 'Clear my data'));
      await activate(el, button(el, 'Yes, clear my data'));
      await settle(300);
      expect(thanks.value.people).to.deep.equal([]);
      expect(stored(), 'cleared from storage').to.deep.equal([]);
      expect(await said(el)).to.contain('Undo brings it back');
      expect(nameOf(inside(el))).to.equal('Undo');

      await activate(el, inside(el));
      await settle(500);
      expect(thanks.value.people.map((p) => p.name)).to.deep.equal(['Jordan']);
      expect(el.value.reflection).to.deep.include({ summary: 'A good autumn.', bullets: ['Led 3 customer interviews'] });
      expect(nameOf(inside(el))).to.equal('Clear my data');
      expect(stored(), 'saved again').to.include.members([`strong-finish/internship-wrap-up/${PREFIX}clear`, `strong-finish/thank-you-composer/${PREFIX}clear-thanks`]);
      el.selectStep('reflection');
      await rendered(el);
      const again = el.shadowRoot!.querySelector('reflection-journal') as ReflectionJournal;
      expect(again.value.bullets).to.deep.equal(['Led 3 customer interviews']);
      el.remove();
    });
  });
});
