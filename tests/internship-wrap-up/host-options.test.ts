// Issue #29, points 2 and 4: the kit takes every step's host options (forwarded to the step, rendered by the
// kit or placed by the host), and the intern's own e-mail: a field of the kit's profile, carried in the
// answer link of the request mail, and the To: of the supervisor's "Send to {intern}" mail.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { InternshipWrapUp } from '../../src/internship-wrap-up/internship-wrap-up.js';
import type { FeedbackResponse } from '../../src/feedback-response/feedback-response.js';
import { readAgenda } from '../../src/core/formats/feedback-link.js';
import type { ResponsesAdapter } from '../../src/core/storage/http-responses.js';
import { settle } from '../helpers/test-element.js';

type AnyWidget = HTMLElement & Record<string, any> & { updateComplete: Promise<boolean> };
const TAGS: Record<string, string> = { checklist: 'internship-checklist', feedback: 'feedback-questions', thanks: 'thank-you-composer', reflection: 'reflection-journal', planner: 'finish-strong-planner', contacts: 'keep-in-touch' };
const RESPOND = 'https://board.example/respond';

async function show(el: InternshipWrapUp, step: string): Promise<AnyWidget> {
  el.selectStep(step as never);
  await el.updateComplete;
  const widget = (el.querySelector(TAGS[step]) ?? el.shadowRoot!.querySelector(TAGS[step])) as AnyWidget;
  await widget.updateComplete;
  await settle(20);
  return widget;
}

describe('#29 the kit takes its steps’ host options', () => {
  it('forwards each option to the step that takes it, follows changes, and leaves other steps alone', async () => {
    const el = await fixture<InternshipWrapUp>(html`<internship-wrap-up storage="none" intern-name="Maya" respond-url=${RESPOND} time-zone="Europe/Madrid"
      holidays="2026-12-08" linkedin-limit="300" mood-scale="Low,Okay,Great" page-size="5" storage-label="your Jobs account"></internship-wrap-up>`);
    const feedback = await show(el, 'feedback');
    expect(feedback.respondUrl).to.equal(RESPOND);
    expect(feedback.timeZone).to.equal('Europe/Madrid');
    expect(feedback.storageLabel).to.equal('your Jobs account');
    expect(feedback.hasAttribute('holidays')).to.equal(false);
    expect((await show(el, 'planner')).holidays).to.equal('2026-12-08');
    const contacts = await show(el, 'contacts');
    expect([contacts.holidays, contacts.pageSize]).to.deep.equal(['2026-12-08', 5]);
    expect((await show(el, 'thanks')).linkedinLimit).to.equal(300);
    expect((await show(el, 'reflection')).moodScale).to.deep.equal(['Low', 'Okay', 'Great']);
    // The request mail links to the answer page with the agenda.
    feedback.value = { ...feedback.value, selected: [{ id: 'q1', theme: 'strengths', text: 'What should I keep doing?' }] };
    await feedback.updateComplete;
    expect(feedback.requestToSend.body).to.contain(`${RESPOND}#sf-agenda=`);
    // The host changes or drops an option on the kit: the step follows.
    el.pageSize = 10;
    el.removeAttribute('respond-url');
    await el.updateComplete;
    expect(contacts.pageSize).to.equal(10);
    expect(feedback.hasAttribute('respond-url')).to.equal(false);
    expect(feedback.responseLink).to.equal(undefined);
  });

  it('gives them to a step the host placed in the slot; the host’s own attribute on its step wins', async () => {
    const el = await fixture<InternshipWrapUp>(html`<internship-wrap-up storage="none" intern-name="Maya" respond-url=${RESPOND} page-size="20" step="feedback">
      <feedback-questions slot="feedback"></feedback-questions>
      <keep-in-touch slot="contacts" page-size="3"></keep-in-touch>
    </internship-wrap-up>`);
    const feedback = await show(el, 'feedback');
    expect(feedback.respondUrl).to.equal(RESPOND);
    const contacts = await show(el, 'contacts');
    expect(contacts.pageSize).to.equal(3);
    el.pageSize = 30;
    await el.updateComplete;
    expect(contacts.pageSize).to.equal(3);
  });
});

describe('#29 the kit takes the board’s response API (responses) like respond-url', () => {
  /** A stand-in for createHttpResponses(): the kit only hands it on; nothing here is called before a link is made. */
  const api = (): ResponsesAdapter => ({
    register: async () => ({ id: 'r-1', expiresAt: '2027-01-01T00:00:00Z' }),
    status: async () => ({ status: 'waiting', expiresAt: '2027-01-01T00:00:00Z' }) as never,
    revoke: async () => {},
    keys: async () => [],
    request: async () => ({}) as never,
    answer: async () => {},
  });

  it('gives it to the feedback step it renders, and follows when the host changes or drops it', async () => {
    const el = await fixture<InternshipWrapUp>(html`<internship-wrap-up storage="none" intern-name="Maya" respond-url=${RESPOND}></internship-wrap-up>`);
    const board = api();
    el.responses = board;
    const feedback = await show(el, 'feedback');
    expect(feedback.responses === board, 'the feedback step inside the kit has the board’s API').to.equal(true);
    // With the API, the request mail's link carries the registered id only (docs/sync.md), once made.
    feedback.value = { ...feedback.value, selected: [{ id: 'q1', theme: 'strengths', text: 'Q?' }] };
    await feedback.updateComplete;
    await feedback.createLink();
    expect(feedback.responseLink).to.contain('r-1');
    expect(feedback.responseLink).not.to.contain('sf-agenda');
    expect((await show(el, 'planner')).responses === undefined, 'only the step that takes it').to.equal(true);
    const next = api();
    el.responses = next;
    await el.updateComplete;
    expect(feedback.responses === next, 'the host’s new API').to.equal(true);
    el.responses = undefined;
    await el.updateComplete;
    expect(feedback.responses === undefined, 'dropped with the kit’s').to.equal(true);
  });

  it('gives it to a feedback step the host placed in the slot; the host’s own on its step wins', async () => {
    const el = await fixture<InternshipWrapUp>(html`<internship-wrap-up storage="none" intern-name="Maya" respond-url=${RESPOND} step="feedback">
      <feedback-questions slot="feedback"></feedback-questions>
    </internship-wrap-up>`);
    const board = api();
    el.responses = board;
    await el.updateComplete;
    const feedback = await show(el, 'feedback');
    expect(feedback.responses === board, 'the host-placed step has the kit’s API').to.equal(true);

    const own = api();
    const mine = await fixture<InternshipWrapUp>(html`<internship-wrap-up storage="none" intern-name="Maya" step="feedback">
      <feedback-questions slot="feedback" .responses=${own}></feedback-questions>
    </internship-wrap-up>`);
    mine.responses = api();
    await mine.updateComplete;
    expect((await show(mine, 'feedback')).responses === own, 'the host’s own API on its step wins').to.equal(true);
  });
});

