/** Defects found in a real pass through the kit (issue #20, section 3), each as a user meets it. */
import { expect } from '@open-wc/testing';
import { $, $$, click, mount, type } from '../helpers/harness.js';
import type { ThankYouComposer } from '../../src/thank-you-composer/thank-you-composer.js';
import type { KeepInTouch } from '../../src/keep-in-touch/keep-in-touch.js';
import type { InternshipChecklist } from '../../src/internship-checklist/internship-checklist.js';
import type { FeedbackQuestions } from '../../src/feedback-questions/feedback-questions.js';
import { weekday } from '../../src/core/dates.js';
import '../../src/feedback-questions/define.js';
import '../../src/thank-you-composer/define.js';
import '../../src/keep-in-touch/define.js';
import '../../src/internship-checklist/define.js';

describe('defects from a real pass', () => {
  it('the LinkedIn field takes linkedin.com/in/priya-raman, as its placeholder shows, and keeps https://…', async () => {
    const el = await mount<ThankYouComposer>('thank-you-composer');
    const form = $<HTMLFormElement>(el, 'details.add form');
    await type(el, form.querySelector<HTMLInputElement>('[name="name"]')!, 'Priya Raman');
    await type(el, form.querySelector<HTMLInputElement>('[name="linkedin"]')!, 'linkedin.com/in/priya-raman');
    await click(el, 'Add person');
    expect(el.value.people.map((p) => [p.name, p.linkedin])).to.deep.equal([['Priya Raman', 'https://linkedin.com/in/priya-raman']]);
    // The same in the person's editor.
    await type(el, $<HTMLInputElement>(el, '#p-li'), 'www.linkedin.com/in/priya', 'change');
    expect(el.value.people[0].linkedin).to.equal('https://www.linkedin.com/in/priya');
  });

  it('keep-in-touch stores a bare LinkedIn address as https://…', async () => {
    const el = await mount<KeepInTouch>('keep-in-touch', { props: { now: new Date(2026, 6, 20) } });
    await click(el, 'Add a contact');
    await type(el, $<HTMLInputElement>(el, '#f-name'), 'Priya Raman');
    await type(el, $<HTMLInputElement>(el, '#f-linkedin'), 'linkedin.com/in/priya-raman');
    await click(el, $(el, '.panel button[type="submit"]'));
    expect(el.value.contacts[0].linkedin).to.equal('https://linkedin.com/in/priya-raman');
  });

  it('the Relationship select always shows the saved value (↓ then ↑, then adding someone)', async () => {
    const el = await mount<ThankYouComposer>('thank-you-composer', {
      props: { value: { people: [{ id: 'p1', name: 'Priya Raman', relationship: 'mentor', specifics: {}, tone: 'warm', channel: 'email', draft: '', status: 'todo' }] } },
    });
    const rel = () => $<HTMLSelectElement>(el, '#p-rel');
    await type(el, rel(), 'supervisor', 'change');
    await type(el, rel(), 'mentor', 'change');
    expect(el.value.people[0].relationship).to.equal('mentor');
    const form = $<HTMLFormElement>(el, 'details.add form');
    $<HTMLElement>(el, 'details.add summary').click();
    await type(el, form.querySelector<HTMLInputElement>('[name="name"]')!, 'Dev Mentor');
    await type(el, form.querySelector<HTMLSelectElement>('[name="relationship"]')!, 'mentor', 'change');
    await click(el, 'Add person');
    expect(rel().value).to.equal('mentor'); // Dev's editor
    await click(el, $$(el, '.people button').find((b) => b.textContent!.includes('Priya'))!);
    expect(el.value.people[0].relationship).to.equal('mentor');
    expect(rel().value).to.equal('mentor');
    await type(el, rel(), 'supervisor', 'change');
    await click(el, $$(el, '.people button').find((b) => b.textContent!.includes('Dev'))!);
    expect(rel().value).to.equal('mentor');
    await click(el, $$(el, '.people button').find((b) => b.textContent!.includes('Priya'))!);
    expect(rel().value).to.equal('supervisor');
  });

  it('the Markdown export reads as ordinary text: no \\@, no \\://, no line ending in a backslash', async () => {
    const el = await mount<KeepInTouch>('keep-in-touch', {
      props: { now: new Date(2026, 6, 20), value: { contacts: [{ id: 'j', name: 'Jordan Alvarez', email: 'jordan.alvarez@example.com', linkedin: 'https://www.linkedin.com/in/jordan', notes: 'Met at the offsite.\nLoves data viz.\nAsk about the new team.', tags: [], cadence: 'monthly', log: [] }] } },
    });
    const md = el.toMarkdown();
    expect(md).to.contain('jordan.alvarez@example.com').and.to.contain('https://www.linkedin.com/in/jordan');
    expect(md).not.to.match(/\\[@:]/);
    expect(md.split('\n').filter((l) => l.endsWith('\\'))).to.deep.equal([]);
  });

  it('“Calendar: due follow-ups” says nothing is due instead of downloading an empty calendar', async () => {
    const el = await mount<KeepInTouch>('keep-in-touch', {
      attrs: { 'end-date': '2026-07-30' },
      props: { now: new Date(2026, 6, 20), value: { contacts: [{ id: 'a', name: 'Ana', tags: [], cadence: 'monthly', lastContact: '2026-07-19', log: [] }] } },
    });
    const exports: string[] = [];
    el.addEventListener('sf-export', (e) => exports.push(e.detail.format));
    await click(el, 'Calendar: due follow-ups');
    expect(exports).to.deep.equal([]);
    expect($(el, '.shown').textContent).to.equal('No follow-ups are due yet, so there is nothing to add to your calendar.');
    expect($(el, '[role="status"]').textContent).to.equal('No follow-ups are due yet, so there is nothing to add to your calendar.');
  });

  it('after “Add step” the confirmation is shown, not only said to screen readers', async () => {
    const el = await mount<InternshipChecklist>('internship-checklist', { props: { now: new Date(2026, 10, 25) } });
    await type(el, $<HTMLInputElement>(el, '#a-text'), 'Clean my desk');
    await click(el, 'Add step');
    const shown = $(el, 'form.add .shown');
    expect(shown.textContent).to.equal('Added “Clean my desk”.');
    expect(shown.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('the Overdue filter says “Nothing here for this filter.” once, not once per section', async () => {
    const el = await mount<InternshipChecklist>('internship-checklist', { attrs: { 'end-date': '2026-12-18' }, props: { now: new Date(2026, 10, 25) } });
    await click(el, 'Overdue');
    const said = $$(el, '.empty').filter((p) => p.textContent!.trim() === 'Nothing here for this filter.');
    expect(said).to.have.length(1);
  });

  it('default due dates never fall on a weekend or on 25 December (the working day before)', async () => {
    const el = await mount<InternshipChecklist>('internship-checklist', { attrs: { 'end-date': '2026-12-18' }, props: { now: new Date(2026, 10, 25) } });
    const dues = el.value.items.map((i) => el.dueOf(i)!).filter(Boolean);
    expect(dues.length).to.be.greaterThan(10);
    expect(dues.filter((d) => [0, 6].includes(weekday(d)) || d.endsWith('-12-25'))).to.deep.equal([]);
  });

  it('“Showing 1 of 1 question.” uses the plural form the number needs', async () => {
    const el = await mount<FeedbackQuestions>('feedback-questions');
    const search = $<HTMLInputElement>(el, '#search');
    const first = $(el, '.bank-list li').textContent!.trim().split('?')[0];
    await type(el, search, first);
    const status = () => $(el, '.bank [role="status"]').textContent!.trim();
    expect(status()).to.equal('Showing 1 of 1 question.');
    await type(el, search, '');
    expect(status()).to.match(/^Showing \d+ of \d+ questions\.$/);
  });

  it('a LinkedIn note is written to fit 200 characters (free accounts), or 300 when set for Premium', async () => {
    const specifics = { project: 'the customer survey redesign for the sales team', learned: 'how to write a clear brief and test it with real users first' };
    const p = { id: 'p', name: 'Priya Raman', relationship: 'mentor', specifics, tone: 'warm', channel: 'linkedin', draft: '', status: 'todo' } as const;
    const free = await mount<ThankYouComposer>('thank-you-composer', { attrs: { 'intern-name': 'Sam Lee', company: 'Acme' } });
    const note = free.generate(p);
    expect([...note].length).to.be.at.most(200);
    expect(note).to.contain(specifics.project);
    const premium = await mount<ThankYouComposer>('thank-you-composer', { attrs: { 'intern-name': 'Sam Lee', company: 'Acme', 'linkedin-limit': '300' } });
    const longer = premium.generate(p);
    expect([...longer].length).to.be.at.most(300);
    expect(longer).to.contain(specifics.project).and.to.contain(specifics.learned);
  });
});
