import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { readAgenda, responseBlock, type SupervisorResponse } from '../../src/core/formats/feedback-link.js';
import { mergeResponse, type AgendaItem } from '../../src/feedback-questions/response.js';
import { typingSample } from '../reliability/strings.js';
import type { FeedbackQuestions, FeedbackValue } from '../../src/feedback-questions/feedback-questions.js';
import type { FeedbackResponse } from '../../src/feedback-response/feedback-response.js';
import '../../src/feedback-questions/define.js';
import '../../src/feedback-response/define.js';
import { $, $$, fill, maybe$ } from '../helpers/harness.js';

const NOW = new Date(2026, 10, 25, 9, 0, 0);
const AGENDA: FeedbackValue = {
  selected: [
    { id: 'perf-overall', text: 'Overall, how would you describe my work this internship?', theme: 'performance', answer: 'My own notes' },
    { id: 'sk-next', text: 'Which skill should I build next, and how?', theme: 'skills' },
  ],
  actions: [],
};

async function make(respondUrl?: string) {
  const el = await fixture<FeedbackQuestions>(
    html`<feedback-questions storage="none" supervisor="Jordan Alvarez" intern-name="Maya Chen" company="Northwind" respond-url=${respondUrl ?? ''} .now=${NOW}></feedback-questions>`,
  );
  el.value = AGENDA;
  await el.updateComplete;
  return el;
}

/** What the supervisor's mail app receives: the body of the "Send to …" link of a real <feedback-response>. */
async function supervisorMail(link: string, answer: (el: FeedbackResponse) => void): Promise<string> {
  const el = await fixture<FeedbackResponse>(html`<feedback-response .agenda=${link}></feedback-response>`);
  answer(el);
  await el.updateComplete;
  return decodeURIComponent($<HTMLAnchorElement>(el, 'a.button').href.split('body=')[1]);
}

async function paste(el: FeedbackQuestions, text: string) {
  if (!maybe$(el, '#paste')) {
    $$<HTMLButtonElement>(el, '.stage button')[1].click();
    await el.updateComplete;
  }
  $<HTMLTextAreaElement>(el, '#paste').value = text;
  $<HTMLButtonElement>(el, '.paste button[type="submit"]').click();
  await el.updateComplete;
}