describe('#29 a step the host placed is the kit’s', () => {
  it('gets its part of the kit’s data: a value the host assigns and a restored backup reach it', async () => {
    const el = await fixture<InternshipWrapUp>(html`<internship-wrap-up storage="none" intern-name="Maya">
      <internship-checklist slot="checklist"></internship-checklist>
    </internship-wrap-up>`);
    const list = el.querySelector('internship-checklist') as AnyWidget;
    await list.updateComplete;
    await settle(20);
    expect([list.getAttribute('storage'), list.getAttribute('storage-key'), list.hasAttribute('embedded')]).to.deep.equal(['none', 'kit-checklist', true]);
    const items = [{ id: 'mine', section: 'finish', text: 'Return the badge', done: true }];
    el.value = { profile: {}, checklist: { ...list.value, items } };
    await list.updateComplete;
    expect(list.value.items.map((i: { id: string }) => i.id)).to.deep.equal(['mine']);
    const backup = el.toJSON();
    el.value = { profile: {}, checklist: { ...list.value, items: [] } };
    await list.updateComplete;
    expect(list.value.items).to.deep.equal([]);
    expect(el.restore(backup)).to.equal(true);
    await list.updateComplete;
    expect(list.value.items.map((i: { id: string }) => i.id)).to.deep.equal(['mine']);
    expect(el.tasks.filter((t) => t.source === 'checklist').map((t) => t.id)).to.deep.equal(['checklist:mine']);
  });
});

describe('#29 the intern’s own e-mail', () => {
  it('is a field of the kit’s profile, saved with it, and travels in the answer link to the supervisor’s To:', async () => {
    const el = await fixture<InternshipWrapUp>(html`<internship-wrap-up storage="none" intern-name="Maya Chen" respond-url=${RESPOND}></internship-wrap-up>`);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#f-internEmail')!;
    expect(input, 'an e-mail field in the profile form').to.exist;
    expect(input.type).to.equal('email');
    expect(el.shadowRoot!.querySelector('label[for="f-internEmail"]')!.textContent).to.equal('Your e-mail');
    input.value = 'maya@example.org';
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.value.profile.internEmail).to.equal('maya@example.org');
    expect(el.kitProfile.internEmail).to.equal('maya@example.org');

    const feedback = await show(el, 'feedback');
    expect(feedback.profile.internEmail).to.equal('maya@example.org');
    feedback.value = { ...feedback.value, selected: [{ id: 'q1', theme: 'strengths', text: 'What should I keep doing?' }] };
    await feedback.updateComplete;
    const link = feedback.responseLink as string;
    expect(feedback.requestToSend.body).to.contain(link);
    // The link also carries her language and register (#31), so the supervisor's page speaks them.
    expect(readAgenda(link)).to.deep.include({ name: 'Maya Chen', email: 'maya@example.org', questions: [{ id: 'q1', text: 'What should I keep doing?' }], lang: 'en' });

    // The supervisor opens the link: "Send to Maya" is addressed to her.
    const page = await fixture<FeedbackResponse>(html`<feedback-response storage="none" agenda=${link}></feedback-response>`);
    await page.updateComplete;
    expect(page.mailto.startsWith('mailto:maya@example.org?subject=')).to.equal(true);
    const send = page.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="send"]')!;
    expect(send.textContent).to.contain('Maya');
    expect(send.getAttribute('href')!.startsWith('mailto:maya@example.org?')).to.equal(true);
  });

  it('an agenda without an address (an older link) still opens; something not an address is never a recipient', async () => {
    const el = await fixture<InternshipWrapUp>(html`<internship-wrap-up storage="none" intern-name="Maya" intern-email="not an address" respond-url=${RESPOND} step="feedback"></internship-wrap-up>`);
    const feedback = await show(el, 'feedback');
    feedback.value = { ...feedback.value, selected: [{ id: 'q1', theme: 'strengths', text: 'Q?' }] };
    await feedback.updateComplete;
    const agenda = readAgenda(feedback.responseLink);
    expect(agenda).to.deep.include({ name: 'Maya', questions: [{ id: 'q1', text: 'Q?' }] });
    expect(agenda).to.not.have.property('email');
    const page = await fixture<FeedbackResponse>(html`<feedback-response storage="none" agenda=${feedback.responseLink}></feedback-response>`);
    expect(page.mailto.startsWith('mailto:?subject=')).to.equal(true);
  });
});
