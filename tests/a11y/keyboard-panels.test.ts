/**
 * By keyboard, where the intern's run lost focus (#29): a button that goes away with what it does ("Write
 * the draft", "Keep my edits", "Add bullet") sends focus to what replaced it, and Escape
 * closes what a button opened in Keep in touch ("Log a contact", "Edit", …) and returns to that button.
 * Never to <body>.
 */
import { expect } from '@open-wc/testing';
import { $, button, focused, mount, nameOf, press, rendered, settle } from '../helpers/harness.js';
import type { ThankYouComposer } from '../../src/thank-you-composer/thank-you-composer.js';
import type { ReflectionJournal } from '../../src/reflection-journal/reflection-journal.js';
import type { KeepInTouch } from '../../src/keep-in-touch/keep-in-touch.js';
import '../../src/thank-you-composer/define.js';
import '../../src/reflection-journal/define.js';
import '../../src/keep-in-touch/define.js';

/** Where focus is, failing when it fell to <body> or left the element. */
const inside = (el: Element): HTMLElement => {
  const f = focused();
  expect(f, 'focus fell to <body>').not.to.equal(document.body);
  expect(el.shadowRoot!.contains(f), `focus is on ${f?.localName}, outside the element`).to.be.true;
  return f as HTMLElement;
};

/** Enter on the focused button (it must be inside the element), then the renders it caused. */
async function activate(el: ThankYouComposer | ReflectionJournal | KeepInTouch): Promise<void> {
  inside(el);
  await press('Enter');
  await rendered(el);
  await settle(20);
}

/** Moves focus to a control the way Tab would land on it. */
function reach(control: HTMLElement): void {
  control.focus();
  expect(focused()).to.equal(control);
}

describe('keyboard: focus stays on what the intern is doing', function () {
  // Each test renders, re-renders and waits for focus several times: room for a busy machine.
  this.timeout(20000);
  describe('<thank-you-composer>', () => {
    const person = { id: 'p1', name: 'Priya Raman', relationship: 'teammate', specifics: { project: 'the API docs' }, tone: 'warm', channel: 'email', draft: '', status: 'todo' } as const;
    const composer = () => mount<ThankYouComposer>('thank-you-composer', { attrs: { 'intern-name': 'Sam Lee', company: 'Northwind' }, props: { value: { people: [person], team: { draft: '' } } } });

    it('“Write the draft” on a person’s note moves focus to the new draft', async () => {
      const el = await composer();
      reach(button(el, 'Write the draft', $(el, '.editor')));
      await activate(el);
      const f = inside(el); // ✗ old code: <body>
      expect(f.id).to.equal('d-p1');
      expect((f as HTMLTextAreaElement).value).to.contain('the API docs');
    });

    it('“Write the draft” on the team note moves focus to the team’s draft', async () => {
      const el = await composer();
      reach(button(el, 'Write the draft', $(el, '.team')));
      await activate(el);
      expect(inside(el).id).to.equal('d-team'); // ✗ old code: <body>
    });

    it('“Keep my edits” returns to Regenerate; “Replace draft” goes to Undo (her words can come back)', async () => {
      const el = await composer();
      el.value = { people: [{ ...person, draft: 'Mine, edited.', edited: true, status: 'drafted' }] };
      await rendered(el);
      reach(button(el, 'Regenerate', $(el, '.editor')));
      await activate(el);
      expect(nameOf(inside(el))).to.equal('Replace draft');
      reach(button(el, 'Keep my edits'));
      await activate(el);
      expect(nameOf(inside(el))).to.equal('Regenerate'); // ✗ old code: <body>
      expect(el.value.people[0].draft).to.equal('Mine, edited.');
      await activate(el); // Regenerate again
      reach(button(el, 'Replace draft'));
      await activate(el);
      expect(nameOf(inside(el))).to.equal('Undo'); // ✗ old code: <body>
      expect(el.value.people[0].draft).to.contain('the API docs');
    });
  });

  describe('<reflection-journal>', () => {
    it('“Add bullet” moves focus to the first field of the next bullet (the button is disabled once they are empty)', async () => {
      const el = await mount<ReflectionJournal>('reflection-journal');
      for (const [id, text] of [['verb', 'Built'], ['what', 'a churn dashboard'], ['result', 'used every week']]) {
        const field = $<HTMLInputElement>(el, `#${id}`);
        field.value = text;
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      await rendered(el);
      reach(button(el, 'Add bullet'));
      await activate(el);
      expect(el.value.bullets).to.have.length(1);
      expect(inside(el).id).to.equal('verb'); // ✗ old code: <body>
    });
  });

  describe('<keep-in-touch>', () => {
    const value = { contacts: [{ id: 'ana', name: 'Ana Ruiz', tags: [], cadence: 'monthly', lastContact: '2026-06-01', log: [] }] } as const;
    const contacts = () => mount<KeepInTouch>('keep-in-touch', { attrs: { 'end-date': '2026-06-30' }, props: { now: new Date(2026, 6, 20, 10), value } });

    const row = (el: KeepInTouch) => $(el, '[data-id="ana"] .actions');
    for (const name of ['Log a contact', 'Edit', 'Write a message', 'Reference']) {
      it(`Escape closes “${name}” and returns focus to its button`, async () => {
        const el = await contacts();
        reach(button(el, name, row(el)));
        await activate(el);
        const field = inside(el);
        expect(field.closest('.panel'), 'focus moved into the panel').to.exist;
        await press('Escape');
        await rendered(el);
        expect($(el, '[data-id="ana"]').querySelector('.panel'), 'the panel closed').to.equal(null); // ✗ old code: still open
        const f = inside(el);
        expect(nameOf(f)).to.equal(name);
        expect(f.getAttribute('aria-expanded')).to.equal('false');
        expect(el.value.contacts[0].log, 'nothing was logged').to.have.length(0);
      });
    }

    it('Escape closes “Add a contact” and returns to it; Cancel in “Edit” returns to Edit', async () => {
      const el = await contacts();
      reach(button(el, 'Add a contact'));
      await activate(el);
      expect(inside(el).id).to.equal('f-name');
      await press('Escape');
      await rendered(el);
      expect(nameOf(inside(el))).to.equal('Add a contact');
      expect(inside(el).getAttribute('aria-expanded')).to.equal('false');
      reach(button(el, 'Edit', row(el)));
      await activate(el);
      reach(button(el, 'Cancel', $(el, '[data-id="ana"] .panel')));
      await activate(el);
      expect(nameOf(inside(el))).to.equal('Edit'); // ✗ old code: <body>
    });
  });
});
