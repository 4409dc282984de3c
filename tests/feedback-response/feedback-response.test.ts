import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { container, itWithKeys, settle } from '../helpers/test-element.js';
import { agendaLink, readResponse, type FeedbackAgenda } from '../../src/core/formats/feedback-link.js';
import { typingSample } from '../reliability/strings.js';
import type { FeedbackResponse } from '../../src/feedback-response/feedback-response.js';
import '../../src/feedback-response/define.js';
import '../../src/translations/es.js';
import '../../src/translations/ar.js';
import { $, $$, fill } from '../helpers/harness.js';

const NOW = new Date(2026, 11, 10, 9, 0, 0);
const AGENDA: FeedbackAgenda = {
  name: 'Maya Chen',
  questions: [
    { id: 'perf-overall', text: 'Overall, how would you describe my work this internship?' },
    { id: 'own-1', text: '<img src=x onerror="window.__pwned = true"> What should I learn next?' },
  ],
};
const LINK = agendaLink('https://jobs.example/respond', AGENDA)!;

async function make(agenda: string | null = LINK) {
  const el = await fixture<FeedbackResponse>(html`<feedback-response .agenda=${agenda ?? undefined} .now=${NOW}></feedback-response>`);
  await el.updateComplete;
  return el;
}

function mailBody(href: string): { subject: string; body: string } {
  const url = new URL(href);
  return { subject: url.searchParams.get('subject')!, body: decodeURIComponent(href.split('body=')[1] ?? '') };
}

