// The closed loop between the real widgets inside <internship-wrap-up>, through context only.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { InternshipWrapUp } from '../../src/internship-wrap-up/internship-wrap-up.js';
import { clearKeys, settle } from '../helpers/test-element.js';

type AnyWidget = HTMLElement & { value: Record<string, unknown>; updateComplete: Promise<boolean> };

async function kit(): Promise<InternshipWrapUp> {
  const el = await fixture<InternshipWrapUp>(html`<internship-wrap-up storage="none" intern-name="Maya" supervisor="Jordan" end-date="2026-12-18"></internship-wrap-up>`);
  await settle(20);
  return el;
}

async function show(el: InternshipWrapUp, step: string): Promise<AnyWidget> {
  el.selectStep(step as never);
  await el.updateComplete;
  const tag = { checklist: 'internship-checklist', feedback: 'feedback-questions', thanks: 'thank-you-composer', reflection: 'reflection-journal', planner: 'finish-strong-planner', contacts: 'keep-in-touch' }[step]!;
  const widget = el.shadowRoot!.querySelector(tag) as AnyWidget;
  await widget.updateComplete;
  await settle(20);
  return widget;
}

const text = (w: HTMLElement) => w.shadowRoot!.textContent ?? '';

describe('<internship-wrap-up> closed loop with the real widgets', () => {
  it('schedules no update after an update completed (no Lit dev-mode warning) with stored widgets', async () => {
    // Default storage: each widget the kit creates reads its storage as it connects and publishes at once.
    const el = await fixture<InternshipWrapUp>(html`<internship-wrap-up storage-key="cl-warn" intern-name="Maya" end-date="2026-12-18"></internship-wrap-up>`);
    await settle(20);
    for (const step of ['feedback', 'thanks', 'reflection', 'planner', 'contacts']) await show(el, step);
    expect(el.value.checklist, 'the widgets published their data to the kit').to.be.an('object');
    expect(el.value.contacts).to.be.an('object');
    await el.clearStoredData();
    clearKeys('cl-warn');
    // Lit's dev build records each warning it issues in `litIssuedWarnings` (once per page).
    const issued = [...((globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings ?? [])];
    expect(issued.filter((w) => /internship-wrap-up scheduled an update/.test(w))).to.deep.equal([]);
  });

  it('shares the profile with every widget', async () => {
    const el = await kit();
    const checklist = await show(el, 'checklist');
    expect((checklist as unknown as { profile: { internName: string } }).profile.internName).to.equal('Maya');
    const thanks = await show(el, 'thanks');
    expect((thanks as unknown as { profile: { supervisor: string } }).profile.supervisor).to.equal('Jordan');
  });

  it('offers feedback takeaways as suggestions in the reflection journal', async () => {
    const el = await kit();
    const feedback = await show(el, 'feedback');
    feedback.value = {
      selected: [{ id: 'q1', text: 'What should I keep doing?', theme: 'strengths', answer: 'Your SQL reviews', takeaway: 'Ask for code reviews earlier' }],
      actions: ['Learn dbt'],
    };
    await settle(20);
    const journal = await show(el, 'reflection');
    expect(text(journal)).to.contain('Ask for code reviews earlier');
  });

  it('offers each person only what they said or did, as clauses, for a thank-you note', async () => {
    const el = await kit();
    const feedback = await show(el, 'feedback');
    feedback.value = { selected: [{ id: 'q1', text: 'Q?', theme: 'strengths', answer: 'Your dashboard saved the team hours' }], actions: [] };
    await settle(20);
    const journal = await show(el, 'reflection');
    const v = journal.value as { entries: { theme: string; text: string }[] };
    journal.value = { ...v, entries: v.entries.map((e, i) => (i === 0 ? { ...e, text: 'Jordan showed me how to present to clients. I was nervous at first.' } : i === 1 ? { ...e, text: 'I learned SQL window functions.' } : e)) } as never;
    await settle(20);
    const thanks = await show(el, 'thanks');
    const person = (id: string, name: string, relationship: string) => ({ id, name, relationship, specifics: {}, tone: 'warm', channel: 'email', draft: '', status: 'todo' });
    thanks.value = { people: [person('p1', 'Jordan', 'supervisor'), person('p2', 'Sam Lee', 'teammate')] };
    await thanks.updateComplete;
    const shown = text(thanks);
    // A clause for the sentence: lower case, no final full stop, first sentence only.
    expect(shown).to.contain('your dashboard saved the team hours');
    expect(shown).to.contain('Jordan showed me how to present to clients');
    expect(shown).not.to.contain('nervous');
    expect(shown, 'an entry that does not name Jordan').not.to.contain('window functions');
    // Sam gets none of Jordan's feedback.
    [...thanks.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.person')][1].click();
    await thanks.updateComplete;
    expect(text(thanks)).not.to.contain('dashboard');
  });

  it('ticks the checklist item when the supervisor’s thank-you is sent, and the user can untick it', async () => {
    const el = await kit();
    const thanks = await show(el, 'thanks');
    thanks.value = { people: [{ id: 'p1', name: 'Jordan', relationship: 'supervisor', specifics: {}, tone: 'warm', channel: 'email', draft: 'Thanks!', status: 'sent' }] };
    await settle(20);
    const checklist = await show(el, 'checklist');
    const items = (checklist.value as { items: { id: string; done: boolean }[] }).items;
    expect(items.find((i) => i.id === 'thank-supervisor')!.done).to.be.true;
  });

  it('adds people from the thank-you composer to keep-in-touch in one step, without duplicates', async () => {
    const el = await kit();
    const thanks = await show(el, 'thanks');
    thanks.value = {
      people: [
        { id: 'p1', name: 'Jordan Alvarez', relationship: 'supervisor', email: 'jordan@example.com', specifics: {}, tone: 'warm', channel: 'email', draft: '', status: 'todo' },
        { id: 'p2', name: 'Sam Lee', relationship: 'teammate', specifics: {}, tone: 'warm', channel: 'email', draft: '', status: 'todo' },
      ],
    };
    await thanks.updateComplete;
    const all = [...thanks.shadowRoot!.querySelectorAll('button')].find((b) => /everyone to keep in touch/i.test(b.textContent ?? ''))!;
    all.click();
    all.click(); // a second click adds nobody twice
    await settle(20);
    const contacts = await show(el, 'contacts');
    const names = (contacts.value as { contacts: { name: string }[] }).contacts.map((c) => c.name).sort();
    expect(names).to.deep.equal(['Jordan Alvarez', 'Sam Lee']);
  });

  it('hands each thanked person to keep-in-touch with how to greet them (the templates greeted by the rule instead)', async () => {
    const el = await kit();
    const thanks = await show(el, 'thanks');
    thanks.value = { people: [{ id: 'p1', name: 'Robert Smith', greeting: 'Bob', relationship: 'teammate', specifics: {}, tone: 'warm', channel: 'email', draft: '', status: 'todo' }] };
    await settle(60);
    const contacts = await show(el, 'contacts');
    const robert = (contacts.value as { contacts: { name: string; greeting?: string }[] }).contacts.find((c) => c.name === 'Robert Smith')!;
    expect(robert.greeting).to.equal('Bob'); // ✗ old code: undefined, so "Hi Robert,"
  });
});
