// Issue #31 in the kit: a board's response API given to <internship-wrap-up> reaches its feedback step, so
// the intern's answer link carries an opaque id only (not her name and questions), as it does on a
// <feedback-questions> alone. Without it, the kit's link stays the mail-and-paste one.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { InternshipWrapUp } from '../../src/internship-wrap-up/internship-wrap-up.js';
import type { FeedbackQuestions } from '../../src/feedback-questions/feedback-questions.js';
import type { FeedbackRequestInput, ResponsesAdapter } from '../../src/core/storage/http-responses.js';
import { settle } from '../helpers/test-element.js';

const ID = 'Abc123_-Abc123_-Abc123_-';

/** The board's response API as the kit sees it: records what it registers. */
function board(): ResponsesAdapter & { registered: FeedbackRequestInput[] } {
  const registered: FeedbackRequestInput[] = [];
  return {
    registered,
    async register(input: FeedbackRequestInput) {
      registered.push(input);
      return { id: ID, expiresAt: '2027-01-06T10:00:00.000Z' };
    },
    async status() {
      return { status: 'waiting', expiresAt: '2027-01-06T10:00:00.000Z' };
    },
    async revoke() {},
    async request() {
      throw new Error('not the intern’s side');
    },
    async answer() {
      throw new Error('not the intern’s side');
    },
    async keys() {
      return [];
    },
  } as unknown as ResponsesAdapter & { registered: FeedbackRequestInput[] };
}

async function feedbackStep(el: InternshipWrapUp): Promise<FeedbackQuestions> {
  el.selectStep('feedback');
  await el.updateComplete;
  let step: FeedbackQuestions | null = null;
  for (let waited = 0; waited < 5000 && !step?.shadowRoot?.querySelector('.base'); waited += 30) {
    await settle(30);
    step = el.shadowRoot!.querySelector('feedback-questions');
  }
  await step!.updateComplete;
  return step!;
}

describe('<internship-wrap-up> with the board’s response API (#31)', () => {
  it('forwards `responses` to its feedback step: the answer link carries an opaque id only', async () => {
    const el = await fixture<InternshipWrapUp>(
      html`<internship-wrap-up storage="none" intern-name="Lama Haddad" supervisor="Sara Ali" end-date="2026-12-18" respond-url="https://jobs.example/respond"></internship-wrap-up>`,
    );
    const api = board();
    el.responses = api;
    await el.updateComplete;
    const feedback = await feedbackStep(el);
    expect(feedback.responses === api, 'the kit gave its step the board’s API').to.equal(true);
    feedback.value = { selected: [{ id: 'q1', text: 'What should I keep doing?', theme: 'strengths' }], actions: [] };
    await feedback.updateComplete;
    expect(feedback.responseLink, 'no link with names and questions in it').to.equal(undefined);
    feedback.shadowRoot!.querySelector<HTMLButtonElement>('button.create-link')!.click();
    for (let waited = 0; waited < 3000 && !feedback.responseLink; waited += 30) await settle(30);
    expect(feedback.responseLink).to.equal(`https://jobs.example/respond#sf-request=${ID}`);
    expect(api.registered.map((r) => ({ name: r.name, questions: r.questions }))).to.deep.equal([{ name: 'Lama Haddad', questions: [{ id: 'q1', text: 'What should I keep doing?' }] }]);
    expect(decodeURIComponent(feedback.mailto)).to.contain(`#sf-request=${ID}`).and.not.to.contain('sf-agenda');
  });

  it('without it, the kit’s feedback step keeps the mail-and-paste link', async () => {
    const el = await fixture<InternshipWrapUp>(
      html`<internship-wrap-up storage="none" intern-name="Lama Haddad" supervisor="Sara Ali" end-date="2026-12-18" respond-url="https://jobs.example/respond"></internship-wrap-up>`,
    );
    const feedback = await feedbackStep(el);
    expect(feedback.responses === undefined).to.equal(true);
    feedback.value = { selected: [{ id: 'q1', text: 'What should I keep doing?', theme: 'strengths' }], actions: [] };
    await feedback.updateComplete;
    expect(feedback.responseLink).to.match(/^https:\/\/jobs\.example\/respond#sf-agenda=/);
  });
});