describe('<feedback-response>', () => {
  // Only this file's keys (the draft key of its agenda, and fr-*): other test files, among them the
  // reliability suite's <feedback-response> cases, run side by side on the same origin.
  let draftKey = '';
  const ours = () => Object.keys(localStorage).filter((k) => k === draftKey || k.startsWith('strong-finish/feedback-response/fr-'));
  const clearOurs = () => ours().forEach((k) => localStorage.removeItem(k));
  before(async () => {
    const el = await make();
    draftKey = `strong-finish/feedback-response/${el.storageKey}`;
    el.remove();
  });
  beforeEach(clearOurs);
  afterEach(clearOurs);

  describe('accessible', () => {
    it('has no axe violations with questions, filled in, in dark mode and with a broken link', async () => {
      const el = await make();
      await expect(el).to.be.accessible();
      fill($(el, '#a0'), 'Solid work.');
      $<HTMLInputElement>(el, 'input[name="ref"]').click();
      el.theme = 'dark';
      await el.updateComplete;
      await expect(el).to.be.accessible();
      const broken = await make(LINK.slice(0, -4));
      await expect(broken).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('shows the intern’s questions from the link and greets them by first name', async () => {
      const el = await make();
      expect($(el, 'h2').textContent).to.equal('Feedback for Maya Chen');
      expect($$(el, '.question').map((p) => p.textContent!.trim())).to.deep.equal(AGENDA.questions.map((q, i) => `${i + 1}. ${q.text}`));
      expect($(el, 'a.button').textContent!.trim()).to.equal('Send to Maya');
      expect($(el, 'legend').textContent).to.equal('Would you be a reference for Maya?');
      // Every answer box is labelled and tied to its question.
      for (const [i, ta] of $$<HTMLTextAreaElement>(el, 'textarea[id^="a"]').entries()) {
        expect(el.shadowRoot!.querySelector(`label[for="${ta.id}"]`)).to.exist;
        expect(ta.getAttribute('aria-describedby')).to.equal(`q${i}`);
      }
    });

    it('reads the agenda from the page address when no attribute is given', async () => {
      const before = location.href;
      history.replaceState(null, '', new URL(LINK).hash);
      try {
        const el = await make(null);
        expect(el.agendaInUse).to.deep.equal(AGENDA);
        history.replaceState(null, '', '#');
        window.dispatchEvent(new HashChangeEvent('hashchange'));
        await el.updateComplete;
        expect(el.agendaInUse).to.equal(undefined);
        expect($(el, '[role="alert"]').textContent).to.contain('Open this page from the link');
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('removes the agenda from the address bar as soon as it read it, keeps showing it, and speaks the link’s language (#31)', async () => {
      const before = location.href;
      const length = history.length;
      const link = agendaLink('https://jobs.example/respond', { ...AGENDA, name: 'لمى حداد', lang: 'ar', register: 'formal' })!;
      history.replaceState(null, '', new URL(link).hash);
      try {
        const el = await make(null);
        await settle(20);
        expect(location.hash, 'nothing of the agenda left in the address').to.equal('');
        expect(location.href).not.to.contain('sf-agenda');
        expect(history.length, 'replaced, not a new history entry').to.equal(length);
        expect(el.agendaInUse?.name).to.equal('لمى حداد');
        expect(el.getAttribute('lang'), 'the link’s language over the page’s (en)').to.equal('ar');
        // The Arabic catalogue arrives lazily.
        for (let waited = 0; waited < 8000 && !/أجيبوا/.test($(el, '.intro').textContent!); waited += 50) await settle(50);
        expect($(el, '.base').getAttribute('dir')).to.equal('rtl');
        expect($(el, '.intro').textContent).to.contain('أجيبوا');
        // A re-render (an edit) still has the questions: the page kept what it read.
        fill($(el, '#a0'), 'عمل متقن.');
        await el.updateComplete;
        expect(el.response!.answers[0].answer).to.equal('عمل متقن.');
        expect(el.agendaInUse?.questions).to.have.length(2);
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('without a language in the link, follows the host page', async () => {
      const wrapper = container();
      wrapper.lang = 'es';
      const response = document.createElement('feedback-response') as FeedbackResponse;
      response.agenda = LINK;
      wrapper.append(response);
      for (let waited = 0; waited < 8000 && !/te pide/.test(response.shadowRoot?.querySelector('.intro')?.textContent ?? ''); waited += 50) await settle(50);
      expect(response.hasAttribute('lang')).to.equal(false);
      expect($(response, '.intro').textContent).to.contain('te pide');
    });
  });

  describe('sending', () => {
    it('opens mail with readable answers and a block that reads back exactly', async () => {
      const el = await make();
      fill($(el, '#a0'), 'Careful and quick.\nShare drafts earlier.');
      fill($(el, '#quote'), 'Maya redesigned our pricing page and shipped it on time.');
      $$<HTMLInputElement>(el, 'input[name="ref"]')[0].click();
      fill($(el, '#from'), 'Jordan Alvarez');
      await el.updateComplete;
      const { subject, body } = mailBody($<HTMLAnchorElement>(el, 'a.button').href);
      expect(subject).to.equal('My feedback for Maya');
      expect(body).to.match(/^Hi Maya,\r\n/);
      expect(body).to.contain('1. Overall, how would you describe my work this internship?\r\nCareful and quick.\r\nShare drafts earlier.');
      expect(body).to.contain('2. <img src=x onerror="window.__pwned = true"> What should I learn next?\r\n(skipped)');
      expect(body).to.contain('“Maya redesigned our pricing page and shipped it on time.”');
      expect(body).to.contain('Yes, I would be glad to be a reference for you.');
      expect(readResponse(body)).to.deep.equal({
        to: 'Maya Chen',
        from: 'Jordan Alvarez',
        answers: [
          { id: 'perf-overall', text: AGENDA.questions[0].text, answer: 'Careful and quick.\nShare drafts earlier.' },
          { id: 'own-1', text: AGENDA.questions[1].text, answer: '' },
        ],
        quote: 'Maya redesigned our pricing page and shipped it on time.',
        reference: true,
        date: '2026-12-10',
      });
    });

    it('fires a cancellable sf-response so a host with a backend can take the answers', async () => {
      const el = await make();
      fill($(el, '#a0'), 'Great.');
      await el.updateComplete;
      el.addEventListener('sf-response', (e) => e.preventDefault(), { once: true });
      const link = $<HTMLAnchorElement>(el, 'a.button');
      const heard = oneEvent(el, 'sf-response');
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      link.dispatchEvent(click);
      const { detail } = await heard;
      expect(detail.channel).to.equal('mail');
      expect(detail.response.answers[0].answer).to.equal('Great.');
      expect(click.defaultPrevented, 'the mail app is not opened').to.equal(true);
    });
  });

  describe('keyboard', () => {
    itWithKeys('answers, chooses and reaches Send with the keyboard alone', async () => {
      const el = await make();
      $(el, '#a0').focus();
      await sendKeys({ type: 'Good work' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement!.id).to.equal('a1');
      await el.updateComplete;
      expect(el.value.answers).to.deep.equal([{ id: 'perf-overall', answer: 'Good work' }]);
      $(el, '#from').focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Send to Maya');
    });
  });

  describe('persistence', () => {
    it('keeps nothing in the browser unless the supervisor chooses to, and restores the draft then', async () => {
      const el = await make();
      fill($(el, '#a0'), 'Draft answer');
      await settle(700);
      expect(ours()).to.deep.equal([]);
      $<HTMLInputElement>(el, 'input[type="checkbox"]').click();
      await settle(700);
      expect(ours()).to.have.length(1);
      const again = await make();
      await settle(100);
      expect($<HTMLInputElement>(again, 'input[type="checkbox"]').checked).to.equal(true);
      expect($<HTMLTextAreaElement>(again, '#a0').value).to.equal('Draft answer');
      $<HTMLInputElement>(again, 'input[type="checkbox"]').click();
      await settle(700);
      expect(ours()).to.deep.equal([]);
      expect($<HTMLTextAreaElement>(again, '#a0').value, 'still on screen').to.equal('Draft answer');
    });

    it('shows "Keep a draft" ticked when the host keeps drafts (storage set by the page), and unticking it stops keeping them', async () => {
      // Found by the reliability suite, which runs this element with storage="local": the box said
      // nothing was kept while every keystroke was saved.
      const el = await fixture<FeedbackResponse>(html`<feedback-response storage="local" storage-key="fr-host" .agenda=${LINK} .now=${NOW}></feedback-response>`);
      await el.updateComplete;
      fill($(el, '#a0'), 'Kept by the host page');
      await settle(700);
      expect(localStorage.getItem('strong-finish/feedback-response/fr-host')).to.contain('Kept by the host page');
      const box = $<HTMLInputElement>(el, 'input[type="checkbox"]');
      expect(box.checked).to.equal(true);
      box.click();
      await settle(700);
      expect(localStorage.getItem('strong-finish/feedback-response/fr-host')).to.equal(null);
      expect($<HTMLInputElement>(el, 'input[type="checkbox"]').checked).to.equal(false);
      expect($<HTMLTextAreaElement>(el, '#a0').value).to.equal('Kept by the host page');
    });
  });

  describe('bad input', () => {
    it('refuses a cut, changed or foreign link with a clear message, and never runs its text', async () => {
      const cut = await make(LINK.slice(0, -4));
      expect($(cut, '[role="alert"]').textContent).to.contain('cut off');
      expect($$(cut, 'textarea')).to.have.length(0);
      const hash = new URL(LINK).hash;
      const changed = await make(LINK.replace(hash, hash.slice(0, 30) + (hash[30] === 'A' ? 'B' : 'A') + hash.slice(31)));
      expect($(changed, '[role="alert"]').textContent).to.contain('changed after it was written');
      const none = await make('https://jobs.example/respond');
      expect($(none, '[role="alert"]').textContent).to.contain('Open this page from the link');
      // The supervisor can paste the link instead (a mail app that broke it, a copy from elsewhere).
      $<HTMLInputElement>(none, '#link').value = LINK;
      $<HTMLButtonElement>(none, '.paste-link button').click();
      await none.updateComplete;
      expect(none.agendaInUse).to.deep.equal(AGENDA);
      expect($$(none, '.question')).to.have.length(2);
      expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });

    it('shows hostile questions as text and sends hostile answers back exactly', async () => {
      const strings = (await typingSample()).filter((s) => s.length <= 2000).slice(0, 40);
      const agenda = { name: strings[3], questions: strings.map((s, i) => ({ id: `q${i}`, text: s })) };
      const el = await make(agendaLink('https://jobs.example/r', { ...agenda, questions: agenda.questions.slice(0, 12) }) ?? '');
      expect(el.agendaInUse?.questions).to.have.length(12);
      const boxes = $$<HTMLTextAreaElement>(el, 'textarea[id^="a"]');
      boxes.forEach((box, i) => fill(box, strings[i + 12]));
      await el.updateComplete;
      const back = readResponse(decodeURIComponent(el.mailto.split('body=')[1]));
      // A textarea keeps line breaks as LF; everything else comes back as typed.
      expect(back.answers.map((a) => a.answer)).to.deep.equal(boxes.map((b) => b.value));
      expect(back.answers.map((a) => a.text)).to.deep.equal(agenda.questions.slice(0, 12).map((q) => q.text));
      await settle(50);
      expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });
  });
});
