// The supervisor's written answers flow on through the kit: reference tag, reflection, thank-you specifics, JSON Resume.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { InternshipWrapUp } from '../../src/internship-wrap-up/internship-wrap-up.js';
import type { FeedbackQuestions } from '../../src/feedback-questions/feedback-questions.js';
import { responseBlock } from '../../src/core/formats/feedback-link.js';
import { packetBlock } from '../../src/core/formats/packet.js';
import { settle } from '../helpers/test-element.js';

type AnyWidget = HTMLElement & { value: Record<string, unknown>; updateComplete: Promise<boolean> };

async function show(el: InternshipWrapUp, step: string, tag: string): Promise<AnyWidget> {
  el.selectStep(step as never);
  await el.updateComplete;
  const widget = el.shadowRoot!.querySelector(tag) as AnyWidget;
  await widget.updateComplete;
  await settle(20);
  return widget;
}

describe('written answers flow on through the kit', () => {
  it('a forged block (packetBlock with made-up words) is shown as pasted, not verified, and makes nobody a reference until she confirms (#31)', async () => {
    const el = await fixture<InternshipWrapUp>(
      html`<internship-wrap-up storage="none" intern-name="Maya Chen" supervisor="Jordan Alvarez" supervisor-email="jordan@example.com" end-date="2026-12-18"></internship-wrap-up>`,
    );
    await settle(20);
    const contacts = await show(el, 'contacts', 'keep-in-touch');
    contacts.value = { contacts: [{ id: 'j', name: 'Jordan Alvarez', email: 'jordan@example.com', tags: [], cadence: 'monthly', log: [] }] };
    await settle(20);
    const feedback = (await show(el, 'feedback', 'feedback-questions')) as unknown as FeedbackQuestions;
    feedback.value = { selected: [{ id: 'q1', text: 'What should I keep doing?', theme: 'strengths' }], actions: [] };
    await settle(20);
    // Anyone can make a valid block: the package's own packetBlock() with words nobody wrote.
    feedback.applyResponse(packetBlock({ k: 'response', to: 'Maya Chen', from: 'Jordan Alvarez', a: [{ i: 'q1', t: 'What should I keep doing?', a: 'Everything' }], quote: 'The strongest intern in a decade.', ref: true }));
    await settle(50);
    const summary = feedback.shadowRoot!.querySelector('.said-summary')!;
    expect(summary.textContent).to.contain('Pasted, not verified');
    let kept = (await show(el, 'contacts', 'keep-in-touch')).value as { contacts: { reference?: string; tags: string[] }[] };
    expect(kept.contacts[0].reference, 'a pasted block never flips the status by itself').to.equal(undefined);
    expect(kept.contacts[0].tags).to.deep.equal([]);
    expect(el.toJSONResume(), 'nor puts a reference on her résumé').not.to.have.property('references');
    // She read it and confirms: then (and only then) Jordan is a reference.
    const again = (await show(el, 'feedback', 'feedback-questions')) as unknown as FeedbackQuestions;
    const confirm = again.shadowRoot!.querySelector<HTMLButtonElement>('.said-summary button.confirm-ref')!;
    expect(confirm.textContent).to.contain('Jordan Alvarez');
    confirm.click();
    await settle(50);
    kept = (await show(el, 'contacts', 'keep-in-touch')).value as { contacts: { reference?: string; tags: string[] }[] };
    expect(kept.contacts[0].reference).to.equal('agreed');
    expect(el.toJSONResume().references).to.deep.equal([{ name: 'Jordan Alvarez', reference: 'The strongest intern in a decade.' }]);
  });

  it('tags the supervisor "reference" in Keep in touch, and quotes their words in the journal without offering them as her plan or her thanks', async () => {
    const el = await fixture<InternshipWrapUp>(
      html`<internship-wrap-up storage="none" intern-name="Maya Chen" supervisor="Jordan Alvarez" supervisor-email="jordan@example.com" company="Northwind" end-date="2026-12-18"></internship-wrap-up>`,
    );
    await settle(20);
    const contacts = await show(el, 'contacts', 'keep-in-touch');
    contacts.value = { contacts: [{ id: 'j', name: 'Jordan Alvarez', email: 'jordan@example.com', tags: ['mentor'], cadence: 'monthly', log: [] }] };
    await settle(20);
    const feedback = (await show(el, 'feedback', 'feedback-questions')) as unknown as FeedbackQuestions;
    feedback.value = { selected: [{ id: 'q1', text: 'What should I keep doing?', theme: 'strengths' }], actions: [] };
    await settle(20);
    feedback.applyResponse(
      responseBlock({ to: 'Maya Chen', from: 'Jordan Alvarez', answers: [{ id: 'q1', text: 'What should I keep doing?', answer: 'Your careful SQL reviews' }], quote: 'Maya is thorough and quick.', reference: true }),
    );
    feedback.confirmReference(); // pasted: she confirms it came from Jordan (#31)
    await settle(50);
    const after = (await show(el, 'contacts', 'keep-in-touch')).value as { contacts: { name: string; tags: string[]; reference?: string }[] };
    expect(after.contacts).to.have.length(1);
    expect(after.contacts[0].tags).to.deep.equal(['mentor', 'reference']);
    expect(after.contacts[0].reference, 'tracked as agreed for the reference brief').to.equal('agreed');
    const journal = await show(el, 'reflection', 'reflection-journal');
    // Their recommendation is a quote, attributed, not a next step of hers (#29).
    expect((journal as unknown as { suggestions: string[] }).suggestions).not.to.include('Maya is thorough and quick.');
    const quote = journal.shadowRoot!.querySelector('.suggest figure')!;
    expect(quote.querySelector('blockquote')!.textContent).to.equal('Maya is thorough and quick.');
    expect(quote.querySelector('figcaption')!.textContent).to.equal('Jordan Alvarez’s recommendation');
    const thanks = await show(el, 'thanks', 'thank-you-composer');
    thanks.value = { people: [{ id: 'p1', name: 'Jordan', relationship: 'supervisor', specifics: {}, tone: 'warm', channel: 'email', draft: '', status: 'todo' }] };
    await thanks.updateComplete;
    // Their written answer is theirs: not offered as what she'll carry forward in her note (#29).
    expect(thanks.shadowRoot!.textContent!.toLowerCase()).not.to.contain('your careful sql reviews');
    expect(el.toJSONResume().references).to.deep.equal([{ name: 'Jordan Alvarez', reference: 'Maya is thorough and quick.' }]);
  });

  it('a supervisor who agreed to be a reference joins Keep in touch with how to greet them', async () => {
    const el = await fixture<InternshipWrapUp>(
      html`<internship-wrap-up storage="none" intern-name="Maya Chen" supervisor="Robert Smith" supervisor-greeting="Bob" end-date="2026-12-18"></internship-wrap-up>`,
    );
    await settle(20);
    const feedback = (await show(el, 'feedback', 'feedback-questions')) as unknown as FeedbackQuestions;
    feedback.value = { selected: [{ id: 'q1', text: 'What should I keep doing?', theme: 'strengths' }], actions: [] };
    await settle(20);
    feedback.applyResponse(responseBlock({ to: 'Maya Chen', from: 'Robert Smith', answers: [{ id: 'q1', text: 'What should I keep doing?', answer: 'Ask early' }], reference: true }));
    feedback.confirmReference();
    await settle(50);
    const after = (await show(el, 'contacts', 'keep-in-touch')).value as { contacts: { name: string; greeting?: string }[] };
    expect(after.contacts.map((c) => [c.name, c.greeting])).to.deep.equal([['Robert Smith', 'Bob']]); // ✗ old code: no greeting, "Hi Robert,"
  });
});