describe('<feedback-questions> written answers from the supervisor', () => {
  it('is accessible with the link hint, pasted answers and a refused paste', async () => {
    const el = await make('https://jobs.example/respond');
    await expect(el).to.be.accessible();
    await paste(el, 'not a response');
    await expect(el).to.be.accessible();
    const body = await supervisorMail(el.responseLink!, (r) => {
      fill($(r, '#a0'), 'Careful and quick.');
      fill($(r, '#quote'), 'Maya is a pleasure to work with.');
      $<HTMLInputElement>(r, 'input[name="ref"]').click();
    });
    await paste(el, body);
    await expect(el).to.be.accessible();
  });

  it('with respond-url, the request e-mail ends with a link carrying the name and the questions only', async () => {
    const without = await make();
    expect(without.responseLink).to.equal(undefined);
    expect(decodeURIComponent(without.mailto)).not.to.contain('sf-agenda');
    const el = await make('https://jobs.example/respond?board=1');
    const body = decodeURIComponent(el.mailto.split('body=')[1]);
    const link = body.match(/https:\/\/jobs\.example\/respond\?board=1#sf-agenda=\S+/)![0];
    expect(body.trimEnd().endsWith(link)).to.equal(true);
    // …and the language and register her supervisor's page should speak (#31).
    expect(readAgenda(link)).to.deep.equal({ name: 'Maya Chen', questions: AGENDA.selected.map((s) => ({ id: s.id, text: s.text })), lang: 'en', register: 'formal' });
    // The intern's notes never leave with the link.
    expect(JSON.stringify(readAgenda(link))).not.to.contain('My own notes');
    $$<HTMLButtonElement>(el, '.stage button')[0].click();
    await el.updateComplete;
    expect($(el, '.respond').textContent).to.contain('Jordan Alvarez can answer in writing');
    expect($<HTMLAnchorElement>(el, '.respond a').href).to.equal(link);
  });

  it('ignores a respond-url that is not an absolute web address', async () => {
    for (const bad of ['javascript:alert(1)', '/respond', 'data:text/html,x']) {
      const el = await make(bad);
      expect(el.responseLink, bad).to.equal(undefined);
      expect(maybe$(el, '.respond')).to.equal(null);
    }
  });

  it('says when the agenda is too long for a link', async () => {
    const el = await make('https://jobs.example/respond');
    el.value = { ...AGENDA, selected: Array.from({ length: 40 }, (_, i) => ({ id: `own-${i}`, text: 'A long question '.repeat(20), theme: 'skills', custom: true as const })) };
    await el.updateComplete;
    expect($(el, '#r-body'), 'the request is on screen').to.exist;
    expect(el.responseLink).to.equal(undefined);
    expect($(el, '.respond').textContent).to.contain('too long to fit in a link');
  });

  it('puts each pasted answer on its question as the supervisor’s words, with the quote and the reference', async () => {
    const el = await make('https://jobs.example/respond');
    const body = await supervisorMail(el.responseLink!, (r) => {
      fill($(r, '#a0'), 'Careful and quick.\nShare drafts earlier.');
      fill($(r, '#quote'), 'Maya is a pleasure to work with.');
      fill($(r, '#from'), 'Jordan A.');
      $<HTMLInputElement>(r, 'input[name="ref"]').click();
    });
    const heard = oneEvent(el, 'sf-response');
    const changed = oneEvent(el, 'change');
    await paste(el, `Re: My feedback\n\n${body.replace(/\r\n/g, '\n')}`);
    expect((await heard).detail.channel).to.equal('paste');
    await changed;
    expect(el.value.selected[0]).to.include({ answer: 'My own notes', said: 'Careful and quick.\nShare drafts earlier.' });
    expect(el.value.selected[1].said).to.equal(undefined);
    expect(el.value.response).to.deep.include({ from: 'Jordan A.', quote: 'Maya is a pleasure to work with.', reference: true });
    expect(el.value.response!.date).to.match(/^\d{4}-\d\d-\d\d$/);
    const said = $(el, '.said');
    expect(said.querySelector('figcaption')!.textContent).to.equal('In Jordan A.’s words');
    expect(said.querySelector('blockquote')!.textContent).to.equal('Careful and quick.\nShare drafts earlier.');
    expect($(el, '.said-summary').textContent).to.contain('Maya is a pleasure to work with.').and.to.contain('Jordan A. would be a reference.');
    expect($<HTMLTextAreaElement>(el, '#a0').value, 'the intern’s notes are untouched').to.equal('My own notes');
    expect(el.toMarkdown()).to.contain('Careful and quick.').and.to.contain('Recommendation from Jordan A.');
  });

  it('refuses a cut or changed block with a clear message and changes nothing', async () => {
    const el = await make('https://jobs.example/respond');
    const block = responseBlock({ to: 'Maya Chen', from: 'Jordan', answers: [{ id: 'perf-overall', text: 'x', answer: 'Good' }] });
    const lines = block.split('\n');
    const before = el.value;
    await paste(el, lines.slice(0, -1).join('\n'));
    expect($(el, '#paste-hint').textContent).to.contain('cut off');
    expect($(el, '#paste').getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement!.id).to.equal('paste');
    const flipped = lines[1].slice(0, 5) + (lines[1][5] === 'A' ? 'B' : 'A') + lines[1].slice(6);
    await paste(el, [lines[0], flipped, ...lines.slice(2)].join('\n'));
    expect($(el, '#paste-hint').textContent).to.contain('changed after it was sent');
    await paste(el, 'Thanks for your message!');
    expect($(el, '#paste-hint').textContent).to.contain('Paste the whole e-mail');
    expect(el.value).to.deep.equal(before);
    await paste(el, block);
    expect($(el, '#paste').getAttribute('aria-invalid')).to.equal('false');
    expect(el.value.selected[0].said).to.equal('Good');
  });

  it('keeps hostile answers exactly and shows them as text only', async () => {
    const strings = (await typingSample()).slice(0, 40);
    const response: SupervisorResponse = { to: 'Maya', from: '<img src=x onerror="window.__pwned = true">', answers: strings.map((s, i) => ({ id: `h${i}`, text: `Q${i} ${s.slice(0, 100)}`, answer: s })) };
    const el = await make();
    await paste(el, responseBlock(response));
    const kept = el.value.selected.filter((s) => s.id.startsWith('h'));
    const answered = strings.filter((s) => s.trim());
    expect(kept.map((s) => s.said)).to.deep.equal(answered);
    expect($$(el, '.said blockquote').map((b) => b.textContent)).to.deep.equal(answered);
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });
});

describe('mergeResponse()', () => {
  const agenda: AgendaItem[] = [
    { id: 'a', text: 'First?', theme: 'performance' },
    { id: 'own-9', text: '  Second   question? ', theme: 'skills', custom: true as const },
  ];
  it('matches by id, then by text, and adds the rest as the supervisor’s own questions', () => {
    const { selected, landed, added } = mergeResponse(agenda, {
      to: 'M',
      from: 'J',
      answers: [
        { id: 'a', text: 'First (renamed)?', answer: 'one' },
        { id: 'own-1', text: 'Second question?', answer: 'two' },
        { id: 'own-2', text: 'Third?', answer: 'three' },
        { id: 'own-3', text: 'Skipped?', answer: '  ' },
      ],
    });
    expect(selected.map((s) => [s.id, s.said])).to.deep.equal([
      ['a', 'one'],
      ['own-9', 'two'],
      ['own-2', 'three'],
    ]);
    expect(selected[2]).to.include({ custom: true, text: 'Third?' });
    expect([landed, added]).to.deep.equal([3, 1]);
    expect(agenda[0]).not.to.have.property('said');
  });
});
